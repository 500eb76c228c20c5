import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCustomerPhone } from '../../src/features/timeline/read-phone.ts';
import { keepCustomer, PAGE_CAP, pagesToRead, threadByDay } from '../../src/features/timeline/thread.ts';
import type { LogEntry } from '../../src/logs/log-entry.ts';
import { formatInZone } from '../../src/logs/time.ts';
import type { ListPage } from '../../src/providers/adapter.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import type { Sandbox } from '../../src/server/sandbox/index.ts';
import { sandboxEntries, sandboxSource, startSmallSandbox } from './log-drawer-payloads.ts';

const timepay = sandboxSource('timepay', 'Asia/Kolkata', 'IN');
const convoso = sandboxSource('convoso', 'America/Los_Angeles', 'US');
let sandbox: Sandbox;
let entries: LogEntry[];
beforeAll(async () => {
  sandbox = await startSmallSandbox();
  entries = [
    ...(await sandboxEntries(sandbox, timepayAdapter, timepay, {}, 1)),
    ...(await sandboxEntries(sandbox, timepayAdapter, timepay, {}, 2)),
    ...(await sandboxEntries(sandbox, convosoAdapter, convoso)),
  ];
});
afterAll(() => sandbox?.close());

const page = (items: ListPage['entries']): ListPage => ({
  page: 1,
  pageSize: items.length,
  total: items.length,
  hasNext: false,
  entries: items,
});

describe('readCustomerPhone', () => {
  it('keeps E.164 as it is and reads a national number in the given country, saying so', () => {
    expect(readCustomerPhone('+13054493453', 'IN')).toEqual({
      ok: true,
      e164: '+13054493453',
      typed: '+13054493453',
      readIn: null,
    });
    expect(readCustomerPhone(' 98765 43210 ', 'IN')).toMatchObject({
      ok: true,
      e164: '+919876543210',
      readIn: 'IN',
    });
    expect(readCustomerPhone('(305) 449-3453', 'US')).toMatchObject({ ok: true, e164: '+13054493453' });
    expect(readCustomerPhone('0044 20 7946 0958', 'US')).toMatchObject({ ok: true, e164: '+442079460958' });
  });

  it('gives a reason for a missing, digitless or impossible number', () => {
    expect(readCustomerPhone(null, 'IN')).toMatchObject({ ok: false, reason: 'No phone number given.' });
    expect(readCustomerPhone('   ', 'IN')).toMatchObject({ ok: false, reason: 'No phone number given.' });
    expect(readCustomerPhone('call-me', 'IN')).toMatchObject({
      ok: false,
      reason: "'call-me' has no digits.",
    });
    const short = readCustomerPhone('12', 'IN');
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.reason).toMatch(/^'12' cannot be read as a phone number: .*IN/);
  });
});

describe('pagesToRead', () => {
  it('reads every page of a small result and stops at the cap', () => {
    expect(pagesToRead(0, 10)).toBe(1);
    expect(pagesToRead(31, 10)).toBe(4);
    expect(pagesToRead(150, 100)).toBe(2);
    expect(pagesToRead(10_000, 10)).toBe(PAGE_CAP);
  });
});

describe('keepCustomer', () => {
  it('keeps exactly the E.164 customer, counts loose matches and invalid records, and shows a log once', () => {
    const phone = entries.find((e) => e.customer.phone !== null)?.customer.phone ?? '';
    const mine = entries.filter((e) => e.customer.phone === phone);
    const others = entries.length - mine.length;
    expect(others).toBeGreaterThan(0);
    const invalid = { kind: 'invalid' as const, sourceId: timepay.id, index: 3, reason: 'no type', raw: {} };
    // The same log on two pages (it moved across a page boundary between requests) is shown once.
    const kept = keepCustomer([page([...entries, invalid]), page(mine.slice(0, 1))], phone);
    expect(kept.entries).toEqual(mine);
    expect(kept.dropped).toBe(others);
    expect(kept.invalid).toBe(1);
  });
});

describe('threadByDay', () => {
  it('orders logs of several sources oldest first, one group per day of the display zone', () => {
    for (const zone of ['Asia/Kolkata', 'America/Los_Angeles']) {
      const days = threadByDay(entries, zone);
      const flat = days.flatMap((d) => d.entries);
      expect(flat).toHaveLength(entries.length);
      const times = flat.map((e) => e.startedAt ?? NaN);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(flat.map((e) => e.sourceId))).toEqual(new Set([timepay.id, convoso.id]));
      for (const day of days)
        for (const e of day.entries) expect(formatInZone(e.startedAt ?? 0, zone, 'yyyy-MM-dd')).toBe(day.key);
      expect(new Set(days.map((d) => d.key)).size).toBe(days.length);
    }
  });

  it('puts logs without a start time last, under their own heading', () => {
    const first = entries[0];
    if (!first) throw new Error('no entries');
    const untimed = { ...first, id: 'untimed', startedAt: null };
    const days = threadByDay([untimed, ...entries], 'UTC');
    expect(days.at(-1)).toMatchObject({ key: 'unknown', label: 'Time unknown', entries: [untimed] });
  });
});
