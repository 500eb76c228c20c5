/** What a figure is compared with, measured in the same run (the same machine, the same moment). */
export interface PeerFigure {
  name: string;
  /** NaN prints as "n/a". */
  value: number;
  unit: string;
}

export interface BenchFigure {
  name: string;
  /** NaN prints as "n/a". */
  value: number;
  unit: string;
  /** The bar of DESIGN.md, in words. */
  bar?: string;
  pass?: boolean;
  peer?: PeerFigure;
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit ? `${text} ${unit}` : text;
}

function ratio(f: BenchFigure): string {
  const peer = f.peer;
  if (!peer || !Number.isFinite(f.value) || !Number.isFinite(peer.value) || peer.value === 0) return '';
  if (peer.unit !== f.unit) return '';
  return `×${(f.value / peer.value).toFixed(2)}`;
}

/** The rows of the one table `npm run bench` prints: figure, ours, peer, peer's value, ours ÷ peer, bar, verdict. */
export function tableRows(figures: readonly BenchFigure[]): string[][] {
  return [
    ['figure', 'ours', 'peer (same run)', 'peer', 'ours÷peer', 'bar', ''],
    ...figures.map((f) => [
      f.name,
      format(f.value, f.unit),
      f.peer?.name ?? '',
      f.peer ? format(f.peer.value, f.peer.unit) : '',
      ratio(f),
      f.bar ?? '',
      f.pass === undefined ? '' : f.pass ? 'ok' : 'OVER THE BAR',
    ]),
  ];
}

/** One Markdown-compatible table: pipes between columns, padded for the terminal. */
export function printTable(figures: readonly BenchFigure[]): void {
  const rows = tableRows(figures);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(rows[0] ?? []));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

/** Progress while the bench runs (the table comes once, at the end). */
export function printFigures(figures: readonly BenchFigure[]): void {
  for (const f of figures)
    console.error(
      `  ${f.name}: ${format(f.value, f.unit)}${f.peer ? `  (peer ${f.peer.name}: ${format(f.peer.value, f.peer.unit)})` : ''}`,
    );
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
