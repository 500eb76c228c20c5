// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { optionsQueryOptions } from '../../src/api/options.ts';
import { ActiveFilterSummary, FilterPanel } from '../../src/features/filters/panel-chunk.ts';
import type { LogQuery } from '../../src/logs/log-query.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { parseSearchParams, resolveQuery, serializeQuery } from '../../src/logs/url-codec.ts';
import type { ProviderAdapter } from '../../src/providers/adapter.ts';
import { salesfinityAdapter } from '../../src/providers/salesfinity/index.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import type { QueryUpdate } from '../../src/state/use-log-query.ts';

const salesfinity: SourceInfo = {
  id: 'sales',
  provider: 'salesfinity',
  label: 'Sales dialer',
  timeZone: 'America/New_York',
  defaultCountry: 'US',
  sandbox: false,
};
const timepay: SourceInfo = {
  id: 'collections',
  provider: 'timepay',
  label: 'Collections',
  timeZone: 'Asia/Kolkata',
  defaultCountry: 'IN',
  sandbox: false,
};

const NOW = Date.parse('2026-11-20T12:00:00Z');
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(`test/providers/fixtures/salesfinity/${name}.json`, 'utf8'));

/** A query client holding Salesfinity's recorded picker payloads, parsed by the real adapter (no network). */
function clientWithLists(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const a = salesfinityAdapter;
  const seed = (kind: 'disposition' | 'campaign' | 'agent', file: string) =>
    client.setQueryData(
      optionsQueryOptions(salesfinity, a, kind).queryKey,
      a.options[kind]?.parse(fixture(file)) ?? [],
    );
  seed('disposition', 'dispositions');
  seed('campaign', 'contact-lists');
  seed('agent', 'team');
  return client;
}

/** The panel over a URL kept in state, as `useLogQuery` keeps it in the address bar. */
function Harness({
  source,
  adapter,
  url,
  onUrl,
}: {
  source: SourceInfo;
  adapter: ProviderAdapter;
  url: string;
  onUrl: (url: string) => void;
}) {
  const [query, setQuery] = useState<LogQuery>(() => parseSearchParams(new URLSearchParams(url)).query);
  const onChange = (change: QueryUpdate) =>
    setQuery((current) => {
      const next = typeof change === 'function' ? change(current) : { ...current, ...change };
      onUrl(serializeQuery(next).toString());
      return next;
    });
  const resolved = resolveQuery(query, NOW, 'UTC');
  const props = { source, adapter, query, resolved, zone: 'UTC', onChange };
  return (
    <>
      <FilterPanel {...props} />
      <ActiveFilterSummary {...props} />
    </>
  );
}

function renderPanel(url: string, source = salesfinity, adapter = salesfinityAdapter) {
  const state = { url };
  render(
    <QueryClientProvider client={clientWithLists()}>
      <Harness source={source} adapter={adapter} url={url} onUrl={(u) => (state.url = u)} />
    </QueryClientProvider>,
  );
  const params = () => new URLSearchParams(state.url);
  return { params };
}

/** Opening happens on the next frame (focus moves into the search box then). */
async function open(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await act(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  return screen.getByRole('listbox');
}

afterEach(cleanup);

describe('FilterPanel pickers', () => {
  it('a multi-select picker writes every chosen value to the URL and stays open', async () => {
    const user = userEvent.setup();
    const { params } = renderPanel('source=sales');
    const list = await open(user, 'Disposition');
    expect(list.getAttribute('aria-multiselectable')).toBe('true');
    await user.click(within(list).getByRole('option', { name: /Meeting Set/ }));
    await user.click(within(list).getByRole('option', { name: /Left Voicemail/ }));
    expect(params().getAll('disposition')).toEqual(['1', '11']);
    expect(
      within(list)
        .getByRole('option', { name: /Left Voicemail/ })
        .getAttribute('aria-selected'),
    ).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Disposition' }).textContent).toMatch(/Meeting Set \+1/);
    // A second click on a chosen value takes it out again.
    await user.click(within(list).getByRole('option', { name: /Meeting Set/ }));
    expect(params().getAll('disposition')).toEqual(['11']);
  });

  it('typing in the search box narrows the list; arrows, Enter and Space choose; Escape closes', async () => {
    const user = userEvent.setup();
    const { params } = renderPanel('source=sales');
    const list = await open(user, 'Disposition');
    expect(within(list).getAllByRole('option')).toHaveLength(5);
    const search = screen.getByRole('textbox', { name: 'Search disposition' });
    expect(document.activeElement).toBe(search);
    await user.type(search, 'answered');
    const names = within(list)
      .getAllByRole('option')
      .map((o) => o.textContent);
    // Label or description ("not answered") holds the word; "Cancelled" does not.
    expect(names).toHaveLength(4);
    expect(names.every((n) => /answered/i.test(n ?? ''))).toBe(true);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(params().getAll('disposition')).toEqual(['3']);
    await user.keyboard('{ArrowDown} ');
    expect(params().getAll('disposition')).toEqual(['3', '11']);
    expect((search as HTMLInputElement).value).toBe('answered');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Disposition' }));
  });

  it('a value in the URL that the provider does not list stays visible and removable', async () => {
    const user = userEvent.setup();
    const { params } = renderPanel('source=sales&disposition=999');
    expect(screen.getByRole('combobox', { name: 'Disposition' }).textContent).toContain('999');
    const list = await open(user, 'Disposition');
    const stray = within(list).getByRole('option', { name: /999 \(not in list\)/ });
    expect(stray.getAttribute('aria-selected')).toBe('true');
    await user.click(stray);
    expect(params().getAll('disposition')).toEqual([]);
  });

  it('a provider-only multi-select (x.sequences) writes several values', async () => {
    const user = userEvent.setup();
    const { params } = renderPanel('source=sales&x.sequences=seq-a');
    const list = await open(user, 'Sequence');
    // Its list is not loaded here: the URL's value is still there, and Clear empties it.
    expect(within(list).getByRole('option', { name: /seq-a/ }).getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(params().getAll('x.sequences')).toEqual([]);
  });

  it('min and max duration are one Duration range, each bound its own URL parameter', async () => {
    const user = userEvent.setup();
    const { params } = renderPanel('source=sales');
    const group = screen.getByRole('group', { name: 'Duration (s)' });
    await user.type(within(group).getByLabelText('Min duration (s)'), '30{Enter}');
    await user.type(within(group).getByLabelText('Max duration (s)'), '90{Enter}');
    expect(params().get('x.min_duration')).toBe('30');
    expect(params().get('x.max_duration')).toBe('90');
  });

  it('a single-valued provider given several values shows none and says why through aria-describedby', () => {
    renderPanel('source=collections&status=Completed&status=Failed', timepay, timepayAdapter);
    const status = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect(status.value).toBe('');
    const described = document.getElementById(status.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(/one status at a time/);
  });
});

describe('chips, Copy link and Reset', () => {
  it('one chip per value; removing a chip removes that value from the URL', async () => {
    const user = userEvent.setup();
    const { params } = renderPanel('source=sales&disposition=1&disposition=11&phone=4155550134');
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      expect.stringContaining('Answered – Meeting Set'),
      expect.stringContaining('Left Voicemail'),
      expect.stringContaining('4155550134'),
    ]);
    await user.click(within(chips).getByRole('button', { name: /Disposition: Left Voicemail/ }));
    expect(params().getAll('disposition')).toEqual(['1']);
    expect(params().get('phone')).toBe('4155550134');
  });

  it('the time chip reads as its preset and shows the resolved instants in the display zone on hover', () => {
    renderPanel('source=sales&since=now-24h');
    const chip = within(screen.getByRole('list', { name: 'Active filters' })).getByRole('button', {
      name: /Time: Last 24 hours/,
    });
    expect(chip.getAttribute('title')).toBe('19 Nov 2026 12:00 – now (UTC)');
  });

  it('Reset clears every filter and the time range but keeps the source and sort', async () => {
    const user = userEvent.setup();
    const { params } = renderPanel(
      'source=sales&status=answered&agent=u1&q=acme&since=now-7d&sort=-duration&x.direction=inbound',
    );
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect([...params().keys()]).toEqual(['source', 'sort']);
    expect(params().get('source')).toBe('sales');
    expect((screen.getByRole('button', { name: 'Reset' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('Copy link copies the address and says Copied', async () => {
    const user = userEvent.setup();
    renderPanel('source=sales&status=answered');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
  });
});

describe('ActiveFilterSummary', () => {
  it('names the filters of an empty result and clears them in one click', async () => {
    const user = userEvent.setup();
    const { params } = renderPanel('source=sales&status=answered&since=now-1h');
    const summary = screen.getByRole('region', { name: 'Why there are no logs' });
    expect(summary.textContent).toMatch(/No logs of Sales dialer match this time range and these filters/);
    const chips = within(summary).getByRole('list', { name: 'Filters of this empty result' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('Last hour'), expect.stringContaining('Answered')]);
    fireEvent.click(within(summary).getByRole('button', { name: 'Clear all filters' }));
    expect([...params().keys()]).toEqual(['source']);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
  });
});

describe("the provider's validation errors", () => {
  it("shows a rejection at once, at the filter it names, in the provider's words, tied to the control", () => {
    // What Salesfinity's parseError gives for its own 400 (a real body, through the real adapter).
    const info = salesfinityAdapter.parseError(400, {
      statusCode: 400,
      message: ['filters.min_duration must be a number conforming to the specified constraints'],
      error: 'Bad Request',
    });
    const errors = new Map((info.fields ?? []).map((f) => [f.filter, f.message]));
    const query = parseSearchParams(new URLSearchParams('x.min_duration=5')).query;
    render(
      <QueryClientProvider client={clientWithLists()}>
        <FilterPanel
          source={salesfinity}
          adapter={salesfinityAdapter}
          query={query}
          resolved={resolveQuery(query, NOW, 'UTC')}
          zone="UTC"
          errors={errors}
          onChange={() => {}}
        />
      </QueryClientProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      'filters.min_duration must be a number conforming to the specified constraints',
    );
    const group = screen.getByRole('group', { name: /Duration/ });
    const described = within(group)
      .getAllByRole('searchbox')
      .map((input) => input.getAttribute('aria-describedby'));
    expect(described).toContain(alert.id);
  });
});
