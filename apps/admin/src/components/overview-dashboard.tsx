'use client';

import { useClient } from '@urql/next';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { UsageQuery } from '../graphql/documents';
import { OKABE_ITO, outcomeColour } from '../lib/chart-palette';
import { formatIecSize, groupDigits } from '../lib/iec-size';
import { OVERVIEW_RANGES, type OverviewRange, usageVariables } from '../lib/overview-range';
import { formatUtc } from '../lib/relative-time';
import { bucketLabel, stack, type UsageData, type UsageSeries, usageSeries } from '../lib/usage-series';
import { ChartKey, type ChartSeries, TimeSeriesChart } from './time-series-chart';

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
          <dt>Downloaded</dt>
          <dd>{formatIecSize(usage.total.bytesDownloaded).short}</dd>
        </div>
      </dl>
      <div className="overview-charts">
        <LookupsChart series={series} label={label} />
        <LatencyChart series={series} label={label} />
        <BudgetChart series={series} label={label} />
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

type Label = (seconds: number) => string;

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
  table: { caption: string; columns: string[]; rows: (string | number)[][] };
}) {
  return (
    <figure className="panel chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="hint">{question}</p>
      </figcaption>
      {chart}
      <ChartKey series={keySeries} />
      <details>
        <summary>Show as a table</summary>
        {/* Focusable, so a keyboard can scroll a long table (a week has 168 rows). */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1) */}
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
      </details>
    </figure>
  );
}

function LookupsChart({ series, label }: { series: UsageSeries; label: Label }) {
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

function LatencyChart({ series, label }: { series: UsageSeries; label: Label }) {
  const drawn: ChartSeries[] = [
    { label: 'p50', colour: OKABE_ITO.blue, values: series.p50, kind: 'line', points: true },
    {
      label: 'p95',
      colour: OKABE_ITO.vermillion,
      values: series.p95,
      kind: 'line',
      dash: [6, 4],
      points: true,
    },
  ];
  return (
    <ChartFigure
      id="latency"
      title="Upstream latency"
      question="How long MiniMax took to answer: half the requests were faster than p50, 95 % faster than p95."
      chart={
        <TimeSeriesChart
          x={series.x}
          series={drawn}
          yFormat={(value) => `${value} ms`}
          label="Lines of upstream latency p50 and p95 per interval; the table below has the figures."
        />
      }
      keySeries={drawn}
      table={{
        caption: 'Upstream latency per interval',
        columns: ['Interval', 'p50', 'p95'],
        rows: series.x.map((x, i) => [label(x), milliseconds(series.p50[i]), milliseconds(series.p95[i])]),
      }}
    />
  );
}

function BudgetChart({ series, label }: { series: UsageSeries; label: Label }) {
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

function BytesChart({ series, label }: { series: UsageSeries; label: Label }) {
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

function milliseconds(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value)} ms`;
}
