/**
 * `client.retrieve` against bare `fetch` + `JSON.parse` on the same local server (in its own process, as a
 * real upstream would be), sequential requests over keep-alive. Each round times the two interleaved call by
 * call: on a shared 2-core machine, timing one side for a second and then the other would fold changes in
 * background load into the ratio. The figure is the median over rounds of (retrieve p50 / baseline p50);
 * the target is ≤ 1.1×. `--quick` (or BENCH_QUICK=1) runs fewer calls. Exits 1 when the target is missed.
 * For transparency it also prints retrieve against bare undici `request` + `JSON.parse` (the client's own
 * transport): that ratio is the cost of what the client adds (exact parsing, validation, timeouts, retries).
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { MiniMaxFiles } from '../src/index.js';

const TARGET_RATIO = 1.1;
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const rounds = quick ? 3 : 7;
const callsPerRound = quick ? 1_000 : 4_000;
const warmupCalls = 1_000;
const API_KEY = 'bench-key';
const ID = '9223372036854775807';

const server = fork(fileURLToPath(new URL('./fixture-server.mjs', import.meta.url)), [], {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const [line] = (await once(server.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
const baseURL = line.toString().trim();
const url = `${baseURL}/v1/files/retrieve?file_id=${ID}`;

const client = new MiniMaxFiles({ apiKey: API_KEY, baseURL });

async function bareFetch(): Promise<unknown> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${API_KEY}` } });
  return JSON.parse(await response.text());
}

const agent = new Agent();

async function bareRequest(): Promise<unknown> {
  const response = await request(url, { headers: { authorization: `Bearer ${API_KEY}` }, dispatcher: agent });
  return JSON.parse(await response.body.text());
}

function viaClient(): Promise<unknown> {
  return client.retrieve(ID);
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const file = await client.retrieve(ID);
if (file.id !== ID) throw new Error(`retrieve returned ${file.id}`);
for (let i = 0; i < warmupCalls; i++) {
  await bareFetch();
  await bareRequest();
  await viaClient();
}

const ratios: number[] = [];
const sameTransportRatios: number[] = [];
const µs = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
for (let round = 0; round < rounds; round++) {
  const baseline: number[] = [];
  const transport: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < callsPerRound; i++) {
    // Rotate the order so that none always follows another's garbage.
    const order = [
      () => timed(bareFetch).then((ms) => baseline.push(ms)),
      () => timed(bareRequest).then((ms) => transport.push(ms)),
      () => timed(viaClient).then((ms) => ours.push(ms)),
    ];
    for (let k = 0; k < order.length; k++) await order[(i + k) % order.length]?.();
  }
  const ratio = median(ours) / median(baseline);
  ratios.push(ratio);
  sameTransportRatios.push(median(ours) / median(transport));
  console.log(
    `round ${round + 1}/${rounds}: fetch + JSON.parse ${µs(median(baseline))}, ` +
      `request + JSON.parse ${µs(median(transport))}, client.retrieve ${µs(median(ours))} (p50); ` +
      `ratio ${ratio.toFixed(3)}×`,
  );
}

const ratio = median(ratios);
const verdict = ratio <= TARGET_RATIO ? 'PASS' : 'FAIL';
console.log(
  `\nretrieve / (fetch + JSON.parse), ${rounds} rounds × ${callsPerRound} calls: ` +
    `median ratio ${ratio.toFixed(3)}× (target ≤ ${TARGET_RATIO}×) ${verdict}`,
);

console.log(
  `(retrieve / bare undici request + JSON.parse, the client's own overhead: ${median(sameTransportRatios).toFixed(3)}×)`,
);

await client.close();
await agent.close();
server.disconnect();
process.exitCode = verdict === 'PASS' ? 0 : 1;
