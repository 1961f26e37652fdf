import { hash, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { GatewayDatabase } from '../db/gateway-database.js';
import type { Revocation, RevocationFeed } from '../shared/revocation-feed.js';
import { findOperatorByToken } from './operator-store.js';
import type { Principal } from './roles.js';
import { hashSecret, SESSION_PREFIX, TOKEN_PREFIX } from './secrets.js';
import { findSession, type SessionLimits, touchSession } from './session-store.js';

/** What a request presents: an operator token, or a session id the gateway issued at sign-in. */
export type Credential = { kind: 'token'; value: string } | { kind: 'session'; value: string };

export class DatabaseUnavailableError extends Error {
  constructor() {
    super('The operator database is not reachable right now. Try again in a moment.');
    this.name = 'DatabaseUnavailableError';
  }
}

export interface AuthenticatorOptions {
  /** GATEWAY_OPERATOR_TOKENS: ADMINs named bootstrap-1, bootstrap-2, … in order. Checked in memory. */
  bootstrapTokens: readonly string[];
  database: GatewayDatabase;
  sessions: SessionLimits;
  /**
   * How long a database answer is reused (never past a session's expiry). Without `feed` it bounds how long a
   * revocation or a sign-out on another replica can go unnoticed; on the replica that made the change the entry
   * is dropped at once.
   */
  cacheMs?: number;
  /** Revocations shared with the other replicas (Redis pub/sub): they drop their cached answers at once. */
  feed?: RevocationFeed;
  /** A session's last-seen time is written at most this often (its idle timeout is far longer). */
  touchEveryMs?: number;
}

export interface Authenticator {
  /** The caller, undefined when the credential is unknown, revoked or expired. */
  authenticate(credential: Credential): Promise<Principal | undefined>;
  /** Without waiting: bootstrap tokens and fresh cached answers only (the response fast path's check). */
  peek(credential: Credential): Principal | undefined;
  /**
   * Drops cached answers for an operator (revoked) or one session (signed out) on this replica, and on every
   * replica sharing the revocation feed before resolving.
   */
  forgetOperator(name: string): Promise<void>;
  forgetSession(sessionHash: string): Promise<void>;
  /** How many operators GATEWAY_OPERATOR_TOKENS configures. */
  readonly bootstrapCount: number;
}

/**
 * Resolves credentials to operators. Bootstrap tokens are compared in constant time against every configured one
 * (SHA-256 of both sides, so lengths never leak). Created operators' tokens and sessions are found by hash in the
 * database, and the answer is cached for `cacheMs` (default 1 s) so the hot path does not query per request.
 */
export function createAuthenticator({
  bootstrapTokens,
  database,
  sessions,
  cacheMs = 1_000,
  feed,
  touchEveryMs = 60_000,
}: AuthenticatorOptions): Authenticator {
  const bootstrap = bootstrapTokens.map((token, index) => ({
    digest: digest(token),
    principal: { name: `bootstrap-${index + 1}`, role: 'ADMIN' } as Principal,
  }));
  const cache = new LRUCache<string, Principal>({ max: 10_000, ttl: cacheMs, ttlAutopurge: false });
  const touched = new LRUCache<string, number>({ max: 10_000 });

  const matchBootstrap = (token: string): Principal | undefined => {
    const candidate = digest(token);
    let found: Principal | undefined;
    for (const entry of bootstrap) {
      if (timingSafeEqual(entry.digest, candidate) && !found) found = entry.principal;
    }
    return found;
  };

  const cacheKey = (credential: Credential) => `${credential.kind}:${hashSecret(credential.value)}`;

  const forget = (revocation: Revocation) => {
    for (const [key, principal] of cache.entries()) {
      const revoked =
        'operator' in revocation
          ? principal.name === revocation.operator
          : principal.sessionHash === revocation.session;
      if (revoked) cache.delete(key);
    }
  };
  feed?.listen({ revoked: forget, missed: () => cache.clear() });
  const revoke = async (revocation: Revocation) => {
    forget(revocation);
    await feed?.publish(revocation);
  };

  return {
    bootstrapCount: bootstrap.length,
    peek(credential) {
      if (credential.kind === 'token') {
        const principal = matchBootstrap(credential.value);
        if (principal) return principal;
      }
      return cache.get(cacheKey(credential));
    },
    async authenticate(credential) {
      if (credential.kind === 'token') {
        const principal = matchBootstrap(credential.value);
        if (principal) return principal;
      }
      // Only secrets of the gateway's own shapes can be in the database: anything else is refused without a query.
      if (!credential.value.startsWith(credential.kind === 'token' ? TOKEN_PREFIX : SESSION_PREFIX))
        return undefined;
      const key = cacheKey(credential);
      const cached = cache.get(key);
      if (cached) return cached;
      const db = database.current();
      if (!db) throw new DatabaseUnavailableError();
      let principal: Principal | undefined;
      let ttl = cacheMs;
      try {
        if (credential.kind === 'token') {
          principal = await findOperatorByToken(db, credential.value);
        } else {
          const sessionHash = hashSecret(credential.value);
          const session = await findSession(db, sessionHash, sessions);
          if (session) {
            principal = { name: session.name, role: session.role, sessionHash };
            const last = touched.get(sessionHash) ?? session.lastSeenAt.getTime();
            // A cached session is never served past its expiry or its idle timeout.
            const endsAt = Math.min(session.expiresAt.getTime(), last + sessions.idleMs);
            ttl = Math.min(ttl, endsAt - Date.now());
            if (Date.now() - last >= touchEveryMs) {
              touched.set(sessionHash, Date.now());
              await touchSession(db, sessionHash);
            }
          }
        }
      } catch {
        throw new DatabaseUnavailableError();
      }
      if (principal && ttl > 0) cache.set(key, principal, { ttl });
      return principal;
    },
    forgetOperator: (name) => revoke({ operator: name }),
    forgetSession: (sessionHash) => revoke({ session: sessionHash }),
  };
}

function digest(token: string): Buffer {
  return hash('sha256', token, 'buffer');
}

/**
 * The credential a request presents: `Authorization: Bearer <token>`, `Authorization: Session <id>` (the admin,
 * after sign-in), or Basic credentials whose password is a token (the user name is ignored) so that a browser's own
 * sign-in prompt can open GraphiQL.
 */
export function credentialOf(header: string | null | undefined): Credential | undefined {
  if (!header) return undefined;
  const scheme = /^(Bearer|Session) +(\S+) *$/i.exec(header);
  if (scheme?.[1] && scheme[2]) {
    return { kind: scheme[1].toLowerCase() === 'session' ? 'session' : 'token', value: scheme[2] };
  }
  const basic = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header);
  if (!basic?.[1]) return undefined;
  const credentials = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = credentials.indexOf(':');
  return colon >= 0 && colon < credentials.length - 1
    ? { kind: 'token', value: credentials.slice(colon + 1) }
    : undefined;
}
