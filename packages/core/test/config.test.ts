import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import {
  DEFAULT_BASE_URL,
  DEFAULT_DOWNLOAD_HOSTS,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  MiniMaxFilesConfigError,
  parseMiniMaxEnv,
} from '../src/index.js';

describe('configuration', () => {
  it('defaults', () => {
    const config = resolveConfig({ apiKey: 'k' }, {});
    expect(config.baseURL).toBe(DEFAULT_BASE_URL);
    expect(config.timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
    expect(DEFAULT_TIMEOUT_MS).toBeLessThanOrEqual(30_000);
    expect(config.maxRetries).toBe(DEFAULT_MAX_RETRIES);
    expect(DEFAULT_MAX_RETRIES).toBe(2);
    expect(config.downloadHosts).toEqual(DEFAULT_DOWNLOAD_HOSTS);
  });

  it('reads the MINIMAX_* environment', () => {
    const config = resolveConfig(
      {},
      {
        MINIMAX_API_KEY: 'from-env',
        MINIMAX_BASE_URL: 'https://api.minimaxi.com/',
        MINIMAX_TIMEOUT_MS: '2500',
        MINIMAX_MAX_RETRIES: '0',
        MINIMAX_DOWNLOAD_HOSTS: ' *.Example.com , files.test ,',
      },
    );
    expect(config).toMatchObject({
      apiKey: 'from-env',
      baseURL: 'https://api.minimaxi.com',
      timeoutMs: 2500,
      maxRetries: 0,
      downloadHosts: ['*.example.com', 'files.test'],
    });
  });

  it('prefers options over the environment', () => {
    const config = resolveConfig(
      { apiKey: 'opt', timeoutMs: 100, maxRetries: 5, downloadHosts: ['a.test'] },
      {
        MINIMAX_API_KEY: 'env',
        MINIMAX_TIMEOUT_MS: '9',
        MINIMAX_MAX_RETRIES: '9',
        MINIMAX_DOWNLOAD_HOSTS: 'b.test',
      },
    );
    expect(config).toMatchObject({ apiKey: 'opt', timeoutMs: 100, maxRetries: 5, downloadHosts: ['a.test'] });
  });

  it.each([
    [{}, {}],
    [{ apiKey: '  ' }, {}],
    [{ apiKey: 'k', baseURL: 'not a url' }, {}],
    [{ apiKey: 'k', baseURL: 'ftp://x' }, {}],
    [{ apiKey: 'k', timeoutMs: 0 }, {}],
    [{ apiKey: 'k', maxRetries: -1 }, {}],
    [{ apiKey: 'k', maxRetries: 1.5 }, {}],
    [{ apiKey: 'k' }, { MINIMAX_TIMEOUT_MS: '10s' }],
    [{ apiKey: 'k' }, { MINIMAX_MAX_RETRIES: '-1' }],
  ])('refuses %j with %j', (options, env) => {
    expect(() => resolveConfig(options, env)).toThrow(MiniMaxFilesConfigError);
  });

  it('reads the environment only from where the caller says: process.env by default, none with env: false', () => {
    const saved = process.env.MINIMAX_BASE_URL;
    process.env.MINIMAX_BASE_URL = 'https://api.minimaxi.com';
    try {
      expect(resolveConfig({ apiKey: 'k' }).baseURL).toBe('https://api.minimaxi.com');
      expect(resolveConfig({ apiKey: 'k', env: false }).baseURL).toBe(DEFAULT_BASE_URL);
      expect(resolveConfig({ apiKey: 'k', env: { MINIMAX_MAX_RETRIES: '4' } }).maxRetries).toBe(4);
      expect(() => resolveConfig({ env: false }, false)).toThrow(MiniMaxFilesConfigError);
    } finally {
      if (saved === undefined) delete process.env.MINIMAX_BASE_URL;
      else process.env.MINIMAX_BASE_URL = saved;
    }
  });

  it('one reader for MINIMAX_*: every problem at once, the contract bounds, no URL echoed', () => {
    const { options, problems } = parseMiniMaxEnv({
      MINIMAX_API_KEY: ' key ',
      MINIMAX_BASE_URL: 'ftp://user:hunter2@example.com',
      MINIMAX_TIMEOUT_MS: '30001',
      MINIMAX_MAX_RETRIES: '11',
      MINIMAX_DOWNLOAD_HOSTS: ' , ',
    });
    expect(options).toEqual({ apiKey: 'key' });
    expect(problems).toEqual([
      'MINIMAX_BASE_URL: expected an http(s) URL',
      'MINIMAX_TIMEOUT_MS: expected a whole number from 1 to 30000, got "30001"',
      'MINIMAX_MAX_RETRIES: expected a whole number from 0 to 10, got "11"',
    ]);
    expect(() => resolveConfig({}, { MINIMAX_API_KEY: 'k', MINIMAX_TIMEOUT_MS: '60000' })).toThrow(
      /MINIMAX_TIMEOUT_MS: expected a whole number from 1 to 30000/,
    );
  });
});
