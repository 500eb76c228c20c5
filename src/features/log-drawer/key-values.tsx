import { useState } from 'react';

const MAX_DEPTH = 6;
const LONG_TEXT = 2_000;

/** `promise_to_pay_date` / `promiseDate` → "Promise to pay date" / "Promise date". */
export function humanKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words === '' ? key : words.charAt(0).toUpperCase() + words.slice(1);
}

/** Long provider text shown in part until asked for (a 1 MB field must not freeze the drawer). */
function LongText({ text }: { text: string }) {
  const [all, setAll] = useState(false);
  if (all || text.length <= LONG_TEXT) return <span className="break-words whitespace-pre-wrap">{text}</span>;
  return (
    <span className="break-words whitespace-pre-wrap">
      {text.slice(0, LONG_TEXT)}…{' '}
      <button
        type="button"
        className="text-teal-700 underline dark:text-teal-300"
        onClick={() => setAll(true)}
      >
        Show all {text.length.toLocaleString('en')} characters
      </button>
    </span>
  );
}

function Value({ value, depth }: { value: unknown; depth: number }) {
  if (value === null || value === undefined) return <span className="text-slate-400">—</span>;
  if (typeof value === 'boolean') return <>{value ? 'Yes' : 'No'}</>;
  if (typeof value === 'number' || typeof value === 'bigint') return <>{String(value)}</>;
  if (typeof value === 'string')
    return value === '' ? <span className="text-slate-400">(empty)</span> : <LongText text={value} />;
  if (depth >= MAX_DEPTH) return <code className="text-xs break-all">{JSON.stringify(value)}</code>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="text-slate-400">(none)</span>;
    if (value.every((v) => v === null || typeof v !== 'object'))
      return <>{value.map((v) => (v === null ? '—' : String(v))).join(', ')}</>;
    return (
      <ol className="flex flex-col gap-1">
        {value.map((v, i) => (
          <li key={i} className="rounded border border-slate-200 p-1.5 dark:border-slate-700">
            <Value value={v} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object')
    return <KeyValues data={value as Record<string, unknown>} depth={depth + 1} />;
  return <>{String(value)}</>;
}

/** An object as a readable key/value list; nested objects and lists indent under their key. Text only. */
export function KeyValues({ data, depth = 0 }: { data: Readonly<Record<string, unknown>>; depth?: number }) {
  const entries = Object.entries(data);
  if (entries.length === 0) return <span className="text-slate-400">(empty)</span>;
  return (
    <dl
      className={`grid grid-cols-[minmax(6rem,max-content)_1fr] gap-x-3 gap-y-1 text-sm ${depth > 0 ? 'border-l-2 border-slate-200 pl-2 dark:border-slate-700' : ''}`}
    >
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-500 dark:text-slate-400" title={key}>
            {humanKey(key)}
          </dt>
          <dd className="min-w-0">
            <Value value={value} depth={depth} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
