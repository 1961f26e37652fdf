import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

/** Debian's chromium (browsers are not downloaded here); CHROMIUM_PATH wins when set. */
export function chromiumPath(): string {
  const path = [process.env.CHROMIUM_PATH, ...CANDIDATES].find(
    (candidate) => candidate && existsSync(candidate),
  );
  if (!path)
    throw new Error('chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH');
  return path;
}
