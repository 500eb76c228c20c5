// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TableArea } from '../../src/app/table-area.tsx';
import type { SourceInfo } from '../../src/logs/source.ts';
import { resolveQuery } from '../../src/logs/url-codec.ts';
import type { ProviderAdapter } from '../../src/providers/adapter.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import { salesfinityAdapter } from '../../src/providers/salesfinity/index.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import { useLogQuery } from '../../src/state/use-log-query.ts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const sourceOf = (id: string, provider: SourceInfo['provider'], label: string): SourceInfo => ({
  id,
  provider,
  label,
  timeZone: 'UTC',
  defaultCountry: 'US',
  sandbox: true,
});
const timepay = sourceOf('tp', 'timepay', 'Collections');
const salesfinity = sourceOf('sf', 'salesfinity', 'Sales dialer');
const convoso = sourceOf('cv', 'convoso', 'Call center');

function Location() {
  return <output data-testid="search">{useLocation().search}</output>;
}

/** The real table area over the real URL state; no server, so rows stay loading while headers render. */
function Page({ source, adapter }: { source: SourceInfo; adapter: ProviderAdapter }) {
  const { query, update } = useLogQuery();
  const resolved = resolveQuery(query, NOW, 'UTC');
  return (
    <>
      <TableArea
        view={{
          source,
          adapter,
          members: [{ source, adapter }],
          candidates: [{ source, adapter }],
          skipping: [],
          merged: false,
          query,
          resolved,
          zone: 'UTC',
          update,
        }}
      />
      <Location />
    </>
  );
}

function renderTable(source: SourceInfo, adapter: ProviderAdapter, search = '') {
  function App() {
    const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    return (
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/logs?source=${source.id}${search}`]}>
          <Page source={source} adapter={adapter} />
        </MemoryRouter>
      </QueryClientProvider>
    );
  }
  return render(<App />);
}

const params = () => new URLSearchParams(screen.getByTestId('search').textContent ?? '');
const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent);
const header = (name: string) => screen.getByRole('columnheader', { name });
const stored = (sourceId: string) =>
  JSON.parse(localStorage.getItem(`switchboard:columns:${sourceId}`) ?? 'null') as {
    cols?: string[];
    widths?: Record<string, number>;
  } | null;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('column chooser', () => {
  it('hides a column: its header goes, cols= drops it, and the source keeps the choice', async () => {
    renderTable(timepay, timepayAdapter);
    expect(headers()).toContain('Phone');
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const chooser = await screen.findByRole('group', { name: 'Columns of Collections' });
    fireEvent.click(within(chooser).getByRole('checkbox', { name: 'Phone' }));
    expect(headers()).not.toContain('Phone');
    expect(params().get('cols')).toBe('time,channel,customer,campaign,outcome,disposition,duration');
    expect(stored('tp')?.cols).not.toContain('phone');
    expect(stored('sf')).toBeNull();
  });

  it('shows a hidden column at the end and moves it left with the chooser', async () => {
    renderTable(timepay, timepayAdapter);
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Agent' }));
    expect(headers().at(-1)).toBe('Agent');
    fireEvent.click(screen.getByRole('button', { name: 'Move Agent left' }));
    expect(headers().slice(-2)).toEqual(['Agent', 'Duration']);
    expect(params().get('cols')?.endsWith('agent,duration')).toBe(true);
  });

  it('keeps the last column shown', async () => {
    renderTable(timepay, timepayAdapter, '&cols=time');
    fireEvent.click(screen.getByRole('button', { name: /^Columns/ }));
    const started = await screen.findByRole('checkbox', { name: 'Started' });
    expect((started as HTMLInputElement).disabled).toBe(true);
  });

  it("the URL's cols win over the source's kept columns, and Reset columns clears both", async () => {
    localStorage.setItem(
      'switchboard:columns:tp',
      JSON.stringify({ cols: ['time', 'agent'], widths: { time: 300 } }),
    );
    renderTable(timepay, timepayAdapter, '&cols=customer,phone');
    expect(headers()).toEqual(['Customer', 'Phone']);
    fireEvent.click(screen.getByRole('button', { name: /^Columns/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reset columns' }));
    expect(params().get('cols')).toBeNull();
    expect(headers()).toEqual([
      'Started',
      'Channel',
      'Customer',
      'Phone',
      'Campaign',
      'Outcome',
      'Disposition',
      'Duration',
    ]);
    expect(stored('tp')).toEqual({ cols: null, widths: {} });
  });

  it('without cols= shows the kept columns and writes them to the URL, so Copy link carries them', () => {
    localStorage.setItem('switchboard:columns:tp', JSON.stringify({ cols: ['agent', 'bogus', 'time'] }));
    renderTable(timepay, timepayAdapter);
    expect(headers()).toEqual(['Agent', 'Started']);
    expect(params().get('cols')).toBe('agent,time');
  });

  it('reads a stored value that is not a layout as none', () => {
    localStorage.setItem('switchboard:columns:tp', '{"cols": 5}');
    renderTable(timepay, timepayAdapter);
    expect(headers()).toHaveLength(8);
    expect(params().get('cols')).toBeNull();
  });
});

describe('column width', () => {
  it('the keyboard resizes a column from its header edge and the width is kept for the source', () => {
    renderTable(timepay, timepayAdapter);
    const handle = within(screen.getByRole('row', { name: /^Started/ }))
      .getAllByRole('separator', { name: 'Resize column' })
      .find((h) => h.getAttribute('aria-valuetext')?.startsWith('Customer:'));
    if (!handle) throw new Error('Customer has no resize handle');
    expect(header('Customer').textContent).toBe('Customer'); // the handle is beside the header, not in its name
    expect(handle.getAttribute('aria-valuetext')).toBe('Customer: 170 px');
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'ArrowRight', shiftKey: true });
    expect(handle.getAttribute('aria-valuenow')).toBe(String(170 + 16 + 64));
    expect(header('Customer').style.width).toBe('250px');
    expect(stored('tp')?.widths).toEqual({ customer: 250 });
    expect(params().get('cols')).toBeNull(); // widths are personal: never in the URL
    fireEvent.keyDown(handle, { key: 'Home' });
    expect(header('Customer').style.width).toBe('170px');
  });
});

describe('sorting by header', () => {
  it('a Salesfinity duration header sorts longest first, then shortest first, through sort=', () => {
    renderTable(salesfinity, salesfinityAdapter);
    const duration = within(header('Duration')).getByRole('button', { name: 'Duration' });
    expect(header('Duration').getAttribute('aria-sort')).toBeNull();
    expect(header('Started').getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(duration);
    expect(params().get('sort')).toBe('-duration');
    expect(header('Duration').getAttribute('aria-sort')).toBe('descending');
    expect(header('Started').getAttribute('aria-sort')).toBeNull();
    fireEvent.click(within(header('Duration')).getByRole('button'));
    expect(params().get('sort')).toBe('duration');
    expect(header('Duration').getAttribute('aria-sort')).toBe('ascending');
  });

  it('Convoso sorts by time only: Started flips to oldest first; Customer says why it cannot', () => {
    renderTable(convoso, convosoAdapter);
    const started = within(header('Started')).getByRole('button', { name: 'Started' });
    expect(started.getAttribute('title')).toBe('Sort by Started, oldest first');
    fireEvent.click(started);
    expect(params().get('sort')).toBe('time');
    expect(header('Started').getAttribute('aria-sort')).toBe('ascending');
    expect(within(header('Customer')).queryByRole('button')).toBeNull();
    expect(header('Customer').getAttribute('title')).toBe('Not sortable: Convoso sorts by Started only');
  });

  it('timepay headers are not buttons and say that timepay returns newest first only', () => {
    renderTable(timepay, timepayAdapter);
    for (const th of screen.getAllByRole('columnheader')) {
      expect(within(th).queryByRole('button')).toBeNull();
      expect(th.getAttribute('title')).toBe('Not sortable: timepay returns newest first only');
    }
    expect(header('Started').getAttribute('aria-sort')).toBe('descending');
  });

  it('a header that cannot sort writes nothing when clicked', () => {
    renderTable(timepay, timepayAdapter);
    fireEvent.click(header('Duration'));
    expect(params().get('sort')).toBeNull();
  });
});

describe('density', () => {
  it('is a personal choice kept in localStorage, not in the URL', () => {
    renderTable(timepay, timepayAdapter);
    const group = screen.getByRole('group', { name: 'Row density' });
    const compact = within(group).getByRole('button', { name: 'Compact' });
    expect(compact.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(compact);
    expect(compact.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('switchboard:density')).toBe('compact');
    expect(params().has('density')).toBe(false);
  });
});
