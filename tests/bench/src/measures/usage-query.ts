// The overview's gateway query (`Query.usage`, issue 15) over a week of a million audit rows, on the embedded
// engine (PGlite) and on PostgreSQL (Debian's server, started here): the query as the gateway runs it (hourly
// roll-ups for whole-hour intervals) beside the naive query on the rows, timed alternately in one process per engine.
// Then the page over the same rows: the built admin signed in over a gateway on that store, the first chart timed in
// the browser from the click on Overview, and on Last week.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../../../../scripts/local-servers.mjs';
import { runChildScript } from '../lib/child-script.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { type FirstChartTimings, timeOverviewFirstChart } from '../lib/overview-first-chart.js';
import { p50Row, type Row } from '../lib/report.js';
import { percentile } from '../lib/stats.js';

interface Timings {
  usageP50Ms: number;
  naiveP50Ms: number;
  usageMs: number[];
  naiveMs: number[];
}
interface Result {
  engine: string;
  rows: number;
  lookupsInWeek: number;
  seedSeconds: number;
  ranges: Record<'week' | 'day' | 'hour', Timings>;
}

const TARGET_MS = 200;
const FIRST_CHART_TARGET_MS = 500;
const RANGES = [
  ['week', 'last week, 1 h buckets (roll-ups)'],
  ['day', 'last day, 1 h buckets (roll-ups)'],
  ['hour', 'last hour, 1 min buckets (rows by time index)'],
] as const;

export const usageQuery: Measure = {
  name: 'usage-query',
  async run({ options, log }) {
    const rows = options.quick ? 20_000 : 1_000_000;
    const samples = options.quick ? 3 : 15;
    return await withProcesses(async (track) => {
      const scratch = mkdtempSync(join(tmpdir(), 'mmf-bench-usage-'));
      track({ stop: async () => rmSync(scratch, { recursive: true, force: true }) });
      const postgres = track(await startPostgres());
      const results: (Result & { firstChart: FirstChartTimings | null })[] = [];
      const engines = [
        {
          child: { BENCH_DATA_DIR: join(scratch, 'pglite') },
          gateway: { DATA_DIR: join(scratch, 'pglite') },
        },
        { child: { BENCH_DATABASE_URL: postgres.url }, gateway: { DATABASE_URL: postgres.url } },
      ];
      for (const [index, engine] of engines.entries()) {
        const result = await runChildScript<Result>('baselines/usage-queries.ts', {
          ...engine.child,
          BENCH_ROWS: String(rows),
          BENCH_SAMPLES: String(samples),
        });
        log(
          `${result.engine}: ${result.rows} rows seeded in ${result.seedSeconds.toFixed(1)} s; week usage p50 ${result.ranges.week.usageP50Ms.toFixed(1)} ms, naive ${result.ranges.week.naiveP50Ms.toFixed(1)} ms`,
        );
        // The page over the same rows, through a gateway and the admin (the smoke run: the embedded engine only).
        const firstChart =
          options.quick && index > 0
            ? null
            : await timeOverviewFirstChart(engine.gateway, options.quick ? 2 : 9);
        if (firstChart) {
          log(
            `${result.engine}: first chart painted p50 ${percentile(firstChart.hourMs, 50).toFixed(0)} ms after clicking Overview, ${percentile(firstChart.weekMs, 50).toFixed(0)} ms after clicking Last week`,
          );
        }
        results.push({ ...result, firstChart });
      }
      return results.flatMap((result) => [
        ...RANGES.map(([range, label]): Row => {
          const timings = result.ranges[range];
          const ratio = timings.usageP50Ms / timings.naiveP50Ms;
          return {
            measure: `usage query p50, ${result.engine}, ${result.rows.toLocaleString('en-US')} audit rows: ${label}`,
            figure: timings.usageP50Ms,
            unit: 'ms',
            baseline: { name: 'naive query on the rows', figure: timings.naiveP50Ms, unit: 'ms' },
            comparison: `${ratio.toFixed(2)}×`,
            comparisonValue: ratio,
            target: `≤ ${TARGET_MS} ms`,
            met: timings.usageP50Ms <= TARGET_MS,
            details: {
              ...timings,
              samples,
              seedSeconds: result.seedSeconds,
              lookupsInWeek: result.lookupsInWeek,
            },
          };
        }),
        ...firstChartRows(result.engine, result.rows, result.firstChart),
      ]);
    });
  },
};

function firstChartRows(engine: string, rows: number, timings: FirstChartTimings | null): Row[] {
  if (!timings) return [];
  const over = `${engine}, ${rows.toLocaleString('en-US')} audit rows`;
  return [
    p50Row(
      `admin /overview: first chart painted after clicking Overview (last hour), ${over}`,
      timings.hourMs,
      FIRST_CHART_TARGET_MS,
    ),
    p50Row(
      `admin /overview: first chart painted after clicking Last week, ${over}`,
      timings.weekMs,
      FIRST_CHART_TARGET_MS,
    ),
  ];
}
