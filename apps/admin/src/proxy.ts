import { type NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIE } from './lib/session-cookie';

const PUBLIC_PAGES = new Set(['/sign-in']);
// The download route checks the cookie itself and sets its own, stricter policy.
const DOWNLOAD_ROUTE = /^\/files\/[^/]+\/download$/;

/**
 * Runs before every page: a signed-out visitor is sent to /sign-in before anything renders (so no file data
 * reaches them), and every page gets a Content-Security-Policy with a fresh script nonce.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (DOWNLOAD_ROUTE.test(pathname)) return NextResponse.next();
  if (!PUBLIC_PAGES.has(pathname) && !request.cookies.get(SESSION_COOKIE)?.value) {
    const response = NextResponse.redirect(new URL('/sign-in', request.url));
    response.headers.set('cache-control', 'no-store');
    return response;
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP and puts it on its own scripts.
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  return response;
}

/** Scripts only from this origin with the nonce; `unsafe-eval` only in `next dev` (React's dev tooling needs it). */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const config = {
  matcher: [
    {
      // Everything but static assets, route handlers with their own auth, and the health check.
      source: '/((?!_next/static|_next/image|favicon.ico|healthz|api/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
