'use client';

import { useEffect, useState } from 'react';
import { formatRelative, formatUtc } from '../lib/relative-time';

/**
 * Local time and "3 days ago" depend on the operator's browser (time zone, clock), so they are filled in
 * after hydration; the server sends UTC, which is the same everywhere. The slots keep their size meanwhile.
 */
export function CreatedTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  const [local, setLocal] = useState<{ time: string; relative: string } | null>(null);

  useEffect(() => {
    const created = new Date(iso);
    const update = () =>
      setLocal({
        time: created.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' }),
        relative: formatRelative(created, new Date()),
      });
    update();
    const timer = window.setInterval(update, 60_000);
    return () => window.clearInterval(timer);
  }, [iso]);

  if (Number.isNaN(date.getTime())) return <span>{iso}</span>;
  return (
    <span className="created">
      <time dateTime={date.toISOString()} className="created-local">
        {local ? `${local.time} (local time)` : '\u00a0'}
      </time>
      <span className="created-utc">{formatUtc(date)}</span>
      <span className="created-relative">{local ? local.relative : '\u00a0'}</span>
    </span>
  );
}
