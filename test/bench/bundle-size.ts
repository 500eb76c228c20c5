import { readFileSync } from 'node:fs';
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
  return [
    {
      name: 'initial JavaScript (gzip)',
      value: gz(scripts) / 1024,
      unit: 'kB',
      bar: '≤ 170 kB',
      pass: gz(scripts) / 1024 <= 170,
    },
    { name: 'initial CSS (gzip)', value: gz(styles) / 1024, unit: 'kB' },
  ];
}
