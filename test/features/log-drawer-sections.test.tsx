// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { transcriptQueryOptions } from '../../src/api/detail.ts';
import { customerLogsHref } from '../../src/features/log-drawer/customer-link.ts';
import { KeyValues, humanKey } from '../../src/features/log-drawer/key-values.tsx';
import { Overview } from '../../src/features/log-drawer/overview.tsx';
import { formatJson, RawRecord } from '../../src/features/log-drawer/raw-record.tsx';
import { Transcript, transcriptText } from '../../src/features/log-drawer/transcript.tsx';
import type { LogEntry } from '../../src/logs/log-entry.ts';
import { parseSearchParams } from '../../src/logs/url-codec.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import { salesfinityAdapter } from '../../src/providers/salesfinity/index.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import type { Sandbox } from '../../src/server/sandbox/index.ts';
import { getFromSandbox, sandboxEntries, sandboxSource, startSmallSandbox } from './log-drawer-payloads.ts';

const timepay = sandboxSource('timepay', 'Asia/Kolkata', 'IN');
const salesfinity = sandboxSource('salesfinity', 'America/New_York', 'US');
const convoso = sandboxSource('convoso', 'America/Los_Angeles', 'US');

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSmallSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});
afterEach(cleanup);

function withProviders(children: ReactNode, client = new QueryClient()) {
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
}

/** The seed's Salesfinity call (notes, summary, transcription, contact details), through the real adapter. */
function seedSalesfinity(): LogEntry {
  const body: unknown = JSON.parse(readFileSync('test/providers/fixtures/salesfinity/call-log.json', 'utf8'));
  return salesfinityAdapter.parseList(body, salesfinity).entries[0] as LogEntry;
}

describe('Transcript', () => {
  it("renders timepay's transcript endpoint from the sandbox as BOT/HUMAN turns", async () => {
    const call = (await sandboxEntries(sandbox, timepayAdapter, timepay, { channels: ['call'] })).find(
      (e) => e.transcript?.kind === 'ref',
    ) as LogEntry;
    const ref = call.transcript as { kind: 'ref'; id: string };
    const client = new QueryClient();
    const options = transcriptQueryOptions(timepay, timepayAdapter, ref.id);
    const body = await getFromSandbox(
      sandbox,
      'timepay',
      timepayAdapter.transcriptRequest?.(ref.id) ?? { path: '', params: [] },
    );
    const turns = timepayAdapter.parseTranscript?.(body) ?? [];
    expect(turns.length).toBeGreaterThan(1);
    client.setQueryData(options.queryKey, turns);
    render(withProviders(<Transcript source={timepay} adapter={timepayAdapter} entry={call} />, client));
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(turns.length);
    expect(items.map((li) => li.textContent?.split(':')[0])).toEqual(
      turns.map((t) =>
        t.speaker === 'agent' ? 'Agent' : t.speaker === 'customer' ? 'Customer' : t.speakerRaw,
      ),
    );
  });

  it('highlights every match of a search, case-insensitively, counts them and walks through them', () => {
    const entry = seedSalesfinity();
    const { container } = render(
      withProviders(<Transcript source={salesfinity} adapter={salesfinityAdapter} entry={entry} />),
    );
    const search = screen.getByRole('searchbox', { name: 'Search the transcript' });
    fireEvent.change(search, { target: { value: 'JORDAN' } });
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['Jordan', 'Jordan', 'Jordan', 'Jordan']);
    expect(screen.getByText('1 of 4 matches')).toBeTruthy();
    expect(marks[0]?.hasAttribute('data-current')).toBe(true);
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(screen.getByText('2 of 4 matches')).toBeTruthy();
    expect(container.querySelectorAll('mark')[1]?.hasAttribute('data-current')).toBe(true);
    fireEvent.keyDown(search, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(search, { key: 'Enter', shiftKey: true });
    expect(screen.getByText('4 of 4 matches')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'nowhere said' } });
    expect(screen.getByText('No matches')).toBeTruthy();
    expect(container.querySelector('mark')).toBeNull();
  });

  it('matches Devanagari and keeps markup in a transcript as text', () => {
    const entry: LogEntry = {
      ...seedSalesfinity(),
      transcript: { kind: 'text', text: 'नमस्ते <script>alert(1)</script> आपका लोन नमस्ते' },
    };
    const { container } = render(
      withProviders(<Transcript source={salesfinity} adapter={salesfinityAdapter} entry={entry} />),
    );
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'नमस्ते' } });
    expect(container.querySelectorAll('mark')).toHaveLength(2);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('copies the transcript as "Speaker: words" lines', () => {
    expect(
      transcriptText([
        { speaker: 'agent', speakerRaw: 'BOT', text: 'Namaste' },
        { speaker: 'customer', speakerRaw: 'HUMAN', text: 'Haan' },
      ]),
    ).toBe('Agent: Namaste\nCustomer: Haan');
    render(
      withProviders(
        <Transcript source={salesfinity} adapter={salesfinityAdapter} entry={seedSalesfinity()} />,
      ),
    );
    expect(screen.getByRole('button', { name: 'Copy transcript' })).toBeTruthy();
  });

  it('says clearly when a provider keeps no transcripts', async () => {
    const call = (await sandboxEntries(sandbox, convosoAdapter, convoso))[0] as LogEntry;
    render(withProviders(<Transcript source={convoso} adapter={convosoAdapter} entry={call} />));
    expect(screen.getByText(/No transcript: Sandbox convoso does not provide transcripts/)).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});

describe('Overview', () => {
  it("shows Salesfinity's summary, the rep's notes apart, and contact details as key/values", () => {
    const entry = seedSalesfinity();
    render(withProviders(<Overview entry={entry} source={salesfinity} zone="UTC" customerHref={null} />));
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(notes.textContent).toContain('Booked a demo for Tuesday 2pm ET.');
    expect(screen.getByRole('region', { name: 'Summary' }).textContent).toContain('Dana agreed to a demo');
    const details = screen.getByRole('region', { name: 'Contact and call details' });
    expect(within(details).getByText('Company').nextElementSibling?.textContent).toBe('Northwind Logistics');
    expect(details.textContent).not.toContain('Booked a demo'); // notes are not repeated
  });

  it("labels Convoso's free text as the agent's comment", async () => {
    const entry = (await sandboxEntries(sandbox, convosoAdapter, convoso)).find((e) => e.summary) as LogEntry;
    render(withProviders(<Overview entry={entry} source={convoso} zone="UTC" customerHref={null} />));
    expect(screen.getByRole('region', { name: 'Agent comment' }).textContent).toContain(entry.summary ?? '');
  });

  it("renders timepay's extracted data from the sandbox as a readable key/value view", async () => {
    const entry = (await sandboxEntries(sandbox, timepayAdapter, timepay, { channels: ['call'] })).find(
      (e) => e.extracted && Object.keys(e.extracted).length > 0,
    ) as LogEntry;
    render(
      withProviders(<Overview entry={entry} source={timepay} zone="Asia/Kolkata" customerHref={null} />),
    );
    const region = screen.getByRole('region', { name: 'Extracted data' });
    for (const key of Object.keys(entry.extracted ?? {}))
      expect(within(region).getByText(humanKey(key))).toBeTruthy();
  });

  it('links "all logs of this customer" to the phone filter, keeping the source', () => {
    const entry = seedSalesfinity();
    const href = customerLogsHref(entry, { columns: ['time', 'customer'] }) ?? '';
    const { query } = parseSearchParams(new URLSearchParams(href.split('?')[1]));
    expect(query).toMatchObject({
      sources: ['sandbox-salesfinity'],
      phone: '+14155550142',
      columns: ['time', 'customer'],
      log: null,
    });
    render(withProviders(<Overview entry={entry} source={salesfinity} zone="UTC" customerHref={href} />));
    expect(screen.getByRole('link', { name: 'All logs of this customer' }).getAttribute('href')).toBe(href);
  });
});

describe('KeyValues', () => {
  it('shows nested objects and lists readably, and never makes a link of a javascript: value', () => {
    const { container } = render(
      <KeyValues
        data={{
          promise_to_pay: { amount: 7442, dueDate: '2026-01-30', confirmed: true },
          reasons: ['salary late', 'medical'],
          calls: [{ at: '10:00', ok: false }],
          payment_link: 'javascript:alert(1)',
          empty: null,
        }}
      />,
    );
    expect(screen.getByText('Promise to pay')).toBeTruthy();
    expect(screen.getByText('Due date').nextElementSibling?.textContent).toBe('2026-01-30');
    expect(screen.getByText('Confirmed').nextElementSibling?.textContent).toBe('Yes');
    expect(screen.getByText('Reasons').nextElementSibling?.textContent).toBe('salary late, medical');
    expect(screen.getByText('Payment link').nextElementSibling?.textContent).toBe('javascript:alert(1)');
    expect(container.querySelector('a')).toBeNull();
  });

  it('shows a huge field in part until asked for all of it', () => {
    render(<KeyValues data={{ note: 'x'.repeat(100_000) }} />);
    const more = screen.getByRole('button', { name: 'Show all 100,000 characters' });
    fireEvent.click(more);
    expect(screen.getByText('Note').nextElementSibling?.textContent).toHaveLength(100_000);
  });
});

describe('RawRecord', () => {
  it("shows the provider's untouched record as formatted JSON, with a copy button", async () => {
    const entry = (await sandboxEntries(sandbox, convosoAdapter, convoso))[0] as LogEntry;
    render(<RawRecord entry={entry} sourceLabel="Sandbox convoso" />);
    const pre = screen.getByLabelText('Raw provider record as JSON');
    expect(JSON.parse(pre.textContent ?? '')).toEqual(entry.raw);
    expect(pre.textContent).toContain('\n  "id": ');
    expect(screen.getByRole('button', { name: 'Copy JSON' })).toBeTruthy();
  });

  it('survives records JSON cannot express', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(formatJson(cyclic)).toMatch(/cannot be shown as JSON/);
    expect(formatJson({ n: 10n })).toContain('"10"');
  });
});
