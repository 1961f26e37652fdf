import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../src/lib/body-limit.js';
import { SESSION_COOKIE } from '../src/lib/session-cookie.js';
import { checkBody } from './body-limit.js';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

export interface FrontDoorOptions {
  /** Next.js's request handler: it only ever sees requests whose body is known to be small. */
  next: RequestHandler;
  maxBodyBytes?: number;
}

/** Routes that serve only a signed-in browser: no session, no body read at all. */
const SESSION_ONLY = /^\/api\//;

/**
 * The admin's HTTP entry: refuses what must never reach Next.js (oversized or session-less bodies) before anything
 * is read or buffered, then hands the request on.
 */
export function createFrontDoor({ next, maxBodyBytes = MAX_BODY_BYTES }: FrontDoorOptions): RequestHandler {
  return async (request, response) => {
    if (hasBody(request) && SESSION_ONLY.test(request.url ?? '') && !hasSessionCookie(request)) {
      return refuse(response, 401, 'Sign in first.');
    }
    const verdict = await checkBody(request, maxBodyBytes);
    if (!verdict.ok) return refuse(response, verdict.status, verdict.message);
    return next(verdict.request, response);
  };
}

function hasBody(request: IncomingMessage): boolean {
  return (
    request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0
  );
}

function hasSessionCookie(request: IncomingMessage): boolean {
  const cookie = request.headers.cookie ?? '';
  return cookie.split(';').some((pair) => {
    const [name, ...value] = pair.trim().split('=');
    return name === SESSION_COOKIE && value.join('=') !== '';
  });
}

/** Answers at once and closes the connection: the unread body is never drained into memory. */
function refuse(response: ServerResponse, status: number, message: string): void {
  const body = JSON.stringify({ errors: [{ message }] });
  response.shouldKeepAlive = false;
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    connection: 'close',
  });
  response.end(body, () => response.req.destroy());
}
