// The pure parts of the bench's peers: the one table, the library floor's entry, and AG Grid kept out of src/.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableRows } from './figure.ts';
import { floorEntry, libraryImports, valueChainsOnly } from './floor-bundle.ts';
import { attachAgGridPeers, figuresOf } from './scroll-bench.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('ag-grid-community', () => {
  it('is imported by nothing under src/ (a dev dependency of the bench alone)', () => {
    const src = resolve(import.meta.dirname, '../../src');
    const importers = filesUnder(src).filter(
      (f) => /\.(ts|tsx|js|css)$/.test(f) && /ag-grid/.test(readFileSync(f, 'utf8')),
    );
    expect(importers).toEqual([]);
  });
});

describe('tableRows', () => {
  it('puts each peer beside its figure, with the ratio when the units agree, and n/a for NaN', () => {
    const rows = tableRows([
      {
        name: 'a',
        value: 150,
        unit: 'kB',
        bar: '≤ 170 kB',
        pass: true,
        peer: { name: 'floor', value: 100, unit: 'kB' },
      },
      { name: 'merged', value: NaN, unit: 'ms', peer: { name: 'static', value: 50, unit: 'ms' } },
      { name: 'plain', value: 3.14159, unit: 'ms' },
    ]);
    expect(rows[1]).toEqual(['a', '150 kB', 'floor', '100 kB', '×1.50', '≤ 170 kB', 'ok']);
    expect(rows[2]?.slice(0, 5)).toEqual(['merged', 'n/a', 'static', '50.0 ms', '']);
    expect(rows[3]?.slice(0, 4)).toEqual(['plain', '3.14 ms', '', '']);
  });
});

describe('the library floor entry', () => {
  it('imports the same value bindings and member chains as our modules, not types, not re-exports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'floor-test-'));
    try {
      const a = join(dir, 'a.tsx');
      const b = join(dir, 'b.ts');
      writeFileSync(
        a,
        [
          "import { useState, type ReactNode } from 'react';",
          "import type { Page } from 'playwright-core';",
          "import { z } from 'zod/mini';",
          "import { helper } from './local.ts';",
          '// useMemo in a comment is no use',
          'export { z };',
          'export function A(): ReactNode { const [s] = useState(0); return <b>{s}{helper}</b>; }',
          'const schema = z.object({ a: z.string() }); type T = z.infer<typeof schema>;',
        ].join('\n'),
      );
      writeFileSync(b, "import { z } from './a.tsx';\nexport const n = z.number();\n");
      const imports = await valueChainsOnly(libraryImports([a, b]));
      const entry = floorEntry(imports);
      expect(entry).toMatch(/import \{ useState as l\d+ \} from "react";/);
      expect(entry).not.toContain('playwright');
      expect(entry).not.toContain('useMemo');
      expect(entry).toMatch(/l\d+\.object/);
      expect(entry).toMatch(/l\d+\.number/); // read through the re-export, in b.ts
      expect(entry).not.toMatch(/l\d+\.infer/); // a type: not a value of zod/mini
      const zLocal = /import \{ z as (l\d+) \} from "zod\/mini"/.exec(entry)?.[1] ?? '?';
      const kept = /__floor = \[(.*)\]/.exec(entry)?.[1]?.split(', ') ?? [];
      expect(kept).not.toContain(zLocal); // the namespace whole would keep all of zod
      expect(entry).toContain('react/jsx-runtime');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('attachAgGridPeers', () => {
  it('puts AG Grid beside exactly our p95 frame, long animation frames and heap', () => {
    const run = {
      filterChanges: [100, 120],
      frames: Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 33.3 : 16.7)),
      long: [],
      marks: [],
      heapMb: 40,
      scrolledMs: 10_000,
      observed: ['longtask', 'long-animation-frame'],
    };
    const figures = attachAgGridPeers(figuresOf([run]), { p95: 50, longFrames: 12, heapMb: 90 }, 1);
    const withPeer = figures
      .filter((f) => f.peer)
      .map((f) => [f.name.split(' (')[0], f.peer?.value, f.peer?.unit]);
    expect(withPeer).toEqual([
      ['200,000 rows: animation frames over 50 ms while scrolling', 12, 'frames'],
      ['200,000 rows: p95 frame while scrolling, in vsync intervals of 16.7 ms', 50, 'ms'],
      ['200,000 rows: page JS heap after GC, after scrolling', 90, 'MB'],
    ]);
    const failed = attachAgGridPeers(figuresOf([run]), null, 1).filter((f) => f.peer);
    expect(failed.every((f) => Number.isNaN(f.peer?.value))).toBe(true);
  });
});
