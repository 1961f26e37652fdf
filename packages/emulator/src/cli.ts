#!/usr/bin/env node
/**
 * `pnpm --filter @minimax-files/emulator start`: the emulator on PORT (default 4010).
 * Env: HOST, EMULATOR_API_KEY, EMULATOR_LARGE_FILE_BYTES, EMULATOR_FAULTS (JSON rule or array),
 * EMULATOR_RPM_LIMIT, EMULATOR_DOWNLOAD_ORIGIN, EMULATOR_GENERATED_FILES (JSON counts per purpose), EMULATOR_QUIET=1.
 */
import { SEEDED } from './catalogue/seeded.js';
import { DEFAULT_API_KEY, startEmulator } from './emulator.js';
import type { FaultRule } from './types.js';

function integerEnv(name: string, fallback?: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer`);
    process.exit(2);
  }
  return value;
}

function faultsEnv(): FaultRule[] {
  const raw = process.env.EMULATOR_FAULTS;
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as FaultRule | FaultRule[];
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    console.error('EMULATOR_FAULTS must be a JSON fault rule or an array of them');
    process.exit(2);
  }
}

function generatedFilesEnv(): Record<string, number> | undefined {
  const raw = process.env.EMULATOR_GENERATED_FILES;
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Record<string, number>;
  } catch {
    console.error('EMULATOR_GENERATED_FILES must be JSON like {"voice_clone":10000}');
    process.exit(2);
  }
}

const apiKey = process.env.EMULATOR_API_KEY || DEFAULT_API_KEY;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
try {
  emulator = await startEmulator({
    port: integerEnv('PORT', 4010),
    host: process.env.HOST || '127.0.0.1',
    apiKey,
    largeFileBytes: integerEnv('EMULATOR_LARGE_FILE_BYTES'),
    rpmLimit: integerEnv('EMULATOR_RPM_LIMIT'),
    downloadOrigin: process.env.EMULATOR_DOWNLOAD_ORIGIN || undefined,
    faults: faultsEnv(),
    generatedFiles: generatedFilesEnv(),
    quiet: process.env.EMULATOR_QUIET === '1',
  });
} catch (error) {
  console.error(`emulator: could not start: ${(error as Error).message}`);
  process.exit(1);
}

// The default key is a public placeholder, so printing it helps; a key someone chose stays out of the output.
const shownKey = apiKey === DEFAULT_API_KEY ? apiKey : '$EMULATOR_API_KEY';
console.log(
  [
    `MiniMax Files emulator listening on ${emulator.url}`,
    `  curl -H 'Authorization: Bearer ${shownKey}' '${emulator.url}/v1/files/retrieve?file_id=${SEEDED.maxId}'`,
    `  ids to try: ${SEEDED.small} (WAV), ${SEEDED.beyondSafe} (2^53+1), ${SEEDED.maxId} (2^63-1), ${SEEDED.nonAscii} (non-ASCII name), ${SEEDED.over2GiB} (3 GiB)`,
    `  catalogue: ${emulator.url}/_emulator/catalogue   control: ${emulator.url}/_emulator/faults`,
  ].join('\n'),
);

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`emulator: ${signal}, closing`);
  emulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
