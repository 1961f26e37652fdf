import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/bench */
export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REPO_ROOT = resolve(BENCH_DIR, '../..');

/** The built gateway; BENCH_GATEWAY_MAIN runs another entry instead (say, a build with a change to compare). */
export const GATEWAY_MAIN = process.env.BENCH_GATEWAY_MAIN
  ? resolve(process.env.BENCH_GATEWAY_MAIN)
  : resolve(REPO_ROOT, 'apps/gateway/dist/main.js');
export const ADMIN_DIR = resolve(REPO_ROOT, 'apps/admin');
export const RESULTS_FILE = resolve(BENCH_DIR, 'bench-results/latest.json');

/** A TypeScript file of this package, run in a child process through tsx. */
export function benchScript(relativeToSrc: string): string {
  return resolve(BENCH_DIR, 'src', relativeToSrc);
}
