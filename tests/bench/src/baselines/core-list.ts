// Baseline: @minimax-files/core's list() called directly (no gateway) against the emulator, as its own process
// on the server core: sequential calls, p50 per round in ms, printed as one JSON line on stdout.
import { MiniMaxFiles } from '@minimax-files/core';
import { median, percentile } from '../lib/stats.js';

const client = new MiniMaxFiles({
  apiKey: process.env.MINIMAX_API_KEY ?? '',
  baseURL: process.env.MINIMAX_BASE_URL ?? '',
  maxRetries: 0,
});
const purpose = (process.env.BENCH_PURPOSE ?? 'voice_clone') as 'voice_clone';
const samples = Number(process.env.BENCH_SAMPLES ?? 500);
const rounds = Number(process.env.BENCH_ROUNDS ?? 1);

async function timeSequential(count: number): Promise<{ times: number[]; files: number }> {
  const times: number[] = [];
  let files = 0;
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    files = (await client.list({ purpose })).length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { times, files };
}

await timeSequential(Math.min(100, samples));
const p50s: number[] = [];
let files = 0;
for (let r = 0; r < rounds; r++) {
  const run = await timeSequential(samples);
  p50s.push(percentile(run.times, 50));
  files = run.files;
}
process.stdout.write(`${JSON.stringify({ p50Ms: median(p50s), rounds: p50s, files })}\n`);
