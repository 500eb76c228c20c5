import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { bucketLabel, tickIndexes, tickLabel, type BucketSize } from './buckets.ts';
import { fillOf, OTHER_FILL, UNSPLIT_FILL } from './palette.ts';
import type { Bar, Segment } from './use-volume.ts';

const count = new Intl.NumberFormat('en');
/** viewBox units per bar; the SVG stretches to its box (bars only: text lives in HTML around it). */
const SLOT = 10;
const HEIGHT = 100;

export interface HistogramProps {
  bars: readonly Bar[];
  segments: readonly Segment[];
  size: BucketSize;
  zone: string;
  /** Zoom to `[startMs, endMs)`. */
  onZoom: (startMs: number, endMs: number) => void;
}

const clamp = (i: number, n: number) => Math.max(0, Math.min(n - 1, i));

/** One bar's stacked parts, bottom up: each segment, then Other, then what cannot be split. */
function partsOf(bar: Bar, segments: readonly Segment[]) {
  const parts = segments.map((s, i) => ({ key: s.key, n: bar.parts[i] ?? 0, fill: fillOf(i) }));
  parts.push({ key: '\u0000other', n: bar.other, fill: OTHER_FILL });
  parts.push({ key: '\u0000unsplit', n: bar.unsplit, fill: UNSPLIT_FILL });
  return parts.filter((p) => p.n > 0);
}

/**
 * Logs per time bucket as stacked bars. A slider for the keyboard (arrows pick a bar, Enter zooms to it),
 * a drag across bars zooms to them; a visually hidden table is the text equivalent.
 */
export function Histogram({ bars, segments, size, zone, onZoom }: HistogramProps) {
  const ids = useId();
  const n = bars.length;
  const [active, setActive] = useState<number | null>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const max = Math.max(1, ...bars.map((b) => b.total ?? 0));
  const current = active === null ? null : clamp(active, n);
  const labelOf = (i: number) => {
    const bar = bars[i];
    if (!bar) return '';
    const what = bar.total === null ? 'counting…' : `${count.format(bar.total)} logs`;
    return `${bucketLabel(bar.bucket, size, zone)}: ${what}`;
  };
  const zoomTo = (a: number, b: number) => {
    const first = bars[Math.min(a, b)];
    const last = bars[Math.max(a, b)];
    if (first && last) onZoom(first.bucket.startMs, last.bucket.endMs);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 };
    const at = current ?? n - 1;
    let next: number | null = null;
    if (event.key in step) next = current === null ? n - 1 : at + (step[event.key] ?? 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = n - 1;
    else if (event.key === 'PageUp') next = at - 10;
    else if (event.key === 'PageDown') next = at + 10;
    else if (event.key === 'Enter' && current !== null) zoomTo(current, current);
    else return;
    event.preventDefault();
    event.stopPropagation();
    if (next !== null) setActive(clamp(next, n));
  };

  const indexAt = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return clamp(Math.floor(((event.clientX - box.left) / Math.max(1, box.width)) * n), n);
  };
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const i = indexAt(event);
    setDrag({ from: i, to: i });
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    if (drag) setDrag({ from: drag.from, to: indexAt(event) });
  };
  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    if (!drag) return;
    const to = indexAt(event);
    setDrag(null);
    if (to === drag.from) setActive(to);
    else zoomTo(drag.from, to);
  };

  const first = bars[0];
  const last = bars[n - 1];
  const total = bars.reduce((a, b) => a + (b.total ?? 0), 0);
  const selection = drag
    ? { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) }
    : current === null
      ? null
      : { from: current, to: current };

  return (
    <figure className="min-w-0 flex-1">
      <div className="flex items-baseline justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>Logs per {size.label}</span>
        <span aria-hidden="true">max {count.format(max)}</span>
      </div>
      <div
        role="slider"
        tabIndex={0}
        aria-label={`Volume histogram, one bar per ${size.label}`}
        aria-valuemin={1}
        aria-valuemax={n}
        aria-valuenow={(current ?? n - 1) + 1}
        aria-valuetext={current === null ? 'no bar selected' : labelOf(current)}
        aria-describedby={`${ids}-hint`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        data-testid="volume-histogram"
        className="relative mt-1 h-36 cursor-crosshair touch-none select-none rounded border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:bg-slate-900"
      >
        <svg
          viewBox={`0 0 ${n * SLOT} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-full w-full"
          role="img"
          aria-labelledby={`${ids}-title ${ids}-desc`}
        >
          <title id={`${ids}-title`}>Logs per {size.label}</title>
          <desc id={`${ids}-desc`}>
            {first && last
              ? `${n} bars from ${bucketLabel(first.bucket, size, zone)} to ${bucketLabel(last.bucket, size, zone)}; ` +
                `${count.format(total)} logs counted, at most ${count.format(max)} in one bar.`
              : 'No bars.'}
          </desc>
          {selection ? (
            <rect
              x={selection.from * SLOT}
              y={0}
              width={(selection.to - selection.from + 1) * SLOT}
              height={HEIGHT}
              className={drag ? 'fill-sky-500/25' : 'fill-slate-200 dark:fill-slate-700'}
            />
          ) : null}
          {bars.map((bar, i) => {
            let y = HEIGHT;
            return (
              <g key={bar.bucket.startMs} data-count={bar.total ?? undefined}>
                <title>{labelOf(i)}</title>
                {bar.total === null ? (
                  <rect
                    x={i * SLOT + 1}
                    y={HEIGHT - 2}
                    width={SLOT - 2}
                    height={2}
                    className="fill-slate-300 dark:fill-slate-600"
                  />
                ) : (
                  partsOf(bar, segments).map((part) => {
                    const h = (part.n / max) * (HEIGHT - 4);
                    y -= h;
                    return (
                      <rect
                        key={part.key}
                        x={i * SLOT + 1}
                        y={y}
                        width={SLOT - 2}
                        height={h}
                        className={part.fill}
                      />
                    );
                  })
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <div aria-hidden="true" className="relative h-4 text-[11px] text-slate-600 dark:text-slate-400">
        {tickIndexes(
          bars.map((b) => b.bucket),
          size,
          zone,
        ).map((i) => {
          const bar = bars[i];
          return bar ? (
            <span
              key={bar.bucket.startMs}
              className="absolute whitespace-nowrap"
              style={{ left: `${(i / n) * 100}%`, transform: i / n > 0.85 ? 'translateX(-100%)' : undefined }}
            >
              {tickLabel(bar.bucket.startMs, size, zone)}
            </span>
          ) : null;
        })}
      </div>
      <figcaption id={`${ids}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Drag across bars to zoom to them; or focus the chart, pick a bar with the arrow keys and press Enter.
        {first?.bucket.openStart ? ' No start time is set: the first bar also counts every older log.' : ''}
      </figcaption>
      <table className="sr-only">
        <caption>Logs per {size.label}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Logs</th>
            {segments.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
            <th scope="col">Other</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.bucket.startMs}>
              <th scope="row">{bucketLabel(bar.bucket, size, zone)}</th>
              <td>{bar.total === null ? 'counting…' : count.format(bar.total)}</td>
              {segments.map((s, j) => (
                <td key={s.key}>{bar.total === null ? '' : count.format(bar.parts[j] ?? 0)}</td>
              ))}
              <td>{bar.total === null ? '' : count.format(bar.other + bar.unsplit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
