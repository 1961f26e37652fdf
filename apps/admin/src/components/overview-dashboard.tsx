'use client';

import { useClient } from '@urql/next';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { UsageQuery } from '../graphql/documents';
import { formatIecSize, groupDigits } from '../lib/iec-size';
import { OVERVIEW_RANGES, type OverviewRange, usageVariables } from '../lib/overview-range';
import { formatUtc } from '../lib/relative-time';
import { bucketLabel, type UsageData, usageSeries } from '../lib/usage-series';
import { BudgetChart, BytesChart, LatencyChart, LookupsChart, milliseconds } from './usage-charts';

export const REFRESH_MS = 10_000;

interface OverviewDashboardProps {
  range: OverviewRange;
  /** What the server fetched for the first paint; null when the gateway could not answer it. */
  initial: UsageData | null;
  /** When `initial` was fetched (ms). */
  fetchedAt: number;
}

/**
 * The overview's figures for one range, refreshed in place every 10 s through the admin's /api/graphql (while the
 * tab is visible): the charts take new data without being rebuilt and every box keeps its size, so nothing moves.
 * A failed refresh keeps the last figures and says since when.
 */
export function OverviewDashboard({ range, initial, fetchedAt }: OverviewDashboardProps) {
  const client = useClient();
  const [usage, setUsage] = useState(initial);
  const [updatedAt, setUpdatedAt] = useState(initial ? fetchedAt : null);
  const [failedAt, setFailedAt] = useState<number | null>(initial ? null : fetchedAt);

  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.hidden) return;
      const result = await client
        .query(UsageQuery, usageVariables(range), { requestPolicy: 'network-only' })
        .toPromise();
      if (stopped) return;
      if (result.data) {
        setUsage(result.data.usage);
        setUpdatedAt(Date.now());
        setFailedAt(null);
      } else {
        setFailedAt(Date.now());
      }
    };
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [client, range]);

  const rangeText = OVERVIEW_RANGES[range].label.toLowerCase();
  return (
    <>
      <p className="overview-status" data-testid="overview-status">
        {failedAt !== null
          ? `Could not reach the gateway at ${formatUtc(new Date(failedAt))}${updatedAt ? `; showing the figures of ${formatUtc(new Date(updatedAt))}` : ''}. Trying again every 10 seconds.`
          : `Updated ${updatedAt ? formatUtc(new Date(updatedAt)) : ''}; refreshes every 10 seconds.`}
      </p>
      {usage === null ? (
        <section className="panel" aria-labelledby="unreachable-heading">
          <h2 id="unreachable-heading">The gateway cannot be reached</h2>
          <p>
            The overview has nothing to show until the gateway answers. This page asks again every 10 seconds;
            there is nothing you need to do.
          </p>
        </section>
      ) : (
        <UsageFigures usage={usage} rangeText={rangeText} />
      )}
    </>
  );
}

function UsageFigures({ usage, rangeText }: { usage: UsageData; rangeText: string }) {
  const series = usageSeries(usage);
  const rangeSeconds = (Date.parse(usage.to) - Date.parse(usage.from)) / 1000;
  const label = (seconds: number) => bucketLabel(seconds, usage.interval, rangeSeconds);
  const total = usage.total.lookups.reduce((sum, row) => sum + row.count, 0);
  if (series.empty) {
    return (
      <section className="panel overview-empty" aria-labelledby="empty-heading">
        <h2 id="empty-heading">Nothing happened in the {rangeText}</h2>
        <p>
          No look-ups, upstream requests or downloads. Charts appear as soon as there is something to draw.
        </p>
      </section>
    );
  }
  return (
    <>
      <dl className="overview-totals">
        <div>
          <dt>Look-ups</dt>
          <dd>{groupDigits(String(total))}</dd>
        </div>
        <div>
          <dt>Upstream requests</dt>
          <dd>{groupDigits(String(usage.total.upstreamRequests))}</dd>
        </div>
        <div>
          <dt>Upstream latency p50 / p95</dt>
          <dd>
            {milliseconds(usage.total.upstreamLatencyP50Ms)} /{' '}
            {milliseconds(usage.total.upstreamLatencyP95Ms)}
          </dd>
        </div>
        <div>
          <dt>Gateway latency p50 / p95</dt>
          <dd>
            {milliseconds(usage.total.gatewayLatencyP50Ms)} / {milliseconds(usage.total.gatewayLatencyP95Ms)}
          </dd>
        </div>
        <div>
          <dt>Downloaded</dt>
          <dd>{formatIecSize(usage.total.bytesDownloaded).short}</dd>
        </div>
      </dl>
      <div className="overview-charts">
        {/* Two to a row on a wide screen: the two latencies side by side, the MiniMax one first. */}
        <LookupsChart series={series} label={label} />
        <BudgetChart series={series} label={label} />
        <LatencyChart of="upstream" series={series} label={label} />
        <LatencyChart of="gateway" series={series} label={label} />
        <BytesChart series={series} label={label} />
      </div>
      <div className="overview-tables">
        <TopFiles usage={usage} />
        <TopOperators usage={usage} />
      </div>
      <UpstreamErrors usage={usage} />
    </>
  );
}

function TopFiles({ usage }: { usage: UsageData }) {
  return (
    <section className="panel" aria-labelledby="top-files-heading">
      <h2 id="top-files-heading">Top files</h2>
      {usage.topFiles.length === 0 ? (
        <p className="hint">No downloads in this range.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Files by downloads</caption>
          <thead>
            <tr>
              <th scope="col">File ID</th>
              <th scope="col">Downloads</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {usage.topFiles.map((file) => (
              <tr key={file.fileId}>
                <td>
                  <Link href={`/files/${file.fileId}`}>{file.fileId}</Link>
                </td>
                <td>{groupDigits(String(file.downloads))}</td>
                <td>{formatIecSize(file.bytes).short}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function TopOperators({ usage }: { usage: UsageData }) {
  return (
    <section className="panel" aria-labelledby="top-operators-heading">
      <h2 id="top-operators-heading">Top operators</h2>
      {usage.topOperators.length === 0 ? (
        <p className="hint">No look-ups or downloads in this range.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Operators by look-ups and downloads</caption>
          <thead>
            <tr>
              <th scope="col">Operator</th>
              <th scope="col">Look-ups</th>
              <th scope="col">Downloads</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {usage.topOperators.map((operator) => (
              <tr key={operator.name}>
                <td>{operator.name}</td>
                <td>{groupDigits(String(operator.lookups))}</td>
                <td>{groupDigits(String(operator.downloads))}</td>
                <td>{formatIecSize(operator.bytes).short}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function UpstreamErrors({ usage }: { usage: UsageData }) {
  return (
    <section className="panel" aria-labelledby="upstream-errors-heading">
      <h2 id="upstream-errors-heading">Last upstream errors</h2>
      {usage.upstreamErrors.length === 0 ? (
        <p className="hint">MiniMax failed no request in this range.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-label="Upstream errors, newest first">
          <table>
            <caption className="visually-hidden">Upstream errors, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Time (UTC)</th>
                <th scope="col">File ID</th>
                <th scope="col">Outcome</th>
                <th scope="col">Code</th>
                <th scope="col">Trace ID</th>
                <th scope="col">Operator</th>
              </tr>
            </thead>
            <tbody>
              {usage.upstreamErrors.map((error) => (
                <tr key={`${error.at}-${error.traceId ?? ''}-${error.fileId ?? ''}`}>
                  <td>{formatUtc(new Date(error.at))}</td>
                  <td>
                    {error.fileId ? <Link href={`/files/${error.fileId}`}>{error.fileId}</Link> : 'list'}
                  </td>
                  <td>{error.outcome}</td>
                  <td>{error.upstreamCode ?? '—'}</td>
                  <td>
                    <code>{error.traceId ?? '—'}</code>
                  </td>
                  <td>{error.actor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
