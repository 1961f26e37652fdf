import { existsSync } from 'node:fs';

// Playwright cannot download its own browsers here: every suite drives the system's chromium.
const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

/** Debian's chromium; CHROMIUM_PATH wins when it names a file that exists. */
export function chromiumPath(): string {
  const path = [process.env.CHROMIUM_PATH, ...CANDIDATES].find(
    (candidate) => candidate && existsSync(candidate),
  );
  if (!path)
    throw new Error('chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH');
  return path;
}

/** Offline-friendly flags: without them chromium keeps retrying connections to Google services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Lets a test start <audio> playback without a real click.
  '--autoplay-policy=no-user-gesture-required',
];
