import { createRequire } from 'node:module';
import { cpuMeter } from './cpu-time.js';
import { median, percentile } from './stats.js';

// autocannon ships no types; this is the part of its programmatic API the bench uses.
interface AutocannonResult {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
interface AutocannonInstance {
  on(
    event: 'response',
    listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void,
  ): void;
  on(event: 'done', listener: (result: AutocannonResult) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
}
type Autocannon = (options: Record<string, unknown>) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  /** Seconds of load; or use `amount`. */
  durationSeconds?: number;
  /** Total requests to send, then stop. */
  amount?: number;
  /** A fresh body per request (e.g. a new id each time, to defeat caches); overrides `body`. */
  bodyFor?: () => string;
  /** The server's pid: its CPU time per request is reported too (robust to a busy machine, unlike req/s). */
  serverPid?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Milliseconds, from autocannon's per-response timings (sub-millisecond precision). */
  p50Ms: number;
  p99Ms: number;
  total: number;
  errors: number;
  non2xx: number;
  /** Microseconds of the server's CPU (user + system) per request, when its pid was given. */
  cpuMicrosPerRequest?: number;
}

/** One autocannon run. Any failed or non-2xx response makes the run throw: a fast wrong answer is not a result. */
export async function runLoad(request: LoadRequest): Promise<LoadResult> {
  const latencies: number[] = [];
  const meter = request.serverPid ? cpuMeter(request.serverPid) : undefined;
  const started = process.hrtime.bigint();
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon({
      url: request.url,
      method: request.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
      ...(request.bodyFor
        ? {
            requests: [
              { setupRequest: (req: Record<string, unknown>) => ({ ...req, body: request.bodyFor?.() }) },
            ],
          }
        : {}),
      connections: request.connections,
      ...(request.amount ? { amount: request.amount } : { duration: request.durationSeconds ?? 5 }),
      timeout: 30,
    });
    instance.on('response', (_client, _status, _bytes, ms) => {
      latencies.push(ms);
    });
    instance.on('done', resolve);
    instance.on('error', reject);
  });
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(
      `load on ${request.url}: ${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx of ${result.requests.total}`,
    );
  }
  return {
    // Completed requests over wall time: autocannon's per-second average reads 0 when a short run's
    // responses are slower than its one-second sampling.
    requestsPerSecond: result.requests.total / elapsedSeconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    total: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    cpuMicrosPerRequest: meter?.stop(result.requests.total),
  };
}

/** Warm-up, then `rounds` measured runs; reports the median of each figure. */
export async function runRounds(
  request: LoadRequest,
  rounds: number,
  warmupSeconds: number,
): Promise<LoadResult & { rounds: LoadResult[] }> {
  if (warmupSeconds > 0) await runLoad({ ...request, durationSeconds: warmupSeconds, amount: undefined });
  const results: LoadResult[] = [];
  for (let i = 0; i < rounds; i++) results.push(await runLoad(request));
  return { ...medianOf(results), rounds: results };
}

export function medianOf(results: readonly LoadResult[]): LoadResult {
  return {
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50Ms: median(results.map((r) => r.p50Ms)),
    p99Ms: median(results.map((r) => r.p99Ms)),
    total: results.reduce((sum, r) => sum + r.total, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    cpuMicrosPerRequest: results.every((r) => r.cpuMicrosPerRequest !== undefined)
      ? median(results.map((r) => r.cpuMicrosPerRequest as number))
      : undefined,
  };
}
