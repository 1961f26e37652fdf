import type { MiniMaxFile } from '@minimax-files/core';
import { describe, expect, it } from 'vitest';
import { cacheTtlFor, createLookupCache, LINK_EXPIRY_MARGIN_MS } from './lookup-cache.js';

const NOW = 1_700_000_000_000;

function file(id: string, linkExpiresInMs?: number): MiniMaxFile {
  return {
    id,
    bytes: 1,
    filename: 'a.mp3',
    purpose: 't2a_async',
    createdAt: new Date(NOW),
    ...(linkExpiresInMs !== undefined && {
      downloadUrl: 'https://storage.example/a.mp3',
      downloadUrlExpiresAt: new Date(NOW + linkExpiresInMs),
    }),
  };
}

describe('cacheTtlFor', () => {
  it('uses the configured TTL when the link lives longer', () => {
    expect(cacheTtlFor(file('1', 3_600_000), 60_000, NOW)).toBe(60_000);
    expect(cacheTtlFor(file('1'), 60_000, NOW)).toBe(60_000);
  });

  it('never outlives the link, keeping a margin to start a download', () => {
    expect(cacheTtlFor(file('1', 30_000), 60_000, NOW)).toBe(30_000 - LINK_EXPIRY_MARGIN_MS);
    expect(cacheTtlFor(file('1', LINK_EXPIRY_MARGIN_MS - 1), 60_000, NOW)).toBe(0);
    expect(cacheTtlFor(file('1', -5_000), 60_000, NOW)).toBe(0);
  });
});

describe('createLookupCache', () => {
  it('serves an entry until its TTL runs out', async () => {
    const cache = createLookupCache({ ttlMs: 30, maxEntries: 10 });
    cache.set(file('1'));
    expect(cache.get('1')?.id).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(cache.get('1')).toBeUndefined();
  });

  it('does not store entries whose link is about to expire', () => {
    const cache = createLookupCache({ ttlMs: 60_000, maxEntries: 10 });
    cache.set({
      ...file('2'),
      downloadUrl: 'https://s.example/a',
      downloadUrlExpiresAt: new Date(Date.now() + 1_000),
    });
    cache.set({
      ...file('3'),
      downloadUrl: 'https://s.example/b',
      downloadUrlExpiresAt: new Date(Date.now() + 60_000),
    });
    expect(cache.get('2')).toBeUndefined();
    expect(cache.get('3')?.id).toBe('3');
  });

  it('evicts the least recently used entry past the size bound', () => {
    const cache = createLookupCache({ ttlMs: 60_000, maxEntries: 2 });
    cache.set(file('1'));
    cache.set(file('2'));
    cache.get('1');
    cache.set(file('3'));
    expect(cache.get('2')).toBeUndefined();
    expect(cache.get('1')?.id).toBe('1');
  });

  it('stores nothing with a TTL of 0', () => {
    const cache = createLookupCache({ ttlMs: 0, maxEntries: 2 });
    cache.set(file('1'));
    expect(cache.get('1')).toBeUndefined();
  });
});
