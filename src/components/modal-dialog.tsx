import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  open: boolean;
  /** Esc, the ✕ button, or the dialog closing any other way. */
  onClose: () => void;
  titleId: string;
  title: string;
  /** Size and placement (`m-auto w-[min(28rem,90vw)]` by default). */
  placement?: string;
  /** A selector within the dialog to focus on opening (else the browser's first focusable element). */
  initialFocus?: string;
  children: ReactNode;
}

/** A native modal `<dialog>` (focus trap, Esc, backdrop) with a titled header and a close button. */
export function ModalDialog({
  open,
  onClose,
  titleId,
  title,
  placement = 'm-auto w-[min(28rem,90vw)]',
  initialFocus,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      if (initialFocus) dialog.querySelector<HTMLElement>(initialFocus)?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initialFocus]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`${placement} rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2 dark:border-slate-700">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <button
          type="button"
          aria-label="Close"
          onClick={onClose}
          className="rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          ✕
        </button>
      </div>
      {children}
    </dialog>
  );
}
