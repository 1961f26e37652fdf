// Baseline: @minimax-files/core called directly (no gateway) against the emulator, run as its own process on the
// server core. BENCH_MODE picks what to measure; the result is printed as one JSON line on stdout.
//   latency     sequential retrieve() calls: p50 in ms
//   throughput  BENCH_CONCURRENCY retrieve() calls kept in flight for BENCH_SECONDS: calls per second
//   vs-fetch    sequential retrieve() against bare fetch + JSON.parse of the same URL, interleaved rounds
import { MiniMaxFiles } from '@minimax-files/core';
import { median, percentile } from '../lib/stats.js';

const baseURL = process.env.MINIMAX_BASE_URL ?? '';
const apiKey = process.env.MINIMAX_API_KEY ?? '';
const ids = (process.env.BENCH_IDS ?? '').split(',').filter(Boolean);
// BENCH_ID_START: a fresh id per call (start, start+1, ...), none in the catalogue, so nothing can be shared.
const idStart = process.env.BENCH_ID_START ? BigInt(process.env.BENCH_ID_START) : undefined;
let fresh = 0n;
const samples = Number(process.env.BENCH_SAMPLES ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const client = new MiniMaxFiles({ apiKey, baseURL, maxRetries: 0 });

/** One look-up; "not found" is a normal answer when the ids are fresh ones. */
async function lookUp(): Promise<void> {
  try {
    await client.retrieve(nextId());
  } catch (error) {
    if ((error as { kind?: string }).kind !== 'FileNotFound') throw error;
  }
}

let next = 0;
function nextId(): string {
  if (idStart !== undefined) return String(idStart + fresh++);
  next = (next + 1) % ids.length;
  return ids[next] as string;
}

async function timeSequential(call: () => Promise<unknown>, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await call();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

async function latency() {
  await timeSequential(() => lookUp(), Math.min(200, samples));
  const p50s: number[] = [];
  for (let r = 0; r < rounds; r++) p50s.push(percentile(await timeSequential(() => lookUp(), samples), 50));
  return { p50Ms: median(p50s), rounds: p50s };
}

async function throughput() {
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const runFor = async (ms: number) => {
    let calls = 0;
    const until = Date.now() + ms;
    const worker = async () => {
      while (Date.now() < until) {
        await lookUp();
        calls++;
      }
    };
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const cpu = process.cpuUsage(cpuStart);
    return {
      perSecond: calls / (Number(process.hrtime.bigint() - start) / 1e9),
      cpuMicrosPerCall: (cpu.user + cpu.system) / calls,
    };
  };
  await runFor(Math.min(2000, seconds * 1000));
  const perRound: Awaited<ReturnType<typeof runFor>>[] = [];
  for (let r = 0; r < rounds; r++) perRound.push(await runFor(seconds * 1000));
  return {
    requestsPerSecond: median(perRound.map((r) => r.perSecond)),
    cpuMicrosPerCall: median(perRound.map((r) => r.cpuMicrosPerCall)),
  };
}

async function versusFetch() {
  const headers = { authorization: `Bearer ${apiKey}` };
  const bareFetch = async () => {
    const response = await fetch(`${baseURL}/v1/files/retrieve?file_id=${nextId()}`, { headers });
    const body = JSON.parse(await response.text()) as { base_resp?: { status_code?: number } };
    if (body.base_resp?.status_code !== 0)
      throw new Error('bare fetch: the emulator did not answer status 0');
  };
  const core = () => client.retrieve(nextId());
  await timeSequential(bareFetch, Math.min(200, samples));
  await timeSequential(core, Math.min(200, samples));
  const coreP50: number[] = [];
  const fetchP50: number[] = [];
  for (let r = 0; r < rounds; r++) {
    fetchP50.push(percentile(await timeSequential(bareFetch, samples), 50));
    coreP50.push(percentile(await timeSequential(core, samples), 50));
  }
  return {
    coreP50Ms: median(coreP50),
    fetchP50Ms: median(fetchP50),
    coreRounds: coreP50,
    fetchRounds: fetchP50,
  };
}

const modes = { latency, throughput, 'vs-fetch': versusFetch } as const;
const mode = process.env.BENCH_MODE as keyof typeof modes;
if (!modes[mode] || (ids.length === 0 && idStart === undefined))
  throw new Error(
    `BENCH_MODE (${Object.keys(modes).join('|')}) and BENCH_IDS or BENCH_ID_START are required`,
  );
process.stdout.write(`${JSON.stringify(await modes[mode]())}\n`);
