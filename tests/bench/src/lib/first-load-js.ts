import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ADMIN_DIR } from './paths.js';

/**
 * Gzipped size of the JavaScript a page loads, read from the Next build output (`.next/static/...`) for every
 * script URL the browser fetched on a cold first load; a script that is not a build file (none expected) is
 * gzipped as served.
 */
export function gzippedScriptBytes(scripts: ReadonlyMap<string, Buffer>): { bytes: number; files: number } {
  let bytes = 0;
  for (const [url, served] of scripts) {
    const path = new URL(url).pathname;
    const built = path.startsWith('/_next/static/')
      ? resolve(ADMIN_DIR, '.next', path.slice('/_next/'.length))
      : '';
    const source = built && existsSync(built) ? readFileSync(built) : served;
    bytes += gzipSync(source, { level: 9 }).length;
  }
  return { bytes, files: scripts.size };
}
