import { useState } from 'react';
import { OKABE_ITO, outcomeColour } from '../lib/chart-palette';
import { formatIecSize } from '../lib/iec-size';
import { stack, type UsageSeries } from '../lib/usage-series';
import { ChartKey, type ChartSeries, TimeSeriesChart } from './time-series-chart';

// The overview's charts: each a figure with its question, its key and a table alternative with the same figures.

export type Label = (seconds: number) => string;

function ChartFigure({
  id,
  title,
  question,
  chart,
  keySeries,
  table,
}: {
  id: string;
  title: string;
  question: string;
  chart: React.ReactNode;
  keySeries: ChartSeries[];
  table: Table;
}) {
  return (
    <figure className="panel chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="hint">{question}</p>
      </figcaption>
      {chart}
      <ChartKey series={keySeries} />
      <TableAlternative table={table} />
    </figure>
  );
}

interface Table {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/**
 * The chart's figures as a table behind a disclosure, rendered only while it is open: a week is five tables of 168
 * rows, which a closed disclosure hides from everyone anyway but would still cost their DOM on every load.
 */
function TableAlternative({ table }: { table: Table }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show as a table</summary>
      {open && <FigureTable table={table} />}
    </details>
  );
}

/** Focusable, so a keyboard can scroll a long table (a week has 168 rows). */
function FigureTable({ table }: { table: Table }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
    <section className="table-scroll" tabIndex={0} aria-label={table.caption}>
      <table>
        <caption>{table.caption} (times in UTC)</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={table.columns[index]} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={table.columns[index]}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function LookupsChart({ series, label }: { series: UsageSeries; label: Label }) {
  const stacked = stack(series.lookups);
  const drawn: ChartSeries[] = series.outcomes
    .map((outcome, index) => ({
      label: outcome,
      colour: outcomeColour(outcome),
      values: stacked[index] ?? [],
      kind: 'bars' as const,
    }))
    .reverse();
  return (
    <ChartFigure
      id="lookups"
      title="Look-ups by outcome"
      question="How many look-ups were answered, and how many failed, and why."
      chart={
        <TimeSeriesChart
          x={series.x}
          series={drawn}
          label="Stacked bars of look-ups per interval by outcome; the table below has the figures."
        />
      }
      keySeries={[...drawn].reverse()}
      table={{
        caption: 'Look-ups per interval by outcome',
        columns: ['Interval', ...series.outcomes],
        rows: series.x.map((x, i) => [label(x), ...series.lookups.map((column) => column[i] ?? 0)]),
      }}
    />
  );
}

/** The two latency charts, one picture: p50 solid blue, p95 dashed vermillion (Okabe-Ito). */
const LATENCY_CHARTS = {
  upstream: {
    id: 'latency',
    title: 'Upstream latency',
    question:
      'How long MiniMax took to answer: half the requests were faster than p50, 95 % faster than p95.',
    what: 'upstream latency',
    caption: 'Upstream latency per interval',
    p50: (series: UsageSeries) => series.p50,
    p95: (series: UsageSeries) => series.p95,
  },
  gateway: {
    id: 'gateway-latency',
    title: 'Gateway latency',
    question:
      'How long a look-up took as the gateway served it, from its request to its answer (cache hits and waits for MiniMax included).',
    what: 'gateway latency of look-ups',
    caption: 'Gateway latency of look-ups per interval',
    p50: (series: UsageSeries) => series.gatewayP50,
    p95: (series: UsageSeries) => series.gatewayP95,
  },
} as const;

export function LatencyChart({
  of,
  series,
  label,
}: {
  of: keyof typeof LATENCY_CHARTS;
  series: UsageSeries;
  label: Label;
}) {
  const chart = LATENCY_CHARTS[of];
  const p50 = chart.p50(series);
  const p95 = chart.p95(series);
  const drawn: ChartSeries[] = [
    { label: 'p50', colour: OKABE_ITO.blue, values: p50, kind: 'line', points: true },
    { label: 'p95', colour: OKABE_ITO.vermillion, values: p95, kind: 'line', dash: [6, 4], points: true },
  ];
  return (
    <ChartFigure
      id={chart.id}
      title={chart.title}
      question={chart.question}
      chart={
        <TimeSeriesChart
          x={series.x}
          series={drawn}
          yFormat={(value) => `${value} ms`}
          label={`Lines of ${chart.what} p50 and p95 per interval; the table below has the figures.`}
        />
      }
      keySeries={drawn}
      table={{
        caption: chart.caption,
        columns: ['Interval', 'p50', 'p95'],
        rows: series.x.map((x, i) => [label(x), milliseconds(p50[i]), milliseconds(p95[i])]),
      }}
    />
  );
}

export function BudgetChart({ series, label }: { series: UsageSeries; label: Label }) {
  const budget = series.budget;
  const drawn: ChartSeries[] = [
    { label: 'Upstream requests', colour: OKABE_ITO.skyBlue, values: series.requests, kind: 'bars' },
    ...(budget === null
      ? []
      : [
          {
            label: 'Budget (MINIMAX_RPM)',
            colour: OKABE_ITO.vermillion,
            values: series.x.map(() => budget),
            kind: 'line' as const,
            dash: [4, 4],
          },
        ]),
  ];
  return (
    <ChartFigure
      id="budget"
      title="Upstream requests and budget"
      question={
        budget === null
          ? 'How many requests went to MiniMax (no MINIMAX_RPM budget is set).'
          : 'How many requests went to MiniMax against what MINIMAX_RPM allows: the gap is the headroom.'
      }
      chart={
        <TimeSeriesChart
          x={series.x}
          series={drawn}
          label="Bars of upstream requests per interval with the budget as a line; the table below has the figures."
        />
      }
      keySeries={drawn}
      table={{
        caption: 'Upstream requests per interval',
        columns: ['Interval', 'Requests', 'Budget', 'Headroom'],
        rows: series.x.map((x, i) => {
          const requests = series.requests[i] ?? 0;
          return [label(x), requests, budget ?? 'none', budget === null ? '—' : budget - requests];
        }),
      }}
    />
  );
}

export function BytesChart({ series, label }: { series: UsageSeries; label: Label }) {
  const drawn: ChartSeries[] = [
    { label: 'Bytes downloaded', colour: OKABE_ITO.bluishGreen, values: series.bytes, kind: 'bars' },
  ];
  return (
    <ChartFigure
      id="bytes"
      title="Bytes downloaded"
      question="How much went out through the gateway's downloads."
      chart={
        <TimeSeriesChart
          x={series.x}
          series={drawn}
          yFormat={(value) => formatIecSize(String(Math.round(value))).short}
          label="Bars of bytes downloaded per interval; the table below has the figures."
        />
      }
      keySeries={drawn}
      table={{
        caption: 'Bytes downloaded per interval',
        columns: ['Interval', 'Downloaded'],
        rows: series.x.map((x, i) => [label(x), formatIecSize(String(series.bytes[i] ?? 0)).short]),
      }}
    />
  );
}

export function milliseconds(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value)} ms`;
}
