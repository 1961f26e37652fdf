'use client';

import { useLayoutEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  colour: string;
  values: (number | null)[];
  /** bars: one bar per bucket; line: a line through the buckets. */
  kind: 'bars' | 'line';
  dash?: number[];
  /** Mark each value of a line (a lone value between gaps draws no line). */
  points?: boolean;
}

interface TimeSeriesChartProps {
  /** Bucket starts, Unix seconds. */
  x: number[];
  /** Drawn in this order: later series paint over earlier ones (a stack lists its top first). */
  series: ChartSeries[];
  /** Formats the y axis' ticks. */
  yFormat?: (value: number) => string;
  /** The one sentence a screen reader hears instead of the picture (the table beside it has the figures). */
  label: string;
  height?: number;
}

/**
 * A uPlot canvas in a box of fixed height (so refreshes never move the page): created once, then fed new data in
 * place with `setData`; a new set of series (another outcome appears) makes a new plot. Times are UTC, like the
 * tables, so the server's and the browser's renderings agree.
 */
export function TimeSeriesChart({ x, series, yFormat, label, height = 180 }: TimeSeriesChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const shape = series.map((s) => `${s.label}:${s.kind}`).join('|');
  const data: uPlot.AlignedData = [x, ...series.map((s) => s.values)];
  const latest = useRef({ data, yFormat });
  latest.current = { data, yFormat };

  // A layout effect, so the plot is drawn in the same frame as the page around it (a passive effect would paint an
  // empty box first and the chart one frame later).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the plot is rebuilt only when the series change shape
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    // Each bar spans its bucket (it starts at the bucket's start), so the x scale runs to the end of the last one.
    const bars = uPlot.paths.bars?.({ size: [0.9, 64], align: 1 });
    const step = () => {
      const xs = latest.current.data[0];
      return xs.length > 1 ? (xs[1] as number) - (xs[0] as number) : 60;
    };
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 200),
        height,
        legend: { show: false },
        cursor: { show: false },
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        scales: {
          x: { time: true, range: (_u, min, max) => [min, max + step()] },
          y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
        },
        axes: [
          { stroke: '#444', grid: { stroke: '#e5e5e5' }, ticks: { stroke: '#ccc' } },
          {
            stroke: '#444',
            // Wide enough for "1023.99 KiB" and "250 ms": labels are right-aligned and would lose their first digits.
            size: 88,
            grid: { stroke: '#e5e5e5' },
            ticks: { stroke: '#ccc' },
            values: (_u, splits) =>
              splits.map((value) => (latest.current.yFormat ? latest.current.yFormat(value) : String(value))),
          },
        ],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.colour,
            width: s.kind === 'bars' ? 0 : 2,
            ...(s.kind === 'bars' && { fill: s.colour, paths: bars }),
            ...(s.dash && { dash: s.dash }),
            points: s.points ? { show: true, size: 6, fill: s.colour } : { show: false },
            spanGaps: false,
          })),
        ],
      },
      latest.current.data,
      element,
    );
    plot.current = chart;
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(element.clientWidth, 200), height }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [shape, height]);

  useLayoutEffect(() => {
    // uPlot keeps the array it drew: a plot built in this commit already shows `data`.
    if (plot.current && plot.current.data !== data) plot.current.setData(data);
  });

  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} />;
}

/** The chart's key: what each colour and line style means (uPlot's own legend is off: it would be a second table). */
export function ChartKey({ series }: { series: Pick<ChartSeries, 'label' | 'colour' | 'kind' | 'dash'>[] }) {
  return (
    <ul className="chart-key">
      {series.map((s) => (
        <li key={s.label}>
          <svg width="18" height="10" aria-hidden="true" focusable="false">
            {s.kind === 'bars' ? (
              <rect width="18" height="10" fill={s.colour} />
            ) : (
              <line
                x1="0"
                y1="5"
                x2="18"
                y2="5"
                stroke={s.colour}
                strokeWidth="2"
                strokeDasharray={s.dash?.join(' ')}
              />
            )}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
