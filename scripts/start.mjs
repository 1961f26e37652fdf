#!/usr/bin/env node
// `npm start`: installs, builds, and runs emulator + gateway + admin together on this machine.
// With MINIMAX_API_KEY set, the gateway talks to the real MiniMax API and no emulator is started.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_PORT, EMULATOR_KEY, EMULATOR_PORT, GATEWAY_PORT, localUpstream } from './local-upstream.mjs';
import { createSupervisor } from './supervise.mjs';
import { install, ROOT, runPnpm } from './workspace.mjs';

install();
runPnpm(['turbo', 'run', 'build']);

const upstream = await localUpstream(process.env);
const { useEmulator, operatorToken } = upstream;

const supervisor = createSupervisor();
/** Each server runs its package's start entry with node directly: one process per server, nothing in between. */
function service(dir, entry, env) {
  supervisor.start(dir, process.execPath, [entry], { cwd: join(ROOT, dir), env: { ...process.env, ...env } });
}

if (useEmulator)
  service('packages/emulator', 'dist/cli.js', { PORT: EMULATOR_PORT, EMULATOR_API_KEY: EMULATOR_KEY });
const hasGateway = existsSync(join(ROOT, 'apps/gateway/dist/main.js'));
const hasAdmin = existsSync(join(ROOT, 'apps/admin/.next/BUILD_ID'));
if (hasGateway) {
  service('apps/gateway', 'dist/main.js', {
    MINIMAX_API_KEY: upstream.apiKey,
    MINIMAX_BASE_URL: upstream.baseURL,
    // Production settings: masked errors without stack traces; no introspection and no GraphiQL unless the
    // operator's GATEWAY_INTROSPECTION / GATEWAY_GRAPHIQL (passed on with the rest of the environment) ask.
    NODE_ENV: 'production',
    PORT: GATEWAY_PORT,
    HOST: '127.0.0.1',
    GATEWAY_OPERATOR_TOKENS: process.env.GATEWAY_OPERATOR_TOKENS ?? operatorToken,
  });
}
if (hasAdmin)
  service('apps/admin', 'scripts/start.mjs', {
    NODE_ENV: 'production',
    PORT: ADMIN_PORT,
    HOST: '127.0.0.1',
    GATEWAY_URL: `http://127.0.0.1:${GATEWAY_PORT}`,
  });

await waitForHealthy();
const lines = ['', '━━ MiniMax Files is running ━━'];
if (useEmulator) {
  lines.push(
    `Emulator (MiniMax-compatible, seeded files)  http://127.0.0.1:${EMULATOR_PORT}`,
    `  curl -H 'Authorization: Bearer ${EMULATOR_KEY}' 'http://127.0.0.1:${EMULATOR_PORT}/v1/files/retrieve?file_id=9223372036854775807'`,
  );
} else {
  lines.push(`Upstream: ${upstream.baseURL} (real MiniMax API)`);
}
if (hasGateway) {
  lines.push(
    `GraphQL gateway                              http://127.0.0.1:${GATEWAY_PORT}/graphql`,
    `  operator token: ${operatorToken}`,
    `  curl -H 'Authorization: Bearer ${operatorToken}' -H 'Content-Type: application/json' \\`,
    `    -d '{"query":"{ file(id: \\"9223372036854775807\\") { __typename ... on File { id filename bytes } } }"}' http://127.0.0.1:${GATEWAY_PORT}/graphql`,
  );
}
if (hasAdmin)
  lines.push(
    `Admin console                                http://127.0.0.1:${ADMIN_PORT}  (sign in with the operator token above)`,
  );
lines.push('Press Ctrl+C to stop.', '');
console.log(lines.join('\n'));

async function waitForHealthy() {
  const urls = [];
  if (useEmulator) urls.push(`http://127.0.0.1:${EMULATOR_PORT}/healthz`);
  if (hasGateway) urls.push(`http://127.0.0.1:${GATEWAY_PORT}/healthz`);
  if (hasAdmin) urls.push(`http://127.0.0.1:${ADMIN_PORT}/healthz`);
  const deadline = Date.now() + 60_000;
  for (const url of urls) {
    while (Date.now() < deadline) {
      const ok = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
