import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** False when the connection ended before the body was complete (a failed transfer). */
  complete: boolean;
  /** The transport error that ended the body, if one did. */
  error?: string;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Defaults to no agent: one connection per request, closed after it, so servers hold no idle sockets. */
  agent?: Agent | false;
  timeoutMs?: number;
}

/** Whether an error is the benign keep-alive race: a reused socket closed by the server before any answer. */
export function isStaleKeepAlive(error: unknown): boolean {
  const { reusedSocket, code, message } = error as {
    reusedSocket?: boolean;
    code?: string;
    message?: string;
  };
  return reusedSocket === true && (code === 'ECONNRESET' || message === 'socket hang up');
}

/** A keep-alive agent for load tests. */
export function keepAliveAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets });
}

/**
 * A plain node:http request that never throws for what the server does: status, headers, the bytes that
 * arrived, and whether the body was complete. Only a connection that cannot be made at all rejects.
 */
export function send(url: string, options: HttpRequestOptions = {}): Promise<HttpResponse> {
  const headers: Record<string, string> = { ...options.headers };
  const agent = options.agent ?? false;
  if (agent === false) headers.connection ??= 'close';
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      let error: string | undefined;
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (err) => {
        error = err.message;
      });
      res.on('close', () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          text: body.toString('utf8'),
          complete: res.complete && error === undefined,
          ...(error === undefined ? {} : { error }),
        });
      });
    });
    req.on('error', (error: Error & { reusedSocket?: boolean }) => {
      // A kept-alive socket the server closed just as this request went out: the race every HTTP client with
      // keep-alive has (the server's idle timeout). Callers may retry such a request once.
      error.reusedSocket = req.reusedSocket;
      reject(error);
    });
    if (options.timeoutMs !== undefined) {
      req.setTimeout(options.timeoutMs, () =>
        req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)),
      );
    }
    req.end(options.body);
  });
}
