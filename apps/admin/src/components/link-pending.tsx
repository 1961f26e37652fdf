'use client';

import { useLinkStatus } from 'next/link';
import { useDelayedFlag } from '../lib/use-delayed-flag';

/** Placed inside a Link: says so when following it takes a while (the result page has no loading fallback). */
export function LinkPending({ delayMs }: { delayMs: number }) {
  const { pending } = useLinkStatus();
  const slow = useDelayedFlag(pending, delayMs);
  return slow ? <span className="hint link-pending"> looking it up…</span> : null;
}
