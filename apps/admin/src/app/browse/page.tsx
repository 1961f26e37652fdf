import type { Metadata } from 'next';
import { BrowseControls } from '../../components/browse-controls';
import { BrowseResults } from '../../components/browse-results';
import { parseBrowseState } from '../../lib/browse-params';
import { requireSessionId } from '../../server/session';

export const metadata: Metadata = { title: 'Browse · MiniMax Files' };

interface BrowsePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Rendered on the server from the address alone (purpose, filter, sort, page), so every view is a deep link
 * and the first rows arrive in the first HTML; the controls only change the address.
 */
export default async function BrowsePage({ searchParams }: BrowsePageProps) {
  const session = await requireSessionId();
  const state = parseBrowseState(await searchParams);
  return (
    <>
      <h1>Browse files</h1>
      <p className="lead">
        The account’s files of one purpose, newest first. Filter by filename or file ID, sort by any column.
      </p>
      <BrowseControls state={state} />
      {state.purpose ? (
        <BrowseResults session={session} state={{ ...state, purpose: state.purpose }} />
      ) : (
        <p className="hint browse-empty">Choose a purpose to list its files.</p>
      )}
    </>
  );
}
