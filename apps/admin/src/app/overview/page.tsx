import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { OverviewDashboard } from '../../components/overview-dashboard';
import { UsageQuery } from '../../graphql/documents';
import {
  OVERVIEW_RANGES,
  type OverviewRange,
  parseOverviewRange,
  usageVariables,
} from '../../lib/overview-range';
import { currentOperator } from '../../server/current-operator';
import { gatewayClient, isUnauthorized } from '../../server/gateway';
import { requireSessionId } from '../../server/session';

export const metadata: Metadata = { title: 'Overview · MiniMax Files' };

interface OverviewPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Upstream health and usage at a glance (OPERATOR and ADMIN). The first figures are fetched here, so the first
 * HTML holds the tables and the charts draw as soon as the page is interactive; the dashboard refreshes from there.
 */
export default async function OverviewPage({ searchParams }: OverviewPageProps) {
  const session = await requireSessionId();
  const range = parseOverviewRange((await searchParams).range);
  const operator = await currentOperator();
  if (operator !== null && operator !== 'unknown' && operator.role === 'VIEWER') {
    return (
      <>
        <h1>Overview</h1>
        <section className="panel" aria-labelledby="role-heading">
          <h2 id="role-heading">The overview is for operators and admins</h2>
          <p>Your role is VIEWER. Ask an admin if you need to see the gateway’s usage.</p>
        </section>
      </>
    );
  }
  const fetchedAt = Date.now();
  const result = await gatewayClient(session).query(UsageQuery, usageVariables(range, fetchedAt)).toPromise();
  if (isUnauthorized(result.error)) redirect('/sign-in?expired=1');
  return (
    <>
      <h1>Overview</h1>
      <p className="lead">Upstream health and usage of the gateway, from the audit trail of every replica.</p>
      <nav aria-label="Range" className="range-switch">
        <ul>
          {(Object.keys(OVERVIEW_RANGES) as OverviewRange[]).map((key) => (
            <li key={key}>
              <Link href={`/overview?range=${key}`} aria-current={key === range ? 'page' : undefined}>
                {OVERVIEW_RANGES[key].label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <OverviewDashboard
        key={range}
        range={range}
        initial={result.data?.usage ?? null}
        fetchedAt={fetchedAt}
      />
    </>
  );
}
