/** Repeated timings summed up as the bench prints them, and its table. */

export interface Figure {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

export function figure(values: readonly number[]): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, runs: sorted.length };
}

export function timed(operation: () => unknown): number {
  const start = performance.now();
  operation();
  return performance.now() - start;
}

export const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`);
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** "1.23 ms (0.98–2.10, n=30)": the median, then min and max. */
export function spread(value: Figure, unit: (value: number) => string = ms): string {
  return `${unit(value.median)} (${unit(value.min)}–${unit(value.max)}, n=${String(value.runs)})`;
}

export interface Row {
  what: string;
  measured: string;
  target: string;
  comparison: string;
  /** Met, missed, or only printed (absolute figures on a noisy machine). */
  verdict: 'met' | 'MISSED' | '';
}

export function printTable(title: string, rows: readonly Row[]): void {
  const header: Row = { what: title, measured: 'measured: median (min–max)', target: 'target', comparison: 'comparison in this run', verdict: '' };
  const columns = ['what', 'measured', 'target', 'comparison', 'verdict'] as const;
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: Row) => columns.map((column, index) => row[column].padEnd(widths[index] ?? 0)).join('  ').trimEnd();
  console.log(`\n${line(header)}`);
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** An absolute target beside its figure: printed, never deciding the exit code. */
export function against(value: number, target: number): Row['verdict'] {
  return value <= target ? 'met' : 'MISSED';
}
