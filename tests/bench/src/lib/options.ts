/** How big a run is. `--quick` (or BENCH_QUICK=1) is the smoke run `npm test` executes: every row, smaller. */
export interface BenchOptions {
  quick: boolean;
  /** Rounds per measure; the table reports the median. */
  rounds: number;
  /** Seconds of load per autocannon round. */
  loadSeconds: number;
  /** Seconds of warm-up load before the measured rounds (JIT, caches, keep-alive pools). */
  warmupSeconds: number;
  /** Sequential samples for the 1-connection latency rows. */
  latencySamples: number;
  largeFileBytes: number;
  concurrentDownloads: number;
  concurrentFileBytes: number;
  dedupeRequests: number;
  batchIds: number;
  adminLookups: number;
  /** Files in the account whose list the gateway and core's list() fetch. */
  listFiles: number;
  /** Sequential list calls per round, on each side. */
  listSamples: number;
  /** Files in the account the admin's /browse shows. */
  browseFiles: number;
  /** Timed /browse loads. */
  browseLoads: number;
  /** Only these measures (by name), from `--only a,b`; empty = all. */
  only: string[];
}

export function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const quick = argv.includes('--quick') || env.BENCH_QUICK === '1';
  const onlyArg =
    argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? env.BENCH_ONLY ?? '';
  const only = onlyArg.split(',').filter(Boolean);
  const MiB = 1024 * 1024;
  return quick
    ? {
        quick,
        rounds: 1,
        loadSeconds: 1,
        warmupSeconds: 0.5,
        latencySamples: 200,
        largeFileBytes: 64 * MiB,
        concurrentDownloads: 20,
        concurrentFileBytes: 4 * MiB,
        dedupeRequests: 200,
        batchIds: 100,
        adminLookups: 5,
        listFiles: 100,
        listSamples: 50,
        browseFiles: 1_000,
        browseLoads: 5,
        only,
      }
    : {
        quick,
        rounds: 3,
        loadSeconds: 5,
        warmupSeconds: 2,
        latencySamples: 2000,
        largeFileBytes: 1024 * MiB,
        concurrentDownloads: 20,
        concurrentFileBytes: 100 * MiB,
        dedupeRequests: 1000,
        batchIds: 100,
        adminLookups: 20,
        listFiles: 1_000,
        listSamples: 500,
        browseFiles: 10_000,
        browseLoads: 20,
        only,
      };
}
