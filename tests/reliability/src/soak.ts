/**
 * `pnpm soak`: 10,000 GraphQL requests at 100 concurrent with 20 % of ids faulted, downloads alongside,
 * against the real gateway process. Exits non-zero unless: 0 crashes, every response valid GraphQL over
 * HTTP with the right union member, every download exact (or a failed transfer where the upstream cut it),
 * and the gateway's RSS at the end within 20 % of its level after warm-up.
 */
import { formatFigures } from './figures.js';
import { startStack } from './harness/stack.js';
import { formatLoadReport } from './load/format-report.js';
import { runLoad } from './load/run-load.js';
import { LOAD_GATEWAY_ENV } from './load/soak-settings.js';

const REQUESTS = Number(process.env.SOAK_REQUESTS ?? 10_000);
const WARMUP = Number(process.env.SOAK_WARMUP ?? 2_000);
const CONCURRENCY = 100;
const RSS_GROWTH_LIMIT = 0.2;

const log = (line: string) => process.stdout.write(`${line}\n`);

// The emulator's log keeps every request of the run, so the upstream count is complete.
const stack = await startStack({ gatewayEnv: LOAD_GATEWAY_ENV, emulator: { requestLogLimit: 1_000_000 } });
let failures: string[] = [];
try {
  log(
    `soak: ${REQUESTS.toLocaleString('en-US')} requests at ${CONCURRENCY} concurrent, 20 % of ids faulted, after ${WARMUP.toLocaleString('en-US')} warm-up requests`,
  );
  const report = await runLoad(stack, {
    warmupRequests: WARMUP,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    faultedShare: 0.2,
    downloads: Math.max(20, Math.round(REQUESTS / 25)),
    downloadConcurrency: 8,
    seed: 20260527,
    log,
  });
  log(`\nSoak results:\n${formatLoadReport(report)}`);
  const growth = report.rssEndBytes / report.rssAfterWarmupBytes - 1;
  failures = [
    ...(report.gatewayRunning ? [] : ['the gateway crashed']),
    ...(report.transportErrors > 0 ? [`${report.transportErrors} transport errors`] : []),
    ...(report.problemCount > 0 ? [`${report.problemCount} invalid responses or wrong members`] : []),
    ...(report.requests === REQUESTS + WARMUP
      ? []
      : [`${report.requests} of ${REQUESTS + WARMUP} requests answered`]),
    ...(report.downloadsComplete +
      report.truncatedDownloadsFailedCleanly +
      report.truncatedDownloadsServedByFallback ===
    report.downloads
      ? []
      : ['a download was neither exact nor a failed transfer']),
    ...(growth <= RSS_GROWTH_LIMIT
      ? []
      : [`RSS grew ${(growth * 100).toFixed(1)} % after warm-up (limit 20 %)`]),
    ...(report.timeoutsUnderLoad < report.idsLookedUp / 20 ? [] : ['too many timeouts under load']),
    ...report.secretsInLogs.map((leak) => `secret in the gateway's output: ${leak}`),
  ];
  log(
    `\nFigures:\n${formatFigures(
      {
        requestsServedUnderFaults: report.requests + report.downloads,
        faultsSurvived: report.faultedIdsLookedUp + report.truncatedDownloadsFailedCleanly,
        peakRssBytes: report.peakRssBytes,
        leaksFound: report.secretsInLogs.length,
      },
      { measuredOnly: true },
    )}`,
  );
} finally {
  await stack.close();
}
if (failures.length > 0) {
  log(`\nsoak FAILED:\n  - ${failures.join('\n  - ')}`);
  process.exitCode = 1;
} else {
  log('\nsoak passed');
}
