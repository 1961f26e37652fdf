#!/usr/bin/env node
// `pnpm cluster [--replicas N]`: the scaled-out topology on this machine — the emulator (unless MINIMAX_API_KEY is
// set), Debian's redis-server and PostgreSQL, N gateway replicas behind Debian's HAProxy on 127.0.0.1:4000, and
// the admin on 3000 pointed at HAProxy. Ctrl+C or SIGTERM (or the starting process going away) stops all of it.
import { join } from 'node:path';
import { startCluster, waitForOk } from './cluster-topology.mjs';
import { findBinary } from './local-servers.mjs';
import { ADMIN_PORT, EMULATOR_KEY, EMULATOR_PORT, GATEWAY_PORT, localUpstream } from './local-upstream.mjs';
import { createSupervisor } from './supervise.mjs';
import { install, ROOT, runPnpm } from './workspace.mjs';

const MAX_REPLICAS = 16;
const USAGE = `usage: pnpm cluster [--replicas N] [--no-build]   (N from 1 to ${MAX_REPLICAS}, default 3; --no-build: already installed and built)`;

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const replicas = parseReplicas(args.filter((arg) => arg !== '--no-build'));
// Before installing or building anything: say what is missing and how to get it.
try {
  findBinary('redis-server', 'redis-server');
  findBinary('haproxy', 'haproxy');
  findBinary('postgres', 'postgresql', ['/usr/lib/postgresql/15/bin']);
} catch (error) {
  console.error(`✗ ${error.message}`);
  process.exit(1);
}

if (!skipBuild) {
  install();
  runPnpm(['turbo', 'run', 'build']);
}

const upstream = await localUpstream(process.env);
const { useEmulator, operatorToken } = upstream;

const supervisor = createSupervisor();
const spawnChild = (name, command, args, options) => supervisor.start(name, command, args, options);

if (useEmulator) {
  spawnChild('emulator', process.execPath, ['dist/cli.js'], {
    cwd: join(ROOT, 'packages/emulator'),
    // Quiet: every replica's readiness probe would otherwise print a line every few seconds.
    env: { ...process.env, PORT: EMULATOR_PORT, EMULATOR_API_KEY: EMULATOR_KEY, EMULATOR_QUIET: '1' },
  });
  await waitForOk(`${upstream.baseURL}/healthz`);
}
const cluster = await startCluster({
  replicas,
  port: Number(GATEWAY_PORT),
  upstream,
  operatorTokens: process.env.GATEWAY_OPERATOR_TOKENS?.split(',') ?? [operatorToken],
  env: process.env.MINIMAX_RPM ? { MINIMAX_RPM: process.env.MINIMAX_RPM } : {},
  spawnChild,
  gatewayLogs: true,
}).catch((error) => {
  console.error(`✗ the cluster did not start: ${error.message}`);
  return supervisor.stop(1);
});
spawnChild('admin', process.execPath, ['scripts/start.mjs'], {
  cwd: join(ROOT, 'apps/admin'),
  env: { ...process.env, PORT: ADMIN_PORT, HOST: '127.0.0.1', GATEWAY_URL: cluster.url },
});
await waitForOk(`http://127.0.0.1:${ADMIN_PORT}/healthz`, { timeoutMs: 60_000 });

console.log(
  [
    '',
    `━━ MiniMax Files cluster: ${replicas} gateway replicas behind HAProxy ━━`,
    useEmulator
      ? `Emulator (MiniMax-compatible, seeded files)  ${upstream.baseURL}`
      : `Upstream: ${upstream.baseURL} (real MiniMax API)`,
    `Redis (shared cache, de-duplication, budget)  ${cluster.redis.url}`,
    `PostgreSQL (operators, audit)                ${cluster.database.url}`,
    ...cluster.gateways.map(
      (gateway) => `  ${gateway.name.padEnd(43)}${gateway.url}  (pid ${gateway.child.pid})`,
    ),
    `HAProxy → the replicas (GraphQL)             ${cluster.url}/graphql   (checks /readyz every 500 ms)`,
    `Prometheus targets (deploy/prometheus/README.md): ${JSON.stringify([{ targets: cluster.gateways.map((gateway) => `127.0.0.1:${gateway.port}`) }])}`,
    `  operator token: ${operatorToken}`,
    `  curl -H 'Authorization: Bearer ${operatorToken}' -H 'Content-Type: application/json' \\`,
    `    -d '{"query":"{ file(id: \\"9223372036854775807\\") { __typename ... on File { id filename bytes } } }"}' ${cluster.url}/graphql`,
    `Admin console                                http://127.0.0.1:${ADMIN_PORT}  (sign in with the operator token above)`,
    process.env.MINIMAX_RPM
      ? `Upstream budget: MINIMAX_RPM=${process.env.MINIMAX_RPM} across all replicas`
      : 'Upstream budget: none (set MINIMAX_RPM to share one across the replicas)',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'),
);

function parseReplicas(args) {
  let count = 3;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const value =
      arg === '--replicas' ? args[++i] : arg.startsWith('--replicas=') ? arg.slice(11) : undefined;
    if (value === undefined || !/^[0-9]+$/.test(value) || Number(value) < 1 || Number(value) > MAX_REPLICAS) {
      console.error(`✗ ${value === undefined ? `unknown argument ${arg}` : `--replicas ${value}`}\n${USAGE}`);
      process.exit(2);
    }
    count = Number(value);
  }
  return count;
}
