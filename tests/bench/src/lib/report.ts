import { median, percentile } from './stats.js';

/** One line of the bench table: a figure, the baseline run beside it in the same invocation, and the target. */
export interface Row {
  measure: string;
  figure: number;
  unit: string;
  baseline?: { name: string; figure: number; unit: string };
  /** How the figure compares with the baseline, as printed: "5.2×", "+0.31 ms". */
  comparison?: string;
  /** The comparison as a number, for the JSON (ratio or difference). */
  comparisonValue?: number;
  target: string;
  /** undefined: a figure to report, no target. */
  met?: boolean;
  /** Server CPU microseconds per request (or per MiB), figure and baseline: what a busy machine distorts least. */
  cpuMicros?: { figure?: number; baseline?: number; per?: 'req' | 'MiB' };
  /** Anything else a reader needs to trust or explain the figure (rounds, peaks, counts). */
  details?: Record<string, unknown>;
}

export interface FailedMeasure {
  measure: string;
  error: string;
}

/**
 * The median of per-round ratios: each round runs the figure and its baseline back to back, so a burst of noise
 * from elsewhere on the machine hits both sides of one ratio rather than one side of the medians.
 */
export function roundRatio(
  figures: readonly number[],
  baselines: readonly number[],
): { comparison: string; comparisonValue: number } {
  const perRound = figures.map((figure, i) => figure / (baselines[i] as number));
  const value = median(perRound);
  return { comparison: `${value.toFixed(2)}×`, comparisonValue: value };
}

/**
 * A row of timed samples (ms) judged by their median against a ceiling, with every sample and the p90 kept so a
 * reader can see the spread behind the figure.
 */
export function p50Row(
  measure: string,
  timings: readonly number[],
  targetMs: number,
  extra: Pick<Row, 'baseline' | 'comparison' | 'comparisonValue'> & {
    details?: Record<string, unknown>;
  } = {},
): Row {
  const p50 = percentile(timings, 50);
  const { details, ...comparison } = extra;
  return {
    measure,
    figure: p50,
    unit: 'ms',
    ...comparison,
    target: `p50 ≤ ${targetMs} ms`,
    met: p50 <= targetMs,
    details: { timingsMs: timings.map((t) => Math.round(t)), p90Ms: percentile(timings, 90), ...details },
  };
}

export function formatFigure(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'req/s') return `${Math.round(value).toLocaleString('en-US')} req/s`;
  if (unit === 'ms') return `${value.toFixed(2)} ms`;
  if (unit === 'MiB/s' || unit === 'MiB') return `${value.toFixed(1)} ${unit}`;
  if (unit === 'KiB') return `${value.toFixed(1)} KiB`;
  return `${value} ${unit}`;
}

function cpuCell(cpu: Row['cpuMicros']): string {
  if (!cpu || cpu.figure === undefined) return '—';
  const figure = Math.round(cpu.figure);
  const per = `/${cpu.per ?? 'req'}`;
  return cpu.baseline === undefined ? `${figure} ${per}` : `${figure} vs ${Math.round(cpu.baseline)} ${per}`;
}

function cells(row: Row): string[] {
  return [
    row.measure,
    formatFigure(row.figure, row.unit),
    row.baseline ? `${row.baseline.name}: ${formatFigure(row.baseline.figure, row.baseline.unit)}` : '—',
    row.comparison ?? '—',
    cpuCell(row.cpuMicros),
    row.target,
    row.met === undefined ? 'report' : row.met ? 'met' : 'NOT met',
  ];
}

/** A Markdown table, so the same text reads in a terminal and pastes into a README. */
export function renderTable(rows: readonly Row[], failures: readonly FailedMeasure[]): string {
  const header = [
    'measure',
    'figure',
    'baseline beside it',
    'vs baseline',
    'server CPU µs',
    'target',
    'result',
  ];
  const body = rows.map(cells);
  for (const failure of failures)
    body.push([failure.measure, 'FAILED', '—', '—', '—', '—', failure.error.split('\n')[0] ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => (line[i] ?? '').length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}
