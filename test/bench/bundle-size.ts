import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchFigure } from './figure.ts';

/** Gzip size of the JavaScript that index.html loads before anything lazy: the entry and its modulepreloads. */
export function benchBundle(distDir: string): BenchFigure[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ];
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)];
  const gz = (files: RegExpMatchArray[]) =>
    [...new Set(files.map((m) => m[1] ?? ''))].reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(distDir, file))).length,
      0,
    );
  // Before its first rows, /logs also loads the selected provider's adapter chunk (and the helpers they share).
  const assets = readdirSync(join(distDir, 'assets'));
  const size = (file: string) => gzipSync(readFileSync(join(distDir, 'assets', file))).length;
  const adapters = assets.filter((f) => /^(timepay|salesfinity|unpod|convoso)-.*\.js$/.test(f));
  const shared = assets.filter((f) => /^content-id-.*\.js$/.test(f));
  const withAdapter =
    (gz(scripts) + Math.max(0, ...adapters.map(size)) + shared.reduce((n, f) => n + size(f), 0)) / 1024;
  return [
    {
      name: 'initial JavaScript (gzip)',
      value: gz(scripts) / 1024,
      unit: 'kB',
      bar: '≤ 170 kB',
      pass: gz(scripts) / 1024 <= 170,
    },
    {
      name: 'initial JavaScript + the largest adapter chunk (gzip)',
      value: withAdapter,
      unit: 'kB',
      bar: '≤ 170 kB',
      pass: withAdapter <= 170,
    },
    { name: 'initial CSS (gzip)', value: gz(styles) / 1024, unit: 'kB' },
  ];
}
