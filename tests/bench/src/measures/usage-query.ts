// The overview's gateway query (`Query.usage`, issue 15) over a week of a million audit rows, on the embedded
// engine (PGlite) and on PostgreSQL (Debian's server, started here): the query as the gateway runs it (hourly
// roll-ups for whole-hour intervals) beside the naive query on the rows, timed alternately in one process per engine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../../../../scripts/local-servers.mjs';
import { runChildScript } from '../lib/child-script.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import type { Row } from '../lib/report.js';

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
      const results: Result[] = [];
      for (const target of [
        { BENCH_DATA_DIR: join(scratch, 'pglite') },
        { BENCH_DATABASE_URL: postgres.url },
      ]) {
        const result = await runChildScript<Result>('baselines/usage-queries.ts', {
          ...target,
          BENCH_ROWS: String(rows),
          BENCH_SAMPLES: String(samples),
        });
        log(
          `${result.engine}: ${result.rows} rows seeded in ${result.seedSeconds.toFixed(1)} s; week usage p50 ${result.ranges.week.usageP50Ms.toFixed(1)} ms, naive ${result.ranges.week.naiveP50Ms.toFixed(1)} ms`,
        );
        results.push(result);
      }
      return results.flatMap((result) =>
        RANGES.map(([range, label]): Row => {
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
      );
    });
  },
};
