import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../src/lib/body-limit.js';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../src/lib/client-address.js';
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
    setClientAddress(request);
    const verdict = await checkBody(request, maxBodyBytes);
    if (!verdict.ok) return refuse(response, verdict.status, verdict.message);
    ensurePolicy(response);
    return next(verdict.request, response);
  };
}

/**
 * What a response gets when nothing on its way set a policy: src/proxy.ts skips prefetch (RSC) requests and static
 * paths, so their answers and 404s went out without one. Strict: those answers run nothing inline.
 */
export const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Adds FALLBACK_CSP as the headers go out unless Next.js set a policy itself (a page's nonce one stays alone). */
function ensurePolicy(response: ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg) => typeof arg === 'object' && arg !== null) as
      | Record<string, unknown>
      | unknown[]
      | undefined;
    const inArgs = Array.isArray(headers)
      ? headers.some(
          (value, index) => index % 2 === 0 && String(value).toLowerCase() === 'content-security-policy',
        )
      : headers !== undefined &&
        Object.keys(headers).some((name) => name.toLowerCase() === 'content-security-policy');
    if (!inArgs && !this.hasHeader('content-security-policy') && !this.headersSent) {
      this.setHeader('content-security-policy', FALLBACK_CSP);
    }
    return (writeHead as (...rest: unknown[]) => ServerResponse).apply(this, args);
  } as typeof response.writeHead;
}

/**
 * Only here is the socket known: the caller's address replaces whatever `X-Forwarded-For` said, so the sign-in
 * action can pass the real caller to the gateway's throttle and audit (and a remote caller cannot pick one).
 */
function setClientAddress(request: IncomingMessage): void {
  const address = clientAddress(request.socket.remoteAddress, request.headers[CLIENT_ADDRESS_HEADER]);
  if (address === undefined) delete request.headers[CLIENT_ADDRESS_HEADER];
  else request.headers[CLIENT_ADDRESS_HEADER] = address;
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
