// Where the three servers started by playwright.config.ts listen, and the secrets they share.
// Dedicated ports keep the suite clear of `npm start` and dev servers (4010 / 4000 / 3000); each can be moved
// with an environment variable when something else already listens there.

function port(variable: string, fallback: number): number {
  const value = Number(process.env[variable] ?? fallback);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) throw new Error(`${variable} is not a port`);
  return value;
}

export const EMULATOR_PORT = port('PLAYWRIGHT_EMULATOR_PORT', 24010);
export const GATEWAY_PORT = port('PLAYWRIGHT_GATEWAY_PORT', 24000);
export const ADMIN_PORT = port('PLAYWRIGHT_ADMIN_PORT', 23000);
/** The OTLP/HTTP receiver the admin and gateway send their traces to (beside the admin's port unless moved). */
export const OTLP_PORT = port('PLAYWRIGHT_OTLP_PORT', ADMIN_PORT + 318);

export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
export const GATEWAY_URL = `http://127.0.0.1:${GATEWAY_PORT}`;
export const ADMIN_URL = `http://127.0.0.1:${ADMIN_PORT}`;
export const OTLP_URL = `http://127.0.0.1:${OTLP_PORT}`;

/** The MiniMax key the gateway holds: distinctive, so a leak into any browser asset is easy to spot. */
export const MINIMAX_API_KEY = 'e2e-minimax-key-3f9c1a7d5b';

/** The operator token accepted by the gateway; it may travel only in the admin's session cookie. */
export const OPERATOR_TOKEN = 'e2e-operator-token-8b2e6c40d1';

export const SESSION_COOKIE = 'mmf_session';

/**
 * Where the signed-in browser state is saved by the setup project (ignored by git); one file per admin port, so
 * runs against different admins never share a session.
 */
export const OPERATOR_STATE_PATH = new URL(`../.auth/operator-${ADMIN_PORT}.json`, import.meta.url).pathname;
