/**
 * The gateway's settings under load: the shipped defaults, except a 1 s per-attempt timeout so that hung ids
 * resolve in about 4.5 s rather than half a minute.
 */
export const LOAD_GATEWAY_ENV: Record<string, string> = {
  MINIMAX_TIMEOUT_MS: '1000',
  MINIMAX_MAX_RETRIES: '2',
  LOG_LEVEL: 'warn',
};

/**
 * For the quick in-test run: a faulted id holds one of the 8 default upstream slots through its retries and
 * backoff (about 1.5 s), so with 20 % faulted ids the default caps throughput near 50 requests/s. 32 slots keep
 * the test short; the soak runs with the default.
 */
export const QUICK_LOAD_GATEWAY_ENV: Record<string, string> = {
  ...LOAD_GATEWAY_ENV,
  GATEWAY_UPSTREAM_CONCURRENCY: '32',
};
