/**
 * The most upstream requests in flight at once, from arrival times in the emulator's log when every request was
 * held for `holdMs` by a latency fault: request i is in flight during [at, at + holdMs). The log's times are whole
 * milliseconds (floored), which can only make two requests look further apart, never overlapping when they did not.
 */
export function maxInFlight(arrivals: readonly number[], holdMs: number): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let max = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[first] as number) + holdMs <= (sorted[last] as number)) first++;
    max = Math.max(max, last - first + 1);
  }
  return max;
}
