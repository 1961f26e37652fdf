import { chromiumPath } from '@minimax-files/testkit';
import { chromium, type Page } from 'playwright-core';
import { type ChildServer, startChildServer } from './child-server.js';
import { ADMIN_DIR } from './paths.js';
import { type EmulatorProcess, OPERATOR_TOKEN, startEmulatorProcess, startGatewayProcess } from './stack.js';

export interface SignedInAdmin {
  emulator: EmulatorProcess;
  gateway: ChildServer;
  admin: ChildServer;
  /** A Chromium page signed in to the admin, on its `/`. */
  page: Page;
}

type Track = <P extends { stop(): Promise<unknown> }>(started: P) => P;

/**
 * The built emulator, gateway and admin app (production) and a Chromium page signed in through the form, each
 * tracked for stopping. `prepare` runs on the emulator before the gateway starts (e.g. to generate files);
 * `gatewayEnv` adds to the gateway's settings (e.g. the database it opens).
 */
export async function startSignedInAdmin(
  track: Track,
  prepare: (emulator: EmulatorProcess) => Promise<void> = async () => undefined,
  gatewayEnv: NodeJS.ProcessEnv = {},
): Promise<SignedInAdmin> {
  const emulator = track(await startEmulatorProcess());
  await prepare(emulator);
  const gateway = track(await startGatewayProcess({ emulator, env: gatewayEnv }));
  const admin = track(
    await startChildServer({
      name: 'admin',
      nodeArgs: ['scripts/start.mjs'],
      cwd: ADMIN_DIR,
      readyPath: '/healthz',
      readyTimeoutMs: 60_000,
      env: { GATEWAY_URL: gateway.url, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    }),
  );
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  track({ stop: () => browser.close() });
  const page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(15_000);

  await page.goto(`${admin.url}/sign-in`);
  await page.getByLabel('Operator token').fill(OPERATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${admin.url}/`);
  return { emulator, gateway, admin, page };
}
