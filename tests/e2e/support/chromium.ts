import { existsSync } from 'node:fs';

// Playwright cannot download its own browsers here: the suite drives the system's chromium.
const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found)
    throw new Error('chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH');
  return found;
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
