'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState, useTransition } from 'react';
import { type BrowseState, browseHref, PURPOSES, type Purpose } from '../lib/browse-params';

/** How long typing pauses before the filter is applied: one request per pause, not per key. */
const FILTER_DELAY_MS = 150;

/**
 * The purpose and the filter. They only change the address (the server renders the rows), so the view is always
 * a deep link; the filter applies as you type, replacing the history entry rather than adding one per key.
 */
export function BrowseControls({ state }: { state: BrowseState }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [filter, setFilter] = useState(state.filter);
  const sent = useRef(state.filter);
  const timer = useRef<number | undefined>(undefined);

  // Back and forward change the address under us: show the filter it holds, unless it is the one just typed.
  useEffect(() => {
    if (state.filter !== sent.current) {
      sent.current = state.filter;
      setFilter(state.filter);
    }
  }, [state.filter]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const go = (next: BrowseState, mode: 'push' | 'replace') =>
    startTransition(() => router[mode](browseHref(next), { scroll: false }));

  function applyFilter(value: string) {
    window.clearTimeout(timer.current);
    sent.current = value;
    go({ ...state, filter: value, page: 1 }, 'replace');
  }

  function onFilterChange(value: string) {
    setFilter(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => applyFilter(value), FILTER_DELAY_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    applyFilter(filter);
  }

  return (
    <search>
      <form action="/browse" method="get" className="browse-controls" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="browse-purpose">Purpose</label>
          <select
            id="browse-purpose"
            name="purpose"
            value={state.purpose ?? ''}
            onChange={(event) =>
              go({ ...state, purpose: event.target.value as Purpose, filter, page: 1 }, 'push')
            }
          >
            {state.purpose === null && (
              <option value="" disabled>
                Choose a purpose
              </option>
            )}
            {PURPOSES.map((purpose) => (
              <option key={purpose} value={purpose}>
                {purpose}
              </option>
            ))}
          </select>
        </div>
        <div className="field browse-filter">
          <label htmlFor="browse-filter">Filter</label>
          <input
            id="browse-filter"
            name="filter"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={filter}
            onChange={(event) => onFilterChange(event.target.value)}
            aria-describedby="browse-filter-hint"
          />
          <p id="browse-filter-hint" className="hint">
            Part of a filename or file ID.
          </p>
        </div>
        {state.sort !== 'created' || state.dir !== 'desc' ? (
          <>
            <input type="hidden" name="sort" value={state.sort} />
            <input type="hidden" name="dir" value={state.dir} />
          </>
        ) : null}
        <p role="status" className="hint browse-pending">
          {pending ? 'Updating the list…' : ''}
        </p>
      </form>
    </search>
  );
}
