import type { NextConfig } from 'next';

// The per-request Content-Security-Policy (with a script nonce) is set by src/proxy.ts for pages and by
// the download route for files; these headers hold for every response the admin sends.
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

const nextConfig: NextConfig = {
  // ADMIN_DIST_DIR lets a second build (e.g. one being tried out) live beside the default .next without clashing.
  distDir: process.env.ADMIN_DIST_DIR || '.next',
  poweredByHeader: false,
  // `next dev` serves its HMR socket only to listed origins; 127.0.0.1 is how the start scripts open the app.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
