import { readFileSync } from 'node:fs';

/** Resident set size of a process in bytes, from /proc/<pid>/status (Linux); undefined elsewhere or once it is gone. */
export function readRss(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface RssSampler {
  /** Stops sampling; returns the RSS when sampling began and the highest seen since. */
  stop(): { startBytes: number; peakBytes: number; growthBytes: number };
}

/** Samples a child's RSS every `intervalMs` (from the load process, so the child does no extra work). */
export function sampleRss(pid: number, intervalMs = 20): RssSampler {
  const startBytes = readRss(pid) ?? 0;
  let peakBytes = startBytes;
  const timer = setInterval(() => {
    const rss = readRss(pid);
    if (rss !== undefined && rss > peakBytes) peakBytes = rss;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const rss = readRss(pid);
      if (rss !== undefined && rss > peakBytes) peakBytes = rss;
      return { startBytes, peakBytes, growthBytes: peakBytes - startBytes };
    },
  };
}
