import type { BenchOptions } from './options.js';
import type { Row } from './report.js';

export interface MeasureContext {
  options: BenchOptions;
  log(message: string): void;
}

/** One row (or a pair of rows sharing one run) of the table. Starts and stops its own processes. */
export interface Measure {
  name: string;
  run(context: MeasureContext): Promise<Row[]>;
}

/** Stops every started process, newest first, whatever happened. */
export type Track = <P extends { stop(): Promise<unknown> }>(started: P) => P;

export async function withProcesses<T>(body: (track: Track) => Promise<T>): Promise<T> {
  const started: { stop(): Promise<unknown> }[] = [];
  try {
    return await body((process) => {
      started.push(process);
      return process;
    });
  } finally {
    for (const process of started.reverse()) await process.stop().catch(() => undefined);
  }
}
