import type { ServerSource } from '../server-source.ts';

export type CheckStatus = 'pass' | 'warn' | 'fail';
export interface Check {
  name: string;
  status: CheckStatus;
  message: string;
}
export interface SourceCheck {
  source: string;
  ok: boolean;
  checks: Check[];
}

/** One probe's answer: the HTTP status and the parsed body (text when not JSON). */
export type ProbeAnswer = { ok: true; status: number; body: unknown } | { ok: false; error: string };

/** Each probe waits this long at most: a check must stay cheap. */
export const PROBE_TIMEOUT_MS = 10_000;

/** Raw control characters inside strings (Salesfinity) are escaped before parsing, as the browser does. */
function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(text.replace(/[\u0000-\u001f]/g, ' ')) as unknown;
    } catch {
      return text;
    }
  }
}

/** A read-only GET to the source's provider with its credentials, as the proxy would send it. */
export async function probe(
  source: ServerSource,
  path: string,
  params: Array<[string, string]> = [],
): Promise<ProbeAnswer> {
  const url = new URL(path, source.baseUrl);
  for (const [k, v] of params) url.searchParams.append(k, v);
  for (const [k, v] of source.auth.query) url.searchParams.set(k, v);
  try {
    const res = await fetch(url, {
      headers: { accept: 'application/json', ...source.auth.headers },
      redirect: 'manual',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return { ok: true, status: res.status, body: parse(await res.text()) };
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause?.code;
    const reason = typeof cause === 'string' ? cause : error instanceof Error ? error.name : 'error';
    return { ok: false, error: `cannot reach ${new URL(source.baseUrl).host} (${reason}) — check baseUrl` };
  }
}

export const pass = (name: string, message: string): Check => ({ name, status: 'pass', message });
export const warn = (name: string, message: string): Check => ({ name, status: 'warn', message });
export const fail = (name: string, message: string): Check => ({ name, status: 'fail', message });

export const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;

export const words = (body: unknown): string => {
  const m = field(body, 'message') ?? field(body, 'text') ?? field(body, 'detail') ?? field(body, 'error');
  return typeof m === 'string' ? m.slice(0, 200) : Array.isArray(m) ? m.join('; ').slice(0, 200) : '';
};

/** The newest record's time is in the future in the source's zone: the zone is probably wrong. */
export function zoneCheck(source: ServerSource, newestMs: number | null, nowMs: number): Check {
  if (newestMs === null) return pass('time zone', 'no records to compare the time zone with');
  if (newestMs > nowMs + 15 * 60_000)
    return warn(
      'time zone',
      `the newest record reads ${Math.round((newestMs - nowMs) / 60_000)} min in the future in ${source.timeZone} — check timeZone`,
    );
  return pass('time zone', `the newest record is not in the future in ${source.timeZone}`);
}

/** An offset-less `YYYY-MM-DD[T ]HH:MM:SS` read in `zone` (epoch ms), or null. */
export function wallTime(text: unknown, zone: string): number | null {
  if (typeof text !== 'string') return null;
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(text.slice(10))) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : ms;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})/.exec(text);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(asUtc);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const shown = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - (shown - asUtc);
}
