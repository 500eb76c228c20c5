// Normalization throughput of the Convoso adapter on 200,000 realistic records (DESIGN.md: ≥ 200,000/s).
import logRetrieve from '../providers/fixtures/convoso/log-retrieve.json' with { type: 'json' };
import type { SourceInfo } from '../../src/logs/source.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import type { BenchFigure } from './figure.ts';
import { measureNormalize } from './measure-normalize.ts';

const RECORDS = 200_000;
const PAGE_SIZE = 100;

const source: SourceInfo = {
  id: 'bench',
  provider: 'convoso',
  label: 'bench',
  timeZone: 'America/Los_Angeles',
  defaultCountry: 'US',
  sandbox: true,
};

const STATUSES: Array<[string, string]> = [
  ['HU', 'Hang Up'],
  ['NA', 'No Answer AutoDial'],
  ['AA', 'Answering Machine Auto'],
  ['SALE', 'Sale Made'],
  ['B', 'Busy'],
  ['APPSET', 'Appointment Set'],
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** The seed's record, varied: ids, phones, times over ~90 days, statuses, 0–2 recordings. */
function syntheticPages(): unknown[] {
  const template = logRetrieve.data.results[0] as Record<string, unknown>;
  const recording = (template.recording as unknown[])[0] as Record<string, unknown>;
  const pages: unknown[] = [];
  let results: unknown[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const d = new Date(Date.UTC(2026, 0, 1) + ((i * 7_919_000) % (90 * 86_400_000)));
    const [status, name] = STATUSES[i % STATUSES.length] ?? ['HU', 'Hang Up'];
    const phone = String(2_000_000_000 + ((i * 7_919) % 7_999_999_999));
    results.push({
      ...template,
      id: String(1_000_000_000 + i),
      lead_id: String(50_000_000 + (i % 60_000)),
      phone_number: phone,
      number_dialed: phone,
      status,
      status_name: name,
      call_length: String(i % 600),
      call_date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
      called_count: String(i % 20),
      recording: Array.from({ length: i % 3 }, (_, k) => ({ ...recording, recording_id: `${i}${k}` })),
    });
    if (results.length === PAGE_SIZE) {
      pages.push({
        success: true,
        data: {
          offset: pages.length * PAGE_SIZE,
          limit: PAGE_SIZE,
          total_found: String(RECORDS),
          entries: PAGE_SIZE,
          results,
        },
      });
      results = [];
    }
  }
  return pages;
}

/** Records per second through `parseList` (envelope, per-record zod, times, phones, outcomes, recordings). */
export function benchNormalizeConvoso(): BenchFigure[] {
  return measureNormalize('convoso', convosoAdapter, source, syntheticPages(), 200);
}
