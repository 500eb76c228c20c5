import type { LogEntry } from '../../logs/log-entry.ts';

/** The provider's record, untouched, as formatted JSON (text only). */
export function RawRecord({ entry }: { entry: LogEntry }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold">Raw provider record</summary>
      <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">
        {JSON.stringify(entry.raw, null, 2)}
      </pre>
    </details>
  );
}
