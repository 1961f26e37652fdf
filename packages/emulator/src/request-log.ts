import type { RequestLogEntry } from './types.js';

/** Every request the emulator saw, in arrival order; tests read it to count upstream calls. */
export class RequestLog {
  #entries: RequestLogEntry[] = [];

  /** Adds an entry (status 0 until an answer is sent) and returns it for the handler to complete. */
  start(entry: Omit<RequestLogEntry, 'status' | 'at'>): RequestLogEntry {
    const full: RequestLogEntry = { at: Date.now(), ...entry, status: 0 };
    this.#entries.push(full);
    return full;
  }

  snapshot(): RequestLogEntry[] {
    return this.#entries.map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.#entries = [];
  }
}
