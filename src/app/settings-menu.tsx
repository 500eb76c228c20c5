import { useRef, type ReactNode } from 'react';

/**
 * Personal display settings (time zone, theme, masking) folded under one header button, so the header's
 * first row keeps the controls that change the result. The summary names the display zone, so the zone
 * of every time on screen stays visible while the menu is closed.
 */
export function SettingsMenu({
  zone,
  masked,
  children,
}: {
  zone: string;
  masked: boolean;
  children: ReactNode;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details
      ref={details}
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !details.current?.open) return;
        details.current.open = false;
        details.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="flex h-8 cursor-pointer list-none items-center gap-1.5 rounded border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        Settings
        <span className="text-xs text-slate-600 dark:text-slate-300">
          {zone}
          {masked ? ' · masked' : ''}
        </span>
        <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute right-0 top-full z-30 mt-1 flex w-72 flex-col items-start gap-3 rounded border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-600 dark:bg-slate-900">
        {children}
      </div>
    </details>
  );
}
