import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) a process has used, from /proc/<pid>/stat; undefined off Linux. CPU time per
 * request is the figure that holds on a busy machine: contention stretches wall time, not the work done.
 */
export function readCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

// USER_HZ: 100 on every Linux architecture Node supports.
const CLOCK_TICKS_PER_SECOND = 100;

/** Starts counting a process's CPU time; `stop(requests)` gives microseconds of CPU per request. */
export function cpuMeter(pid: number): { stop(requests: number): number | undefined } {
  const start = readCpuSeconds(pid);
  return {
    stop(requests) {
      const end = readCpuSeconds(pid);
      if (start === undefined || end === undefined || requests === 0) return undefined;
      return ((end - start) * 1e6) / requests;
    },
  };
}
