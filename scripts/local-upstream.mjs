// What `npm start` and `pnpm cluster` agree on: where each server listens, which upstream they talk to, and the
// token an operator signs in with. Read after the build (the default base URL is core's own).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './workspace.mjs';

/** Where each server listens (EMULATOR_PORT, GATEWAY_PORT, ADMIN_PORT move them). */
export const EMULATOR_PORT = process.env.EMULATOR_PORT ?? '4010';
export const GATEWAY_PORT = process.env.GATEWAY_PORT ?? '4000';
export const ADMIN_PORT = process.env.ADMIN_PORT ?? '3000';

/** The key the local emulator is started with, and the gateway sends it. */
export const EMULATOR_KEY = 'emulator-key';

/**
 * The emulator on EMULATOR_PORT unless `MINIMAX_API_KEY` is set, then MiniMax at `MINIMAX_BASE_URL` or core's
 * default; and the operator token to sign in with.
 */
export async function localUpstream(env) {
  const operatorToken = operatorTokenOf(env);
  if (!env.MINIMAX_API_KEY) {
    return {
      useEmulator: true,
      apiKey: EMULATOR_KEY,
      baseURL: `http://127.0.0.1:${EMULATOR_PORT}`,
      operatorToken,
    };
  }
  const { DEFAULT_BASE_URL } = await import(pathToFileURL(join(ROOT, 'packages/core/dist/index.js')).href);
  const baseURL = env.MINIMAX_BASE_URL ?? DEFAULT_BASE_URL;
  return { useEmulator: false, apiKey: env.MINIMAX_API_KEY, baseURL, operatorToken };
}

/** The first of `GATEWAY_OPERATOR_TOKENS`, or a fresh random one for this run. */
function operatorTokenOf(env) {
  return env.GATEWAY_OPERATOR_TOKENS?.split(',')[0] ?? `op_${randomBytes(18).toString('base64url')}`;
}
