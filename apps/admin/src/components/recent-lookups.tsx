'use client';

import Link from 'next/link';
import { useEffect, useId, useState } from 'react';
import { parseRecent, RECENT_LOOKUPS_KEY, rememberId } from '../lib/recent-lookups';
import { LinkPending } from './link-pending';
import { PLACEHOLDER_DELAY_MS } from './result-placeholder';

function readStored(): string[] {
  try {
    return parseRecent(window.localStorage.getItem(RECENT_LOOKUPS_KEY));
  } catch {
    return []; // storage disabled: the list simply stays empty
  }
}

/**
 * Recent look-ups in this browser only (localStorage). With `remember`, the id shown on this page is
 * stored first, so deep links count as look-ups too.
 */
export function RecentLookups({ remember }: { remember?: string }) {
  const headingId = useId();
  const [ids, setIds] = useState<string[] | null>(null);

  useEffect(() => {
    let list = readStored();
    if (remember) {
      list = rememberId(list, remember);
      try {
        window.localStorage.setItem(RECENT_LOOKUPS_KEY, JSON.stringify(list));
      } catch {
        // storage full or disabled: show the list without saving
      }
    }
    setIds(list);
  }, [remember]);

  return (
    <section aria-labelledby={headingId} className="recent">
      <h2 id={headingId}>Recent look-ups</h2>
      {ids === null ? (
        <p className="hint">Loading…</p>
      ) : ids.length === 0 ? (
        <p className="hint">Nothing yet. Look-ups you make in this browser are listed here.</p>
      ) : (
        <ol className="recent-list">
          {ids.map((id) => (
            <li key={id}>
              <Link
                href={`/files/${id}`}
                className="mono"
                aria-current={id === remember ? 'page' : undefined}
              >
                {id}
                <LinkPending delayMs={PLACEHOLDER_DELAY_MS} />
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
