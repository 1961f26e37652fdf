// The scaled-out topology on one machine, for `pnpm cluster`, the cluster tests and the bench: Redis, PostgreSQL
// (operators, sessions, the audit trail: one database for every replica), N gateway replicas (separate processes of the built gateway) and HAProxy in front of them.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, startHaproxy, startPostgres, startRedis } from './local-servers.mjs';
import { ROOT } from './workspace.mjs';

const GATEWAY_ENTRY = join(ROOT, 'apps/gateway/dist/main.js');
/**
 * HAProxy checks /readyz every 500 ms and takes a replica out after 2 failures: a replica told to stop keeps its
 * listener (answering /readyz 503) this long, so the balancer has moved away before connections are refused.
 */
const DRAIN_DELAY_MS = 1_500;

/** Resolves once GET url answers 200. */
export async function waitForOk(url, { timeoutMs = 30_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A child in its own process group, so stopping it takes whatever it started along. */
function spawnInGroup(_name, command, args, options) {
  return spawn(command, args, { detached: true, ...options });
}

/**
 * Starts the topology. `upstream` is `{ apiKey, baseURL }` (the emulator or MiniMax). `spawnChild(name, command,
 * args, options)` starts each gateway process (`pnpm cluster` hands them to its supervisor). Returns handles
 * to every part and `stop()`, which stops all of them.
 */
export async function startCluster({
  replicas = 3,
  port,
  upstream,
  operatorTokens,
  env = {},
  spawnChild = spawnInGroup,
  stdio = 'ignore',
  gatewayLogs = false,
}) {
  // Stopped in reverse order; the replicas together (each drains for DRAIN_DELAY_MS at least).
  const started = [];
  const replicasStarted = [];
  const stopAll = async () => {
    for (const part of started.reverse()) await part.stop().catch(() => {});
  };
  try {
    const redis = await startRedis({ stdio, spawnChild });
    started.push({ stop: () => redis.destroy() });
    const database = await startPostgres({ stdio, spawnChild });
    started.push({ stop: () => database.destroy() });
    started.push({ stop: () => Promise.all(replicasStarted.map((replica) => replica.stop())) });

    const gatewayEnv = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      ...env,
      HOST: '127.0.0.1',
      MINIMAX_API_KEY: upstream.apiKey,
      MINIMAX_BASE_URL: upstream.baseURL,
      GATEWAY_OPERATOR_TOKENS: operatorTokens.join(','),
      GATEWAY_DRAIN_DELAY_MS: String(DRAIN_DELAY_MS),
      REDIS_URL: redis.url,
      DATABASE_URL: database.url,
    };
    const gateways = await Promise.all(
      Array.from({ length: replicas }, async (_, index) => {
        const name = `gateway-${index + 1}`;
        const gatewayPort = await freePort();
        const child = spawnChild(name, process.execPath, [GATEWAY_ENTRY], {
          cwd: join(ROOT, 'apps/gateway'),
          env: { ...gatewayEnv, PORT: String(gatewayPort) },
          stdio: ['ignore', gatewayLogs ? 'inherit' : 'ignore', 'inherit'],
        });
        const url = `http://127.0.0.1:${gatewayPort}`;
        const replica = {
          name,
          port: gatewayPort,
          url,
          child,
          /** Signals the replica's process group (SIGKILL: a crash). */
          kill(signal = 'SIGTERM') {
            try {
              process.kill(-child.pid, signal);
            } catch {}
          },
          stop: () =>
            new Promise((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', resolve);
              replica.kill('SIGTERM');
              setTimeout(() => replica.kill('SIGKILL'), 12_000).unref();
            }),
        };
        replicasStarted.push(replica);
        await waitForOk(`${url}/readyz`, { child });
        return replica;
      }),
    );
    const haproxy = await startHaproxy({
      port,
      backends: gateways.map(({ name, port: p }) => ({ name, port: p })),
      stdio,
      spawnChild,
    });
    started.push(haproxy);
    return { url: haproxy.url, redis, database, gateways, haproxy, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
