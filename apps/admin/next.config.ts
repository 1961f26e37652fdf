import type { NextConfig } from 'next';

// The per-request Content-Security-Policy (with a script nonce) is set by src/proxy.ts for pages and by
// the download route for files; these headers hold for every response the admin sends.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
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
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
