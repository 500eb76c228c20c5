// Normalization throughput of the Salesfinity adapter on 200,000 varied records (DESIGN.md: ≥ 200,000/s).
import callLog from '../providers/fixtures/salesfinity/call-log.json' with { type: 'json' };
import type { SourceInfo } from '../../src/logs/source.ts';
import { salesfinityAdapter } from '../../src/providers/salesfinity/index.ts';
import type { BenchFigure } from './figure.ts';
import { measureNormalize } from './measure-normalize.ts';

const RECORDS = 200_000;
const PAGE_SIZE = 50;

const source: SourceInfo = {
  id: 'bench',
  provider: 'salesfinity',
  label: 'bench',
  timeZone: 'UTC',
  defaultCountry: 'US',
  sandbox: true,
};

const OUTCOMES = ['answered', 'no-answer', 'cancelled'];

/** The fixture's records, varied: ids, phones, times over ~90 days, outcomes, dispositions. */
function syntheticPages(): unknown[] {
  const templates = callLog.data as Array<Record<string, unknown>>;
  const pages: unknown[] = [];
  let data: unknown[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const t = templates[i % templates.length] ?? {};
    const start = Date.UTC(2026, 0, 1) + ((i * 7_919_000) % (90 * 86_400_000));
    const iso = new Date(start).toISOString();
    const rec: Record<string, unknown> = {
      ...t,
      _id: `6790a1c2e4b0${String(i).padStart(12, '0')}`,
      to: `+1${String(2_000_000_000 + ((i * 7_919) % 7_999_999_999)).slice(0, 10)}`,
      outcome: OUTCOMES[i % 3],
      disposition: { internal_id: (i % 16) + 1, external_id: null, external_name: null },
      createdAt: iso,
      updatedAt: iso,
    };
    if (t.started_at !== undefined && t.started_at !== null) {
      rec.started_at = iso;
      rec.ended_at = new Date(start + 60_000).toISOString();
    }
    data.push(rec);
    if (data.length === PAGE_SIZE) {
      pages.push({
        data,
        pagination: { total: RECORDS, page: pages.length + 1, limit: PAGE_SIZE, pages: RECORDS / PAGE_SIZE },
      });
      data = [];
    }
  }
  return pages;
}

/** Records per second through `parseList` (envelope, per-record zod, times, phones, outcomes, text). */
export function benchNormalizeSalesfinity(): BenchFigure[] {
  return measureNormalize('salesfinity', salesfinityAdapter, source, syntheticPages(), 400);
}
