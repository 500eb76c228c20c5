import { useQuery } from '@tanstack/react-query';
import { sourceCheckQueryOptions, type CheckStatus } from '../../api/source-checks.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { FilterKey, ProviderAdapter } from '../../providers/adapter.ts';
import { useAdapter } from '../../state/use-adapter.ts';

const BADGE: Readonly<Record<CheckStatus, string>> = {
  pass: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  warn: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  fail: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

const FILTER_LABELS: Readonly<Record<FilterKey, string>> = {
  channel: 'Channel',
  status: 'Status',
  disposition: 'Disposition',
  campaign: 'Campaign',
  agent: 'Agent',
  phone: 'Customer phone',
  from: 'Business number',
  q: 'Search',
  since: 'Since',
  until: 'Until',
  sort: 'Sort',
};

function Filters({ adapter }: { adapter: ProviderAdapter }) {
  const entries = Object.entries(adapter.capabilities.filters) as Array<
    [FilterKey, ProviderAdapter['capabilities']['filters'][FilterKey]]
  >;
  const applied = entries.filter(([, c]) => c.supported);
  const not = entries.filter(([, c]) => !c.supported);
  return (
    <div className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
      <section aria-label="Filters it applies">
        <h3 className="font-medium">Applies</h3>
        <ul className="mt-1 list-disc pl-5">
          {applied.map(([key, c]) => (
            <li key={key}>
              {c.supported && c.label ? c.label : FILTER_LABELS[key]}
              {c.supported && c.multiple ? ' (several at once)' : ''}
            </li>
          ))}
          {adapter.capabilities.extraFilters.map((f) => (
            <li key={`x.${f.name}`}>
              {f.label} <code className="text-xs">x.{f.name}</code>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Filters it cannot apply">
        <h3 className="font-medium">Cannot apply</h3>
        <ul className="mt-1 list-disc pl-5">
          {not.map(([key, c]) => (
            <li key={key}>
              {FILTER_LABELS[key]}: {c.supported ? '' : c.reason}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** One source: its live checks (pass / warn / fail with the provider's reason) and its filters. */
export function SourceCard({ source }: { source: SourceInfo }) {
  const check = useQuery(sourceCheckQueryOptions(source.id));
  const adapter = useAdapter(source.provider).data ?? null;
  const titleId = `source-${source.id}`;
  return (
    <article aria-labelledby={titleId} className="rounded border border-slate-200 p-4 dark:border-slate-700">
      <h2 id={titleId} className="text-base font-semibold">
        {source.label}{' '}
        <span className="text-sm font-normal text-slate-600 dark:text-slate-300">
          {source.provider} · {source.timeZone}
          {source.sandbox ? ' · sandbox' : ''}
        </span>
      </h2>
      {check.isPending ? (
        <p className="mt-2 text-sm">Checking…</p>
      ) : check.error ? (
        <p className="mt-2 text-sm text-red-800 dark:text-red-200">
          The check could not run: {check.error.message}
        </p>
      ) : (
        <ul aria-label={`Checks of ${source.label}`} className="mt-2 space-y-1 text-sm">
          {check.data.checks.map((c) => (
            <li key={c.name} className="flex gap-2">
              <span className={`rounded px-1.5 text-xs font-semibold uppercase ${BADGE[c.status]}`}>
                {c.status}
              </span>
              <span>
                <span className="font-medium">{c.name}</span>: {c.message}
              </span>
            </li>
          ))}
        </ul>
      )}
      {adapter ? <Filters adapter={adapter} /> : null}
    </article>
  );
}
