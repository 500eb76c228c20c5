// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { inCountQueue, COUNT_CONCURRENCY } from '../../src/api/counts.ts';
import { histogramRange } from '../../src/features/charts/buckets.ts';
import { Histogram } from '../../src/features/charts/histogram.tsx';
import type { Bar } from '../../src/features/charts/use-volume.ts';

afterEach(cleanup);

const zone = 'Asia/Kolkata';
const since = Date.parse('2026-11-19T18:30:00Z'); // Nov 20 00:00 IST
const { size, buckets } = histogramRange(since, since + 6 * 3_600_000 - 1, 0, zone); // 6 h → 10-minute bars
const segments = [
  { key: 'call', label: 'Call' },
  { key: 'whatsapp', label: 'WhatsApp' },
];
const bars: Bar[] = buckets.map((bucket, i) => ({
  bucket,
  total: i === 3 ? null : i * 2 + 1,
  parts: i === 3 ? [0, 0] : [i, i],
  other: i === 3 ? 0 : 1,
  unsplit: 0,
}));

function renderHistogram() {
  const zooms: Array<[number, number]> = [];
  render(
    <Histogram
      bars={bars}
      segments={segments}
      size={size}
      zone={zone}
      onZoom={(a, b) => zooms.push([a, b])}
    />,
  );
  return { zooms, slider: screen.getByRole('slider', { name: /volume histogram, one bar per 10 minutes/i }) };
}

describe('Histogram', () => {
  it('has a text equivalent: one table row per bar with its time, count and segments', () => {
    renderHistogram();
    const table = screen.getByRole('table', { name: 'Logs per 10 minutes' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(buckets.length + 1);
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0', '0', '1']);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader').textContent).toBe('Nov 20 00:00–00:10');
    expect(within(rows[4] as HTMLElement).getAllByRole('cell')[0]?.textContent).toBe('counting…');
    expect(
      screen.getByRole('img', { name: /Logs per 10 minutes.*36 bars from Nov 20 00:00–00:10/ }),
    ).toBeTruthy();
  });

  it('picks a bar with the arrow keys and zooms to it with Enter', () => {
    const { zooms, slider } = renderHistogram();
    expect(slider.getAttribute('aria-valuetext')).toBe('no bar selected');
    fireEvent.keyDown(slider, { key: 'Home' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(slider.getAttribute('aria-valuenow')).toBe('3');
    expect(slider.getAttribute('aria-valuetext')).toBe('Nov 20 00:20–00:30: 5 logs');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(slider.getAttribute('aria-valuetext')).toBe('Nov 20 00:30–00:40: counting…');
    fireEvent.keyDown(slider, { key: 'End' });
    fireEvent.keyDown(slider, { key: 'Enter' });
    const last = buckets[buckets.length - 1];
    expect(zooms).toEqual([[last?.startMs, last?.endMs]]);
  });

  it('draws each counted bar as stacked rects and a bar still counting as a stub', () => {
    renderHistogram();
    const groups = document.querySelectorAll('svg > g');
    expect(groups).toHaveLength(buckets.length);
    expect(groups[3]?.hasAttribute('data-count')).toBe(false);
    // Bar 2: call 2, WhatsApp 2, Other 1.
    expect(groups[2]?.getAttribute('data-count')).toBe('5');
    expect(groups[2]?.querySelectorAll('rect')).toHaveLength(3);
  });
});

describe('inCountQueue', () => {
  it(`runs at most ${COUNT_CONCURRENCY} tasks at once, in order, and never starts one aborted while waiting`, async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const releases: Array<() => void> = [];
    const task = (i: number) => () =>
      new Promise<number>((resolve) => {
        started.push(i);
        running++;
        peak = Math.max(peak, running);
        releases.push(() => {
          running--;
          resolve(i);
        });
      });
    const aborted = new AbortController();
    const live = new AbortController().signal;
    const results = Array.from({ length: 10 }, (_, i) =>
      inCountQueue(i === 6 ? aborted.signal : live, task(i)),
    );
    expect(started).toEqual([0, 1, 2, 3]);
    aborted.abort();
    await expect(results[6]).rejects.toBeDefined();
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(await Promise.all(results.filter((_, i) => i !== 6))).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9]);
    expect(peak).toBe(COUNT_CONCURRENCY);
  });
});
