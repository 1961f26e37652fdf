// Helpers shared by `npm start`, `npm test` and `pnpm bench`: they must work on a machine that has only Node.js and npm.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '12.4.2';

process.env.TURBO_TELEMETRY_DISABLED ??= '1';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
process.env.DO_NOT_TRACK ??= '1';

/** pnpm as installed, or fetched once through npx when the machine has another version or none. */
export function pnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

/** Runs a command in the repository root with inherited output; exits this process when it fails. */
export function run(command, args, options = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

export function runPnpm(args, options) {
  const [command, ...prefix] = pnpm();
  run(command, [...prefix, ...args], options);
}

/** Installs dependencies exactly as locked; a no-op in a second when they already are. */
export function install() {
  const frozen =
    existsSync(join(ROOT, 'node_modules', '.modules.yaml')) && !process.env.CI ? [] : ['--frozen-lockfile'];
  runPnpm(['install', ...frozen]);
}
