import type { Purpose } from './catalogue/seeded.js';
import type { FaultRule, RequestLogEntry } from './types.js';

/**
 * The emulator's control endpoint (`/_emulator/*`) from another process: the same operations as the `Emulator`
 * object of `startEmulator`, for tests and benches whose emulator runs elsewhere. The one client of that
 * endpoint, so it cannot drift from the routes it calls.
 */
export class EmulatorControlClient {
  readonly url: string;

  /** `url`: the emulator's origin, e.g. http://127.0.0.1:4010. */
  constructor(url: string) {
    this.url = url.replace(/\/+$/, '');
  }

  /** Adds one rule or several (the most recent matching rule wins). */
  async setFault(rule: FaultRule | FaultRule[]): Promise<void> {
    await this.#send('POST', 'faults', rule);
  }

  async clearFaults(): Promise<void> {
    await this.#send('DELETE', 'faults');
  }

  async faults(): Promise<FaultRule[]> {
    return ((await this.#send('GET', 'faults')) as { faults: FaultRule[] }).faults;
  }

  async requests(): Promise<RequestLogEntry[]> {
    return ((await this.#send('GET', 'requests')) as { requests: RequestLogEntry[] }).requests;
  }

  async clearRequests(): Promise<void> {
    await this.#send('DELETE', 'requests');
  }

  /** `count` generated files of `purpose` besides the seeded ones (replacing earlier ones; 0 removes them). */
  async setGeneratedFiles(purpose: Purpose, count: number): Promise<void> {
    await this.#send('PUT', 'generated-files', { purpose, count });
  }

  /** Answer 1002 past `limit` API requests a minute; `null` turns the limit off. */
  async setRpmLimit(limit: number | null): Promise<void> {
    await this.#send('PUT', 'rpm-limit', { rpmLimit: limit });
  }

  async #send(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}/_emulator/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`emulator ${method} /_emulator/${path}: HTTP ${response.status} ${text}`);
    return JSON.parse(text);
  }
}
