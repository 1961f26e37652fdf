/**
 * Ids no one has asked for yet and none in the emulator's catalogue: every look-up must go upstream (no cache
 * entry, no in-flight request to share), and answers FileNotFound, a normal typed result. Each caller gets its own
 * range so the gateway and the core baseline never touch the same ids.
 */
let nextRange = 1n;

export function freshIdRange(): { start: string; next: () => string } {
  const start = 7_000_000_000_000n + nextRange * 100_000_000n;
  nextRange++;
  let offset = 0n;
  return { start: start.toString(), next: () => (start + offset++).toString() };
}
