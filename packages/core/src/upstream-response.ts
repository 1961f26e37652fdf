import type { Dispatcher } from 'undici';
import { parseRetryAfter } from './retry.js';

/** An upstream answer whose headers have arrived; the body is still on the wire. */
export class UpstreamResponse {
  readonly status: number;
  readonly body: Dispatcher.ResponseData['body'];
  readonly #headers: Dispatcher.ResponseData['headers'];

  constructor(response: Dispatcher.ResponseData) {
    this.status = response.statusCode;
    this.body = response.body;
    this.#headers = response.headers;
  }

  header(name: string): string | undefined {
    const value = this.#headers[name];
    return Array.isArray(value) ? value[0] : value;
  }

  /** Drops the body but keeps the connection for the next request when it is small. */
  async discard(): Promise<void> {
    await this.body.dump({ limit: 64 * 1024 }).catch(() => {});
  }
}

export function traceIdOf(response: UpstreamResponse): string | undefined {
  return response.header('trace-id');
}

export function retryAfterOf(response: UpstreamResponse): number | undefined {
  return parseRetryAfter(response.header('retry-after') ?? null, response.header('retry-after-ms') ?? null);
}

export function contentLengthOf(response: UpstreamResponse): number | undefined {
  const header = response.header('content-length');
  return header !== undefined && /^[0-9]+$/.test(header) ? Number(header) : undefined;
}
