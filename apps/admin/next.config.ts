import type { NextConfig } from 'next';

// The build must work offline: Next.js telemetry would try to phone home (read after this file is loaded).
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

// Pages get a per-request Content-Security-Policy with a script nonce from src/proxy.ts (a nonce cannot live in
// static config), and downloads a sandboxing one from their route; these headers hold for every response.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on a plain form POST, and
  // Next.js then refuses a server action submitted before the page has hydrated (sign-in, sign-out).
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
];

/** JSON and text answers never render anything: nothing may load or frame them. */
const NOTHING_RENDERS_CSP = {
  key: 'Content-Security-Policy',
  value: "default-src 'none'; frame-ancestors 'none'",
};

const nextConfig: NextConfig = {
  // ADMIN_DIST_DIR lets a second build (e.g. one being tried out) live beside the default .next without clashing.
  distDir: process.env.ADMIN_DIST_DIR || '.next',
  poweredByHeader: false,
  // `next dev` serves its HMR socket only to listed origins; 127.0.0.1 is how the start scripts open the app.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/api/:path*', headers: [NOTHING_RENDERS_CSP] },
      { source: '/healthz', headers: [NOTHING_RENDERS_CSP] },
    ];
  },
};

export default nextConfig;
