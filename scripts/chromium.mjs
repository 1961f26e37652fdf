// Playwright cannot download its browsers here: the end-to-end tests use Debian's chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Finds chromium, installing Debian's package when we are root and it is missing. */
export function ensureChromium() {
  let path = findChromium();
  if (!path && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('\n$ apt-get install -y chromium');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    path = findChromium();
  }
  if (!path) {
    console.error('✗ chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH');
    process.exit(1);
  }
  process.env.CHROMIUM_PATH = path;
  return path;
}
