import { hash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'mmf_op_';
export const SESSION_PREFIX = 'mmf_s_';

/** A new random 32-byte secret, URL-safe, with a prefix that says what it is (and lets scanners spot leaks). */
export function newSecret(prefix: typeof TOKEN_PREFIX | typeof SESSION_PREFIX): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * What is stored instead of a secret. A plain SHA-256 is enough: the secrets are 256 random bits, so there is
 * nothing to guess from a hash, and look-ups by hash need no per-row salt. Every authenticated request hashes its
 * credential: the one-shot `hash` costs a third of a `createHash` object (0.25 against 0.7 µs here).
 */
export function hashSecret(secret: string): string {
  return hash('sha256', secret, 'hex');
}
