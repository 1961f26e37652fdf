// Real Debian servers on this machine, for `pnpm cluster`, the cluster tests and the bench: Redis, HAProxy and
// PostgreSQL, each in its own temporary directory on a port of our choosing, stopped with their process.
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const PG_BIN = '/usr/lib/postgresql/15/bin';

/** A temporary directory removed when this process exits, however the servers in it were stopped. */
function scratchDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** How a server process is started: `pnpm cluster` passes its supervisor's, which owns every child. */
function plainSpawn(_name, command, args, options) {
  return spawn(command, args, options);
}

/** Where a binary is, or an error that says which Debian package provides it. */
export function findBinary(name, debianPackage, extraDirs = []) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/bin', ...extraDirs];
  for (const dir of dirs) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {}
  }
  throw new Error(`${name} not found: install it with  sudo apt-get install -y ${debianPackage}`);
}

/** A port nobody listens on right now (the OS's choice). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on the port. */
export async function waitForPort(port, { timeoutMs = 20_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${child.spawnfile} exited (${child.exitCode})`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stopChild(child, signal = 'SIGTERM', graceMs = 5_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/**
 * Debian's redis-server on 127.0.0.1:port, nothing persisted. `stop()` then `start()` again is a Redis restart
 * on the same port (empty, as after a crash without persistence).
 */
export async function startRedis({ port, stdio = 'ignore', spawnChild = plainSpawn } = {}) {
  const binary = findBinary('redis-server', 'redis-server');
  const dir = scratchDir('mmf-redis-');
  const chosenPort = port ?? (await freePort());
  let child;
  const redis = {
    port: chosenPort,
    url: `redis://127.0.0.1:${chosenPort}`,
    get pid() {
      return child?.pid;
    },
    async start() {
      child = spawnChild(
        'redis-server',
        binary,
        [
          '--port',
          String(chosenPort),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'no',
          '--dir',
          dir,
        ],
        { stdio },
      );
      await waitForPort(chosenPort, { child });
    },
    /** SIGKILL: Redis gone at once, as in a crash. */
    async kill() {
      await stopChild(child, 'SIGKILL');
    },
    async stop() {
      await stopChild(child);
    },
    async destroy() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await redis.start();
  return redis;
}

/**
 * Debian's HAProxy on 127.0.0.1:port in front of HTTP backends, each checked with GET /readyz. A request that
 * cannot connect to a backend is retried on another one (redispatch), so a dead replica costs only the requests
 * it was serving.
 */
export async function startHaproxy({ port, backends, stdio = 'ignore', spawnChild = plainSpawn }) {
  const binary = findBinary('haproxy', 'haproxy');
  const dir = scratchDir('mmf-haproxy-');
  const chosenPort = port ?? (await freePort());
  const config = join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    [
      'global',
      '  maxconn 4096',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  timeout http-keep-alive 10s',
      '  retries 3',
      '  option redispatch 1',
      'frontend gateways',
      `  bind 127.0.0.1:${chosenPort}`,
      '  default_backend replicas',
      'backend replicas',
      '  balance roundrobin',
      // Which replica answered (its name, not its address): what an operator (and the cluster tests) can trace.
      '  http-response set-header x-served-by %s',
      '  option httpchk GET /readyz',
      '  http-check expect status 200',
      '  default-server inter 500ms fall 2 rise 1',
      ...backends.map(({ name, port: backendPort }) => `  server ${name} 127.0.0.1:${backendPort} check`),
      '',
    ].join('\n'),
  );
  execFileSync(binary, ['-c', '-q', '-f', config], { stdio: 'pipe' });
  const child = spawnChild('haproxy', binary, ['-db', '-f', config], { stdio });
  await waitForPort(chosenPort, { child });
  return {
    port: chosenPort,
    url: `http://127.0.0.1:${chosenPort}`,
    pid: child.pid,
    async stop() {
      await stopChild(child, 'SIGUSR1'); // soft stop: finishes the requests it holds
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's PostgreSQL 15 in a temporary directory on 127.0.0.1:port, trust auth, nothing synced to disk: the one
 * PostgreSQL starter of `pnpm cluster`, the cluster tests, the gateway tests and the bench. PostgreSQL refuses to
 * run as root, so as root (CI) it runs as the `postgres` user the package creates. `stop()` then `start()` again is
 * a database restart on the same port with the same data; `destroy()` also removes the directory.
 */
export async function startPostgres({
  port,
  stdio = 'ignore',
  spawnChild = plainSpawn,
  maxConnections = 200,
} = {}) {
  const initdb = findBinary('initdb', 'postgresql', [PG_BIN]);
  const postgres = findBinary('postgres', 'postgresql', [PG_BIN]);
  const dir = scratchDir('mmf-pg-');
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const asPostgres = (command, args) =>
    process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const [initCommand, initArgs] = asPostgres(initdb, [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '-A',
    'trust',
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  execFileSync(initCommand, initArgs, { stdio: 'pipe' });
  const chosenPort = port ?? (await freePort());
  const urlFor = (database) => `postgres://postgres@127.0.0.1:${chosenPort}/${database}`;
  let child;

  const server = {
    port: chosenPort,
    url: urlFor('postgres'),
    urlFor,
    get pid() {
      return postmasterPid(dataDir) ?? child?.pid;
    },
    async start() {
      const [command, args] = asPostgres(postgres, [
        '-D',
        dataDir,
        '-p',
        String(chosenPort),
        '-k',
        dir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        `max_connections=${maxConnections}`,
      ]);
      child = spawnChild('postgres', command, args, { stdio });
      // The port opens before recovery ends: ready is what the postmaster writes into its pid file.
      const deadline = Date.now() + 30_000;
      while (postmasterStatus(dataDir) !== 'ready') {
        if (child.exitCode !== null) throw new Error(`postgres exited (${child.exitCode})`);
        if (Date.now() > deadline) throw new Error('postgres did not become ready within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await waitForPort(chosenPort, { child });
    },
    /**
     * Fast shutdown (connections are cut, as in a crash or a restart), immediate shutdown after 15 s. runuser
     * passes SIGTERM on but not SIGINT, so the postmaster itself is signalled.
     */
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      const postmaster = postmasterPid(dataDir);
      const signal = (name) => {
        try {
          if (postmaster) process.kill(postmaster, name);
          else running.kill(name);
        } catch {}
      };
      signal('SIGINT');
      const timer = setTimeout(() => signal('SIGQUIT'), 15_000);
      await exited;
      clearTimeout(timer);
    },
    async destroy() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/** The postmaster's pid file: line 1 its pid, line 8 its status (`starting`, `ready`, `stopping`). */
function postmasterLines(dataDir) {
  try {
    return readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return [];
  }
}

function postmasterPid(dataDir) {
  const pid = Number(postmasterLines(dataDir)[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function postmasterStatus(dataDir) {
  return postmasterLines(dataDir)[7]?.trim();
}
