import Link from 'next/link';
import { redirect } from 'next/navigation';
import { BrowseQuery } from '../graphql/documents';
import {
  type BrowseState,
  browseHref,
  gatewayOrder,
  gatewayPurpose,
  PAGE_SIZE,
  type Purpose,
} from '../lib/browse-params';
import { formatIecSize, groupDigits } from '../lib/iec-size';
import { callerAddress } from '../server/caller-address';
import { gatewayClient, isUnauthorized } from '../server/gateway';
import { BrowseTable } from './browse-table';
import { ErrorPanel } from './error-panel';

type ListedState = BrowseState & { purpose: Purpose };

/** One page of the chosen purpose's files with its totals, or the calm message for an empty list or a failure. */
export async function BrowseResults({ session, state }: { session: string; state: ListedState }) {
  const result = await gatewayClient(session, await callerAddress())
    .query(BrowseQuery, {
      purpose: gatewayPurpose(state.purpose),
      filter: state.filter || null,
      orderBy: gatewayOrder(state),
      offset: (state.page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    })
    .toPromise();
  if (isUnauthorized(result.error)) redirect('/sign-in?expired=1');
  if (result.error || !result.data) {
    // error.tsx shows a calm message with Try again; only the message is logged (the request carried the session).
    throw new Error(
      `The gateway could not list ${state.purpose} files: ${result.error?.message ?? 'no data'}`,
    );
  }

  const list = result.data.filesByPurpose;
  if (list.__typename !== 'FileList') return <ErrorPanel error={list} renderedAt={Date.now()} />;

  const everything =
    result.data.everything.__typename === 'FileList' ? result.data.everything.totalCount : list.totalCount;
  if (everything === 0) {
    return (
      <section className="panel browse-empty" aria-labelledby="empty-heading">
        <h2 id="empty-heading">No {state.purpose} files yet</h2>
        <p>
          This MiniMax account has no files made for {state.purpose}. Files appear here once they are created.
        </p>
      </section>
    );
  }

  const pages = Math.max(1, Math.ceil(list.totalCount / PAGE_SIZE));
  // An address past the last page (the list shrank, or a hand-edited link) shows the last page instead.
  if (state.page > pages) redirect(browseHref({ ...state, page: pages }));
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const last = first + list.files.length - 1;

  return (
    <section aria-labelledby="results-heading" className="browse-results">
      <h2 id="results-heading" className="visually-hidden">
        Files
      </h2>
      <div className="browse-summary">
        <p id="browse-totals" role="status">
          <Totals state={state} matching={list.totalCount} everything={everything} bytes={list.totalBytes} />
        </p>
        <a
          href={browseHref({ ...state, page: 1 }, '/browse/export')}
          className="button-link secondary"
          download
        >
          Export CSV
        </a>
      </div>
      {list.totalCount === 0 ? (
        <div className="panel browse-empty">
          <p>
            No {state.purpose} file has “{state.filter}” in its filename or ID.{' '}
            <Link href={browseHref({ ...state, filter: '', page: 1 })}>Clear the filter</Link>
          </p>
        </div>
      ) : (
        <>
          <BrowseTable
            state={state}
            files={list.files}
            caption={`Files ${first}–${last} of ${list.totalCount}`}
          />
          <Pagination state={state} pages={pages} />
        </>
      )}
    </section>
  );
}

function Totals({
  state,
  matching,
  everything,
  bytes,
}: {
  state: ListedState;
  matching: number;
  everything: number;
  bytes: string;
}) {
  const size = formatIecSize(bytes);
  const count = (n: number) => `${groupDigits(String(n))} ${n === 1 ? 'file' : 'files'}`;
  return state.filter ? (
    <>
      {count(matching)} of {groupDigits(String(everything))} match “{state.filter}” ·{' '}
      <span title={size.exact ?? undefined}>{size.short}</span>
    </>
  ) : (
    <>
      {count(matching)} · <span title={size.exact ?? undefined}>{size.short}</span> in total
    </>
  );
}

function Pagination({ state, pages }: { state: ListedState; pages: number }) {
  if (pages === 1) return null;
  const to = (page: number) => browseHref({ ...state, page });
  const step = (page: number, label: string, enabled: boolean) =>
    enabled ? (
      <Link href={to(page)} scroll={false}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className="pagination-off">
        {label}
      </span>
    );
  return (
    <nav aria-label="Pages" className="pagination">
      {step(1, 'First', state.page > 1)}
      {step(state.page - 1, 'Previous', state.page > 1)}
      <span aria-current="page">
        Page {groupDigits(String(state.page))} of {groupDigits(String(pages))}
      </span>
      {step(state.page + 1, 'Next', state.page < pages)}
      {step(pages, 'Last', state.page < pages)}
    </nav>
  );
}
