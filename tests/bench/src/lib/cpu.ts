import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * Where each process runs. With taskset and two cores, servers under test get core 0 and the load generator
 * (this process) core 1, so autocannon never shares the event loop or the core it measures.
 */
export type CoreSlot = 'server' | 'load';

let tasksetWorks: boolean | undefined;

export function canPin(): boolean {
  if (tasksetWorks === undefined) {
    tasksetWorks =
      availableParallelism() >= 2 &&
      spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).status === 0;
  }
  return tasksetWorks;
}

export function coreOf(slot: CoreSlot): string {
  return slot === 'server' ? '0' : '1';
}

/** Pins this process (the load generator) to the load core. */
export function pinSelf(): boolean {
  if (!canPin()) return false;
  return spawnSync('taskset', ['-cp', coreOf('load'), String(process.pid)], { stdio: 'ignore' }).status === 0;
}

/** The command line that runs `node ...args` on the given core (plain node when pinning is unavailable). */
export function pinnedNode(slot: CoreSlot, nodeArgs: string[]): { command: string; args: string[] } {
  if (!canPin()) return { command: process.execPath, args: nodeArgs };
  return { command: 'taskset', args: ['-c', coreOf(slot), process.execPath, ...nodeArgs] };
}
