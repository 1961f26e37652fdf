import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, readConfig } from './config.js';

const minimal = { MINIMAX_API_KEY: 'sk-test' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readConfig', () => {
  it('applies defaults: loopback, port 4000, GraphiQL and introspection on outside production', () => {
    const config = readConfig(minimal);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      operatorTokens: [],
      upstream: { apiKey: 'sk-test' },
      cacheTtlMs: DEFAULTS.cacheTtlMs,
      listCacheTtlMs: 5_000,
      listStaleMs: 55_000,
      upstreamConcurrency: DEFAULTS.upstreamConcurrency,
      graphiql: true,
      introspection: true,
      production: false,
      responseCache: true,
    });
    expect(config.upstream).not.toHaveProperty('baseURL');
  });

  it('reads the list cache lifetime, refusing a negative one', () => {
    expect(readConfig({ ...minimal, GATEWAY_LIST_CACHE_TTL_MS: '0' }).listCacheTtlMs).toBe(0);
    expect(() => readConfig({ ...minimal, GATEWAY_LIST_CACHE_TTL_MS: '-1' })).toThrow(
      /GATEWAY_LIST_CACHE_TTL_MS/,
    );
  });

  it('reads the credential cache lifetime (1 s by default), at most a minute', () => {
    expect(readConfig(minimal).authCacheMs).toBe(1_000);
    expect(readConfig({ ...minimal, GATEWAY_AUTH_CACHE_MS: '0' }).authCacheMs).toBe(0);
    expect(problemsOf({ ...minimal, GATEWAY_AUTH_CACHE_MS: '60001' })).toEqual([
      'GATEWAY_AUTH_CACHE_MS: expected a whole number from 0 to 60000, got "60001"',
    ]);
  });

  it('turns the response fast path off with GATEWAY_RESPONSE_CACHE=off', () => {
    expect(readConfig({ ...minimal, GATEWAY_RESPONSE_CACHE: 'off' }).responseCache).toBe(false);
    expect(readConfig({ ...minimal, GATEWAY_RESPONSE_CACHE: 'on' }).responseCache).toBe(true);
  });

  it('turns GraphiQL and introspection off in production unless asked for', () => {
    expect(readConfig({ ...minimal, NODE_ENV: 'production' })).toMatchObject({
      graphiql: false,
      introspection: false,
      production: true,
    });
    expect(readConfig({ ...minimal, NODE_ENV: 'production', GATEWAY_INTROSPECTION: '1' })).toMatchObject({
      graphiql: false,
      introspection: true,
    });
    // Issue 10 item 9: GraphiQL serves only the gateway's own assets now, so an operator may turn it on there.
    expect(readConfig({ ...minimal, NODE_ENV: 'production', GATEWAY_GRAPHIQL: 'true' })).toMatchObject({
      graphiql: true,
      introspection: false,
      production: true,
    });
  });

  it('reads the upstream settings and the token list', () => {
    const config = readConfig({
      ...minimal,
      MINIMAX_BASE_URL: 'http://127.0.0.1:4010',
      MINIMAX_TIMEOUT_MS: '2500',
      MINIMAX_MAX_RETRIES: '0',
      MINIMAX_DOWNLOAD_HOSTS: '*.example.com, cdn.example.org',
      GATEWAY_OPERATOR_TOKENS: ' alpha-token-0123456789abcdef ,beta-token-0123456789abcdef,',
    });
    expect(config.upstream).toEqual({
      apiKey: 'sk-test',
      baseURL: 'http://127.0.0.1:4010',
      timeoutMs: 2500,
      maxRetries: 0,
      downloadHosts: ['*.example.com', 'cdn.example.org'],
    });
    expect(config.operatorTokens).toEqual(['alpha-token-0123456789abcdef', 'beta-token-0123456789abcdef']);
  });

  it('refuses a non-loopback HOST without operator tokens', () => {
    expect(problemsOf({ ...minimal, HOST: '0.0.0.0' })).toEqual([
      expect.stringContaining('GATEWAY_OPERATOR_TOKENS is required'),
    ]);
    const token = 'a-long-enough-operator-token';
    expect(readConfig({ ...minimal, HOST: '0.0.0.0', GATEWAY_OPERATOR_TOKENS: token }).host).toBe('0.0.0.0');
  });

  it('refuses operator tokens shorter than 24 characters, naming lengths, never the tokens', () => {
    const problems = problemsOf({
      ...minimal,
      GATEWAY_OPERATOR_TOKENS: 'hunter2,a-long-enough-operator-token',
    });
    expect(problems).toEqual([expect.stringContaining('at least 24 characters (1 shorter: 7 characters)')]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('lists every bad value at once, without echoing secrets', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      MINIMAX_TIMEOUT_MS: '60000',
      MINIMAX_BASE_URL: 'ftp://user:hunter2@example.com',
      GATEWAY_GRAPHIQL: 'maybe',
      GATEWAY_CACHE_TTL_MS: '-1',
      LOG_LEVEL: 'loud',
    });
    expect(problems).toHaveLength(7);
    expect(problems.join('\n')).toMatch(/MINIMAX_API_KEY is required/);
    expect(problems.join('\n')).toMatch(/MINIMAX_TIMEOUT_MS: expected a whole number from 1 to 30000/);
    expect(problems.join('\n')).not.toContain('hunter2');
  });
});
