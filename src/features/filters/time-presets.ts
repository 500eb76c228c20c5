import type { TimeExpr } from '../../logs/log-query.ts';
import { formatInZone } from '../../logs/time.ts';
import { isRelativeTime } from '../../logs/url-codec.ts';

export interface TimePreset {
  id: string;
  label: string;
  since: TimeExpr | null;
  until: TimeExpr | null;
}

/** Ranges written to the URL as relative expressions, so a shared link means "the last 24 h" when opened. */
export const timePresets: readonly TimePreset[] = [
  { id: 'any', label: 'Any time', since: null, until: null },
  { id: '15m', label: 'Last 15 minutes', since: 'now-15m', until: null },
  { id: '1h', label: 'Last hour', since: 'now-1h', until: null },
  { id: '24h', label: 'Last 24 hours', since: 'now-24h', until: null },
  { id: '7d', label: 'Last 7 days', since: 'now-7d', until: null },
  { id: '30d', label: 'Last 30 days', since: 'now-30d', until: null },
  { id: 'today', label: 'Today', since: 'now/d', until: null },
  { id: 'yesterday', label: 'Yesterday', since: 'now-1d/d', until: 'now/d' },
];

/** The preset matching a range, or 'custom'. */
export function presetIdOf(since: TimeExpr | null, until: TimeExpr | null): string {
  return timePresets.find((p) => p.since === since && p.until === until)?.id ?? 'custom';
}

/** A bound for display: `20 Nov 2026 17:30` in the display zone. */
const at = (ms: number, zone: string) => formatInZone(ms, zone, 'dd MMM yyyy HH:mm');

/** How a range reads on screen (its preset's name, or its bounds) and, for a title, its resolved instants. */
export function describeRange(
  since: TimeExpr | null,
  until: TimeExpr | null,
  sinceMs: number | null,
  untilMs: number | null,
  zone: string,
): { label: string; title: string } {
  const preset = timePresets.find((p) => p.since === since && p.until === until);
  const from = sinceMs === null ? null : at(sinceMs, zone);
  const to = untilMs === null ? null : at(untilMs, zone);
  const absolute =
    from !== null && to !== null
      ? `${from} – ${to}`
      : from !== null
        ? `${from} – now`
        : to !== null
          ? `Until ${to}`
          : 'Any time';
  const written = (expr: TimeExpr | null, ms: string | null) =>
    expr === null ? null : isRelativeTime(expr) ? expr : ms;
  const label =
    preset?.label ??
    (since !== null && until !== null
      ? `${written(since, from)} – ${written(until, to)}`
      : since !== null
        ? `Since ${written(since, from)}`
        : `Until ${written(until, to)}`);
  return { label, title: `${absolute} (${zone})` };
}
