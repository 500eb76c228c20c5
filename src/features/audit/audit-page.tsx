import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AUDIT_FILTER_KEYS, auditQueryOptions, type AuditFilter } from '../../api/audit.ts';
import { useMe } from '../../api/team.ts';
import { auditCsv } from './audit-csv.ts';
import { AuditTable } from './audit-table.tsx';

const ACTIONS = [
  'sign_in',
  'recording.streamed',
  'transcript.fetched',
  'detail.fetched',
  'export.started',
  'export.finished',
  'export.cancelled',
  'view.created',
  'view.shared',
  'view.deleted',
  'access.refused',
];
const input =
  'h-8 rounded border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900';
const button =
  'h-8 rounded border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** /audit (admins): the audit trail, filtered by the URL (`user`, `action`, `source`, `since`, `until`), CSV export. */
export function AuditPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(
    AUDIT_FILTER_KEYS.map((key) => [key, params.get(key) ?? '']),
  ) as unknown as AuditFilter;
  const [draft, setDraft] = useState(filter);
  const [exporting, setExporting] = useState('');
  const trail = useInfiniteQuery({ ...auditQueryOptions(filter), enabled: me.data?.admin === true });
  const entries = trail.data?.pages.flatMap((page) => page.entries) ?? [];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = trail;
  const nearEnd = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (me.data && !me.data.admin) {
    return (
      <main className="p-8">
        <h1 className="text-lg font-semibold">Audit trail</h1>
        <p role="alert">Only admins can read the audit trail.</p>
      </main>
    );
  }
  const apply = (next: AuditFilter) => {
    const search = new URLSearchParams();
    for (const key of AUDIT_FILTER_KEYS) if (next[key].trim()) search.set(key, next[key].trim());
    setParams(search);
  };
  const exportCsv = async () => {
    setExporting('Exporting…');
    try {
      const { text, rows } = await auditCsv(filter);
      download(text, `switchboard-audit-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`);
      setExporting(`Exported ${rows.toLocaleString('en')} entries.`);
    } catch (error) {
      setExporting(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <main className="flex h-full flex-col gap-3 p-3">
      <header className="flex flex-wrap items-end gap-3">
        <h1 className="mr-2 self-center text-lg font-semibold tracking-tight">Audit trail</h1>
        <a href="/logs" className="self-center text-sm text-teal-700 underline dark:text-teal-300">
          Logs
        </a>
      </header>
      <form
        aria-label="Audit filters"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          apply(draft);
        }}
      >
        {(['user', 'source'] as const).map((key) => (
          <label key={key} className="flex flex-col text-xs">
            {key === 'user' ? 'User' : 'Source'}
            <input
              className={input}
              value={draft[key]}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
            />
          </label>
        ))}
        <label className="flex flex-col text-xs">
          Action
          <select
            className={input}
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          >
            <option value="">Any</option>
            {ACTIONS.map((action) => (
              <option key={action}>{action}</option>
            ))}
          </select>
        </label>
        {(['since', 'until'] as const).map((key) => (
          <label key={key} className="flex flex-col text-xs">
            {key === 'since' ? 'Since (ISO 8601)' : 'Until (ISO 8601)'}
            <input
              className={input}
              placeholder="2026-11-20T00:00:00Z"
              value={draft[key]}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit" className={button}>
          Apply
        </button>
        <button type="button" className={button} onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <span role="status" className="self-center text-xs">
          {exporting}
        </span>
      </form>
      {trail.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {trail.error.message}
        </p>
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-300">
        {trail.isPending
          ? 'Loading…'
          : `${entries.length.toLocaleString('en')}${hasNextPage ? '+' : ''} entries, newest first`}
      </p>
      <AuditTable entries={entries} hasMore={hasNextPage} onNearEnd={nearEnd} />
    </main>
  );
}
