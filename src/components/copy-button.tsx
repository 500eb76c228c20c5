import { useEffect, useState } from 'react';

export interface CopyButtonProps {
  /** The text to put on the clipboard, computed when clicked. */
  text: () => string;
  label: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard and says whether it worked (politely, for screen readers too). */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2_000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-1.5">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-500 dark:text-slate-400">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text instead' : ''}
      </span>
    </span>
  );
}
