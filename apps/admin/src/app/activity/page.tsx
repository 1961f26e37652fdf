import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ActivityFilters } from '../../components/activity-filters';
import { ActivityTable } from '../../components/activity-table';
import { type ActivityState, activityHref, isFiltered, parseActivityState } from '../../lib/activity-params';
import { readAuditPage } from '../../server/audit-trail';
import { callerAddress } from '../../server/caller-address';
import { requireSessionId } from '../../server/session';

export const metadata: Metadata = { title: 'Activity · MiniMax Files' };

interface ActivityPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The audit trail (ADMIN only; the gateway decides), rendered on the server from the address alone: filters and
 * the page's cursor are in it, so a view is a link to share and the rows arrive in the first HTML.
 */
export default async function ActivityPage({ searchParams }: ActivityPageProps) {
  const session = await requireSessionId();
  const { state, problems } = parseActivityState(await searchParams);
  return (
    <>
      <h1>Activity</h1>
      <p className="lead">
        Who did what, newest first: look-ups, lists, downloads with the bytes sent, sign-ins, refusals and
        operator changes.
      </p>
      <ActivityFilters state={state} />
      {problems.length > 0 ? (
        <section role="alert" aria-labelledby="filter-problems" className="panel error-panel">
          <h2 id="filter-problems">These filters cannot be used</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      ) : (
        <ActivityResults session={session} state={state} />
      )}
    </>
  );
}

async function ActivityResults({ session, state }: { session: string; state: ActivityState }) {
  const page = await readAuditPage(session, state, await callerAddress());
  if (page.kind === 'signed-out') redirect('/sign-in?expired=1');
  if (page.kind === 'refused') return <Refusal code={page.code} message={page.message} state={state} />;

  if (page.events.length === 0) {
    return (
      <section className="panel browse-empty" aria-labelledby="empty-heading">
        <h2 id="empty-heading">{isFiltered(state) ? 'No matching activity' : 'No activity yet'}</h2>
        <p>
          {isFiltered(state)
            ? 'Nothing recorded matches these filters. Widen the time range or clear the filters.'
            : 'Events appear here as operators sign in, look files up and download them.'}
        </p>
        {state.after && <Link href={activityHref({ ...state, after: '' })}>Back to the newest events</Link>}
      </section>
    );
  }

  const count = `${page.events.length} ${page.events.length === 1 ? 'event' : 'events'}`;
  return (
    <section aria-labelledby="activity-results" className="browse-results">
      <h2 id="activity-results" className="visually-hidden">
        Events
      </h2>
      <div className="browse-summary">
        <p>
          {count} {state.after ? 'on this page' : 'shown, newest first'}
          {page.hasNextPage ? '; older events on the next page.' : '.'}
        </p>
        <a href={activityHref(state, '/activity/export')} className="button-link secondary" download>
          Export CSV
        </a>
      </div>
      <ActivityTable events={page.events} caption="Activity" />
      <nav aria-label="Activity pages" className="pagination">
        {state.after ? (
          <Link href={activityHref({ ...state, after: '' })}>Newest events</Link>
        ) : (
          <span className="pagination-off">Newest events</span>
        )}
        {page.hasNextPage && page.endCursor ? (
          <Link href={activityHref({ ...state, after: page.endCursor })}>Older events</Link>
        ) : (
          <span className="pagination-off">No older events</span>
        )}
      </nav>
    </section>
  );
}

function Refusal({ code, message, state }: { code: string; message: string; state: ActivityState }) {
  const heading =
    code === 'FORBIDDEN'
      ? 'Only admins can read the activity log'
      : code === 'BAD_USER_INPUT'
        ? 'That page of activity cannot be shown'
        : 'The activity log is not available right now';
  return (
    <section role="alert" aria-labelledby="refusal-heading" className="panel error-panel">
      <h2 id="refusal-heading">{heading}</h2>
      <p>{message}</p>
      {code === 'FORBIDDEN' ? (
        <p className="next-step">Ask an operator with the ADMIN role if you need to know who did what.</p>
      ) : (
        <p className="next-step">
          <Link href={activityHref({ ...state, after: '' })}>Show the newest events</Link> or try again in a
          moment.
        </p>
      )}
    </section>
  );
}
