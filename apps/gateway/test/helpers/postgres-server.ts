import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's PostgreSQL 15 (`apt-get install postgresql`); PG_BIN overrides the directory. */
const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  /** A URL for another database on the same server. */
  urlFor(database: string): string;
  /** Stops the server (fast shutdown: connections are cut), as a crash or a restart would. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  destroy(): Promise<void>;
}

/**
 * A real PostgreSQL server for the tests, in a temporary directory on a free port, trust auth on 127.0.0.1 only.
 * PostgreSQL refuses to run as root, so as root (CI) it runs as the `postgres` user Debian's package creates.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'mmf-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const asPostgres = (command: string, args: string[]) =>
    process.getuid?.() === 0
      ? (['runuser', ['-u', 'postgres', '--', command, ...args]] as const)
      : ([command, args] as const);
  const [initCommand, initArgs] = asPostgres(join(BIN, 'initdb'), [
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
  execFileSync(initCommand, [...initArgs], { stdio: 'pipe' });
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async () => {
    const [command, args] = asPostgres(join(BIN, 'postgres'), [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=200',
    ]);
    const output: string[] = [];
    child = spawn(command, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`postgres exited:\n${output.join('')}`);
      if (/ready to accept connections/.test(output.join(''))) return;
      if (Date.now() > deadline) throw new Error(`postgres did not start:\n${output.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    // SIGINT is PostgreSQL's fast shutdown. runuser passes SIGTERM on but not SIGINT (a run hung here for ever),
    // so the postmaster itself is signalled; SIGQUIT (immediate shutdown) if it has not gone in 15 s.
    const postmaster = postmasterPid(dataDir);
    const signal = (name: NodeJS.Signals) =>
      postmaster ? process.kill(postmaster, name) : running.kill(name);
    signal('SIGINT');
    const timer = setTimeout(() => signal('SIGQUIT'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url: urlFor('postgres'),
    urlFor,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The postmaster's pid, from the first line of its pid file (absent when it is not running). */
function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
