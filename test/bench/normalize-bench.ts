// Normalization throughput of the timepay adapter on ~200,000 realistic records (DESIGN.md: ≥ 200,000/s).
import callLogs from '../providers/fixtures/timepay/call-logs.json' with { type: 'json' };
import mixedTypes from '../providers/fixtures/timepay/mixed-types.json' with { type: 'json' };
import whatsappLogs from '../providers/fixtures/timepay/whatsapp-logs.json' with { type: 'json' };
import type { SourceInfo } from '../../src/logs/source.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import type { BenchFigure } from './figure.ts';
import { measureNormalize } from './measure-normalize.ts';

const RECORDS = 200_000;
const PAGE_SIZE = 10;

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
export function benchNormalize(): BenchFigure[] {
  return measureNormalize('timepay', timepayAdapter, source, syntheticPages(), 2_000);
}
