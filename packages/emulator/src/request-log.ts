import type { RequestLogEntry } from './types.js';

export const DEFAULT_REQUEST_LOG_LIMIT = 10_000;

/**
 * Every request the emulator saw, in arrival order; tests read it to count upstream calls. Only the newest
 * `limit` entries are kept, so a long-running `npm start` does not grow without bound.
 */
export class RequestLog {
  #entries: RequestLogEntry[] = [];
  readonly #limit: number;

  constructor(limit = DEFAULT_REQUEST_LOG_LIMIT) {
    this.#limit = limit;
  }

  /** Adds an entry (status 0 until an answer is sent) and returns it for the handler to complete. */
  start(entry: Omit<RequestLogEntry, 'status' | 'at'>): RequestLogEntry {
    const full: RequestLogEntry = { at: Date.now(), ...entry, status: 0 };
    this.#entries.push(full);
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit);
    return full;
  }

  snapshot(): RequestLogEntry[] {
    return this.#entries.map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.#entries = [];
  }
}
