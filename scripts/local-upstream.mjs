// What `npm start` and `pnpm cluster` agree on: which upstream the servers they run talk to, and the token an
// operator signs in with. Read after the build (the default base URL is core's own).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './workspace.mjs';

/** The key the local emulator is started with, and the gateway sends it. */
export const EMULATOR_KEY = 'emulator-key';

/** The emulator on `emulatorPort` unless `MINIMAX_API_KEY` is set; then MiniMax at `MINIMAX_BASE_URL` or core's default. */
export async function localUpstream(env, emulatorPort) {
  if (!env.MINIMAX_API_KEY)
    return { useEmulator: true, apiKey: EMULATOR_KEY, baseURL: `http://127.0.0.1:${emulatorPort}` };
  const { DEFAULT_BASE_URL } = await import(pathToFileURL(join(ROOT, 'packages/core/dist/index.js')).href);
  return {
    useEmulator: false,
    apiKey: env.MINIMAX_API_KEY,
    baseURL: env.MINIMAX_BASE_URL ?? DEFAULT_BASE_URL,
  };
}

/** The first of `GATEWAY_OPERATOR_TOKENS`, or a fresh random one for this run. */
export function operatorTokenOf(env) {
  return env.GATEWAY_OPERATOR_TOKENS?.split(',')[0] ?? `op_${randomBytes(18).toString('base64url')}`;
}
