import { formatMiB } from '../figures.js';
import type { LoadReport } from './run-load.js';

export function formatLoadReport(report: LoadReport): string {
  const growth =
    report.rssAfterWarmupBytes > 0 ? report.rssEndBytes / report.rssAfterWarmupBytes - 1 : Number.NaN;
  return [
    `  GraphQL requests answered ........... ${report.requests.toLocaleString('en-US')} (${report.idsLookedUp.toLocaleString('en-US')} ids, ${report.faultedIdsLookedUp.toLocaleString('en-US')} of them faulted)`,
    `  throughput .......................... ${((report.requests / report.durationMs) * 1000).toFixed(0)} requests/s over ${(report.durationMs / 1000).toFixed(1)} s`,
    `  downloads ........................... ${report.downloads} (${report.downloadsComplete} complete and exact, ${report.truncatedDownloadsFailedCleanly} truncated upstream → failed transfer, ${report.truncatedDownloadsServedByFallback} served whole by a fallback)`,
    `  union members ....................... ${Object.entries(report.members)
      .map(([member, count]) => `${member} ${count}`)
      .join(', ')}`,
    `  invalid responses / wrong members ... ${report.problemCount}`,
    `  timeouts of a slow upstream ......... ${report.timeoutsUnderLoad}`,
    `  transport errors .................... ${report.transportErrors} (and ${report.staleKeepAliveRetries} stale keep-alive sockets retried)`,
    `  gateway running at the end .......... ${report.gatewayRunning ? 'yes (0 crashes)' : 'NO (crashed)'}`,
    `  RSS after warm-up / end / peak ...... ${formatMiB(report.rssAfterWarmupBytes)} / ${formatMiB(report.rssEndBytes)} / ${formatMiB(report.peakRssBytes)} (end ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %)`,
    `  upstream requests (emulator log) .... ${report.upstreamRequests.toLocaleString('en-US')}`,
    `  secrets in the gateway's output ..... ${report.secretsInLogs.length}`,
    ...report.problems.slice(0, 10).map((problem) => `    ! ${problem}`),
  ].join('\n');
}
