import type { MiniMaxFile } from '@minimax-files/core';
import { LRUCache } from 'lru-cache';

/**
 * A cached entry must leave time to use its signed link: a download started just before the link expires
 * would fail half-way, so entries go this long before the link does.
 */
export const LINK_EXPIRY_MARGIN_MS = 10_000;

export interface LookupCacheOptions {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}

/** The metadata cache: successful look-ups only, keyed by canonical id; failures are never cached. */
export interface LookupCache {
  get(id: string): MiniMaxFile | undefined;
  /** `notAfter` (epoch ms): the entry goes by then at the latest (a shared entry's own expiry). */
  set(file: MiniMaxFile, notAfter?: number): void;
  /** How long this cache would keep the file from now (0: not at all). */
  ttlFor(file: MiniMaxFile): number;
}

export function createLookupCache({ ttlMs, maxEntries, now = Date.now }: LookupCacheOptions): LookupCache {
  const cache = new LRUCache<string, MiniMaxFile>({ max: maxEntries });
  return {
    get: (id) => cache.get(id),
    set(file, notAfter) {
      const at = now();
      const ttl = Math.min(cacheTtlFor(file, ttlMs, at), notAfter === undefined ? ttlMs : notAfter - at);
      if (ttl > 0) cache.set(file.id, file, { ttl });
    },
    ttlFor: (file) => cacheTtlFor(file, ttlMs, now()),
  };
}

/** The configured TTL, cut short so the entry never outlives its download link (minus the margin). */
export function cacheTtlFor(file: MiniMaxFile, ttlMs: number, now: number): number {
  const expiresAt = file.downloadUrlExpiresAt?.getTime();
  if (expiresAt === undefined) return ttlMs;
  return Math.max(0, Math.min(ttlMs, expiresAt - LINK_EXPIRY_MARGIN_MS - now));
}
