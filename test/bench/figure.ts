export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** The bar of DESIGN.md, in words. */
  bar?: string;
  pass?: boolean;
}

export function printFigures(figures: readonly BenchFigure[]): void {
  const rows = figures.map((f) => [
    f.name,
    `${f.value.toFixed(f.value >= 100 ? 0 : 1)} ${f.unit}`,
    f.bar ?? '',
    f.pass === undefined ? '' : f.pass ? 'ok' : 'OVER THE BAR',
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
