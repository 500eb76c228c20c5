// Normalization throughput of the unpod adapter on 200,000 records of both payload versions (≥ 200,000/s).
import callLogs from '../providers/fixtures/unpod/call-logs.json' with { type: 'json' };
import olderDoc from '../providers/fixtures/unpod/call-logs-older-doc.json' with { type: 'json' };
import type { SourceInfo } from '../../src/logs/source.ts';
import { unpodAdapter } from '../../src/providers/unpod/index.ts';
import type { BenchFigure } from './figure.ts';
import { measureNormalize } from './measure-normalize.ts';

const RECORDS = 200_000;
const PAGE_SIZE = 50;

const source: SourceInfo = {
  id: 'bench',
  provider: 'unpod',
  label: 'bench',
  timeZone: 'UTC',
  defaultCountry: 'IN',
  sandbox: true,
};

const STATUSES = ['completed', 'missed', 'failed', 'no-answer', 'success', 'ANSWERED', 'FAILED', 'REJECTED'];
const REASONS = ['caller_hangup', 'callee_hangup', 'no_answer', 'busy', null];

function iso(ms: number, micros: boolean): string {
  const s = new Date(ms).toISOString();
  return micros ? `${s.slice(0, 19)}.${String(ms % 1000).padStart(3, '0')}412Z` : `${s.slice(0, 19)}Z`;
}

function clock(sec: number, short: boolean): string {
  const mm = String(Math.floor(sec / 60) % 60).padStart(2, '0');
  const ss = String(sec % 60).padStart(2, '0');
  return short ? `${mm}:${ss}` : `${Math.floor(sec / 3600)}:${mm}:${ss}`;
}

/** Both seed shapes, varied: ids or none, integer or clock durations, free-text statuses, null times. */
function syntheticPages(): unknown[] {
  const newer = callLogs.data[0] as Record<string, unknown>;
  const older = olderDoc.data[0] as Record<string, unknown>;
  const pages: unknown[] = [];
  let data: unknown[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const old = i % 3 === 0;
    const created = Date.UTC(2025, 10, 1) + ((i * 7_919_000) % (90 * 86_400_000));
    const status = STATUSES[i % STATUSES.length] ?? 'completed';
    const missed = status === 'missed' || status === 'no-answer';
    const duration = missed ? 0 : i % 600;
    const rec: Record<string, unknown> = {
      ...(old ? older : newer),
      source_number: `+9180${String(35_450_800 + (i % 40)).padStart(8, '0')}`,
      destination_number: `+91${9_000_000_000 + ((i * 7_919) % 999_999_999)}`,
      call_type: i % 7 === 0 ? 'inbound' : 'outbound',
      call_status: status,
      creation_time: iso(created, old),
      start_time: missed ? null : iso(created + 20_000, old),
      end_time: missed ? null : iso(created + 20_000 + duration * 1000, old),
      call_duration: old ? clock(duration, i % 10 === 0) : duration,
      end_reason: REASONS[i % REASONS.length],
    };
    if (old) {
      rec.id = `call-${i}`;
      rec.bridge = 4000 + (i % 97);
    }
    data.push(rec);
    if (data.length === PAGE_SIZE) {
      pages.push({ count: RECORDS, status_code: 200, message: 'Call logs fetched successfully', data });
      data = [];
    }
  }
  return pages;
}

/** Records per second through `parseList` (envelope, per-record zod, durations, times, phones, outcomes). */
export function benchNormalizeUnpod(): BenchFigure[] {
  return measureNormalize('unpod', unpodAdapter, source, syntheticPages(), 400);
}

if (process.argv[1]?.endsWith('normalize-unpod.ts')) console.log(benchNormalizeUnpod());
