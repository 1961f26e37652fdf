import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { type Stack, startStack } from '../src/harness/stack.js';
import { formatLoadReport } from '../src/load/format-report.js';
import { type LoadReport, runLoad } from '../src/load/run-load.js';
import { LOAD_GATEWAY_ENV } from '../src/load/soak-settings.js';

/** The quick version of `pnpm soak`: 1,000 requests after 1,000 of warm-up, 20 % of ids faulted, downloads alongside. */
describe('load under faults (1,000 requests)', () => {
  let stack: Stack;
  let report: LoadReport;

  beforeAll(async () => {
    stack = await startStack({ gatewayEnv: LOAD_GATEWAY_ENV, emulator: { requestLogLimit: 100_000 } });
    report = await runLoad(stack, {
      // Long enough for the heap to reach its working size, so the RSS comparison means something.
      warmupRequests: 1_000,
      requests: 1_000,
      concurrency: 100,
      faultedShare: 0.2,
      downloads: 40,
      downloadConcurrency: 4,
      seed: 6,
    });
    process.stdout.write(`\nLoad under faults (vitest, 1,000 requests):\n${formatLoadReport(report)}\n`);
  }, 120_000);
  afterAll(() => stack?.close());

  it('answers every request with valid GraphQL over HTTP and the right union member, without crashing', ({
    task,
  }) => {
    record(task, {
      requestsServedUnderFaults: report.requests + report.downloads,
      faultsSurvived: report.faultedIdsLookedUp + report.truncatedDownloadsFailedCleanly,
      peakRssBytes: report.peakRssBytes,
      leaksFound: report.secretsInLogs.length,
    });
    expect(report.secretsInLogs).toEqual([]);
    expect(report.gatewayRunning).toBe(true);
    expect(report.transportErrors).toBe(0);
    expect(report.problems).toEqual([]);
    expect(report.requests).toBe(2_000);
    expect(report.faultedIdsLookedUp).toBeGreaterThan(200);
    // Timeouts of an overloaded upstream (all of it shares two cores) are allowed, but must stay the exception.
    expect(report.timeoutsUnderLoad).toBeLessThan(report.idsLookedUp / 10);
  });

  it('serves every download exactly, and every truncated one as a failed transfer', () => {
    expect(report.downloads).toBe(40);
    expect(
      report.downloadsComplete +
        report.truncatedDownloadsFailedCleanly +
        report.truncatedDownloadsServedByFallback,
    ).toBe(40);
    expect(report.truncatedDownloadsFailedCleanly + report.truncatedDownloadsServedByFallback).toBe(8);
    expect(report.truncatedDownloadsFailedCleanly).toBeGreaterThan(0);
  });

  // 1,000 requests are too few for the soak's 20 % criterion: from garbage-collection timing alone the
  // high-water mark moves by up to ±25 % between runs here. This bound still catches a per-request leak.
  it('ends within 50 % of its RSS after warm-up (the soak holds it to 20 %)', () => {
    expect(report.rssEndBytes).toBeLessThanOrEqual(report.rssAfterWarmupBytes * 1.5);
  });
});
