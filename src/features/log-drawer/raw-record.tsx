import { useMemo } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import type { LogEntry } from '../../logs/log-entry.ts';
import { useMasking } from '../../state/use-masking.ts';

/** JSON of anything a provider sent, even what JSON.stringify refuses (BigInt, cycles). */
export function formatJson(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2) ?? 'null'
    );
  } catch (error) {
    return `(this record cannot be shown as JSON: ${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The provider's record, untouched, as formatted JSON (text only) with a copy button. */
export function RawRecord({ entry, sourceLabel }: { entry: LogEntry; sourceLabel: string }) {
  const json = useMemo(() => formatJson(entry.raw), [entry.raw]);
  const [masked] = useMasking();
  if (masked)
    return (
      <section aria-labelledby="raw-h" className="flex flex-col gap-2">
        <h3 id="raw-h" className="text-sm font-semibold">
          {sourceLabel}’s record
        </h3>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          The provider record is hidden while masking is on: it holds the customer’s data as the provider sent
          it. Turn off “Mask personal data” to see it.
        </p>
      </section>
    );
  return (
    <section aria-labelledby="raw-h" className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id="raw-h" className="text-sm font-semibold">
          {sourceLabel}’s record, as received
        </h3>
        <CopyButton label="Copy JSON" text={() => json} />
      </div>
      <pre
        tabIndex={0}
        aria-label="Raw provider record as JSON"
        className="max-h-[60vh] overflow-auto rounded bg-slate-100 p-3 font-mono text-xs leading-relaxed dark:bg-slate-800"
      >
        {json}
      </pre>
    </section>
  );
}
