import { AsyncLocalStorage } from 'node:async_hooks';
import type { UpstreamEvent } from '@minimax-files/core';

/** What one look-up (or list) cost upstream: written on its audit row, summed by the usage query. */
export interface UpstreamFacts {
  /** Attempts sent (retries included). */
  requests: number;
  /** Time spent waiting on the upstream's answers, all attempts together (back-off pauses excluded). */
  ms: number;
  /** The last attempt's Trace-Id header, when the upstream sent one. */
  traceId?: string;
}

/** How a look-up's audit event tells its upstream side. */
export interface UpstreamReport {
  upstream?: UpstreamFacts;
  upstreamCode?: number | null;
}

const current = new AsyncLocalStorage<UpstreamFacts>();
/** Facts by the value (or error) a tallied call ended with, until the audit event that reports them takes them. */
const tallied = new WeakMap<object, UpstreamFacts>();

/**
 * Runs one upstream call (core's retrieve or list) and keeps what it cost beside its result. Core reports each
 * attempt inside the caller's async scope, so `noteUpstreamAttempt` finds the tally without any id matching. Run it
 * inside the semaphore's slot: a queued task is started from whichever task freed the slot, in that one's scope.
 */
export async function tallyUpstream<T extends object>(call: () => Promise<T>): Promise<T> {
  const facts: UpstreamFacts = { requests: 0, ms: 0 };
  try {
    const result = await tallyInto(facts, call);
    tallied.set(result, facts);
    return result;
  } catch (error) {
    if (typeof error === 'object' && error !== null) tallied.set(error, facts);
    throw error;
  }
}

/** Runs `call` adding its upstream attempts to `facts`, which the caller keeps (a download's transfer). */
export function tallyInto<T>(facts: UpstreamFacts, call: () => Promise<T>): Promise<T> {
  return current.run(facts, call);
}

/** Both tallies in one: a download's metadata look-up and its transfer. */
export function addFacts(a: UpstreamFacts | undefined, b: UpstreamFacts): UpstreamFacts {
  if (!a) return b;
  const sum: UpstreamFacts = { requests: a.requests + b.requests, ms: a.ms + b.ms };
  const traceId = b.traceId ?? a.traceId;
  if (traceId !== undefined) sum.traceId = traceId;
  return sum;
}

/**
 * core's `onUpstreamResponse`: adds the attempt to the tally of the call it belongs to, if any. A signed storage
 * link (`download_url`) is not a MiniMax API request: neither MINIMAX_RPM nor the gateway's budget counts it, so
 * the tally, which the usage query compares with that budget, leaves it out.
 */
export function noteUpstreamAttempt(event: UpstreamEvent): void {
  const facts = current.getStore();
  if (!facts || event.route === 'download_url') return;
  facts.requests += 1;
  facts.ms += event.durationMs;
  if (event.traceId !== undefined) facts.traceId = event.traceId;
}

/**
 * The facts of the call that produced `value` (a file, a list, or an error), once: the look-ups that shared one
 * upstream call (de-duplication, the cache) report it on one audit row, so the sums count each request once.
 */
export function takeUpstreamFacts(value: object): UpstreamFacts | undefined {
  const facts = tallied.get(value);
  if (facts) tallied.delete(value);
  return facts;
}

/** The report of a result or of the upstream error it failed with. */
export function upstreamReportOf(
  value: object,
  error?: { upstreamCode?: number | undefined },
): UpstreamReport {
  return { upstream: takeUpstreamFacts(error ?? value), upstreamCode: error?.upstreamCode ?? null };
}
