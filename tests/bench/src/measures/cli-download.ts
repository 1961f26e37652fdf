// The `minimax-files download` rows: the emulator's large file (1 GiB; 64 MiB in --quick) saved to a file by the
// built CLI, beside `curl -o` of the same signed content URL the CLI downloads from, in the same round. Two more
// programs run in each round, to show where the CLI's time goes: a bare `undici.request` written to the file (what
// any program on core's HTTP client pays, with none of the CLI's work) and Node reading the socket itself into one
// reused buffer (what Node can do without an HTTP library). All are whole processes timed from spawn to exit
// (start-up included), on the server core, with the emulator on the other one. The CPU column is each process's own
// user + system time per MiB, which a busy machine distorts far less than wall time.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SEEDED } from '@minimax-files/emulator';
import { canPin, coreOf } from '../lib/cpu.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { benchScript, REPO_ROOT } from '../lib/paths.js';
import { roundRatio } from '../lib/report.js';
import { EMULATOR_KEY, startEmulatorProcess } from '../lib/stack.js';
import { MiB, median } from '../lib/stats.js';

const CLI_BIN = resolve(REPO_ROOT, 'packages/cli/dist/bin.js');

const PROGRAMS = ['cli', 'curl', 'undici', 'socket'] as const;
type Program = (typeof PROGRAMS)[number];

export const cliDownload: Measure = {
  name: 'cli-download',
  async run({ options, log }) {
    if (spawnSync('curl', ['--version'], { stdio: 'ignore' }).status !== 0)
      throw new Error('curl is needed for the baseline (Debian: apt-get install curl)');
    const size = options.largeFileBytes;
    const dir = await mkdtemp(join(tmpdir(), 'bench-cli-download-'));
    try {
      return await withProcesses(async (track) => {
        const emulator = track(await startEmulatorProcess({ largeFileBytes: size }));
        const env = { ...process.env, MINIMAX_API_KEY: EMULATOR_KEY, MINIMAX_BASE_URL: emulator.url };
        const contentUrl = await signedUrl(emulator.url);
        const file = (name: Program) => join(dir, `${name}.bin`);
        const commands: Record<Program, string[]> = {
          cli: [process.execPath, CLI_BIN, 'download', SEEDED.large, '-o', file('cli')],
          curl: ['curl', '--silent', '--fail', '--output', file('curl'), contentUrl],
          undici: [process.execPath, benchScript('baselines/undici-to-file.mjs'), contentUrl, file('undici')],
          socket: [process.execPath, benchScript('baselines/socket-to-file.mjs'), contentUrl, file('socket')],
        };
        const speeds = perProgram();
        const cpuPerMiB = perProgram();
        // One untimed pass of each (page cache, the emulator's JIT), then the rounds, each starting with the next
        // program: the page cache's state after a deleted 1 GiB file weighs on whoever comes next.
        for (const name of PROGRAMS) {
          await timed(commands[name], env);
          await rm(file(name), { force: true });
        }
        for (let round = 0; round < options.rounds; round++) {
          const order = PROGRAMS.map((_, i) => PROGRAMS[(i + round) % PROGRAMS.length] as Program);
          for (const name of order) {
            const { seconds, cpuSeconds } = await timed(commands[name], env);
            const written = (await stat(file(name))).size;
            if (written !== size) throw new Error(`${name} wrote ${written} bytes instead of ${size}`);
            await rm(file(name));
            speeds[name].push(size / MiB / seconds);
            cpuPerMiB[name].push((cpuSeconds * 1e6) / (size / MiB));
          }
          log(
            `round ${round + 1}: ${PROGRAMS.map((name) => `${name} ${speeds[name].at(-1)?.toFixed(0)} MiB/s (${cpuPerMiB[name].at(-1)?.toFixed(0)} µs CPU/MiB)`).join(', ')}`,
          );
        }
        const label = size >= 1024 * MiB ? `${size / (1024 * MiB)} GiB` : `${size / MiB} MiB`;
        const curl = { name: 'curl -o of the same URL', figure: median(speeds.curl), unit: 'MiB/s' };
        /** One program against curl, in the same rounds: MiB/s, per-round ratio, CPU per MiB. */
        const row = (name: Program, measure: string) => ({
          measure,
          figure: median(speeds[name]),
          unit: 'MiB/s',
          baseline: curl,
          ...roundRatio(speeds[name], speeds.curl),
          cpuMicros: {
            figure: median(cpuPerMiB[name]),
            baseline: median(cpuPerMiB.curl),
            per: 'MiB' as const,
          },
        });
        const cli = row('cli', `minimax-files download of ${label} to a file`);
        return [
          {
            ...cli,
            target: '≥ 0.9× curl -o',
            met: cli.comparisonValue >= 0.9,
            details: { rounds: speeds, cpuMicrosPerMiB: cpuPerMiB, bytes: size },
          },
          {
            ...row('undici', `bare undici.request of ${label} to a file (core's HTTP client, nothing else)`),
            target: 'report',
          },
          {
            ...row(
              'socket',
              `Node reading the socket into one reused buffer, ${label} to a file (no HTTP library)`,
            ),
            target: 'report',
          },
        ];
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

/** An empty list of figures for each program. */
function perProgram(): Record<Program, number[]> {
  return { cli: [], curl: [], undici: [], socket: [] };
}

/** The large file's signed download_url, the one the CLI itself downloads from. */
async function signedUrl(emulatorUrl: string): Promise<string> {
  const response = await fetch(`${emulatorUrl}/v1/files/retrieve?file_id=${SEEDED.large}`, {
    headers: { authorization: `Bearer ${EMULATOR_KEY}` },
  });
  const body = (await response.json()) as { file?: { download_url?: string } };
  if (!body.file?.download_url) throw new Error(`no download_url for ${SEEDED.large}`);
  return body.file.download_url;
}

/**
 * One process, pinned to the server core, from spawn to exit: wall seconds and the CPU seconds (user + system)
 * it used, read by the `sh` that waited for it (its children's times in /proc/<sh>/stat). Fails unless it exits 0.
 */
async function timed(
  command: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; cpuSeconds: number }> {
  const pinned = canPin() ? ['taskset', '-c', coreOf('server'), ...command] : command;
  const script = '"$@"; code=$?; echo; cat /proc/$$/stat >&2; exit $code';
  const started = process.hrtime.bigint();
  const child = spawn('sh', ['-c', script, 'sh', ...pinned], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolveExit) => child.on('close', resolveExit));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stat = stderr.trimEnd().split('\n').pop() ?? '';
  if (code !== 0) throw new Error(`${command.join(' ')} exited with ${code}: ${stderr}`);
  // After the command name (which may hold spaces): cutime and cstime are the 14th and 15th fields from state.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
  return { seconds, cpuSeconds };
}

// USER_HZ: 100 on every Linux architecture Node supports.
const CLOCK_TICKS_PER_SECOND = 100;
