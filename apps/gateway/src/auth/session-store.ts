import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import type { Principal } from './roles.js';
import { hashSecret, newSecret, SESSION_PREFIX } from './secrets.js';

export interface SessionLimits {
  /** From sign-in, however busy the session is. */
  maxAgeMs: number;
  /** Without a request. */
  idleMs: number;
}

/** A new session for a signed-in operator: the id goes to the caller once; the table keeps only its hash. */
export async function createSession(
  db: Kysely<Database>,
  operator: Pick<Principal, 'name' | 'role'>,
  { maxAgeMs }: SessionLimits,
): Promise<{ id: string; expiresAt: Date }> {
  const id = newSecret(SESSION_PREFIX);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + maxAgeMs);
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashSecret(id),
      operator_name: operator.name,
      role: operator.role,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { id, expiresAt };
}

/** The session's operator while it is neither expired nor idle for too long; when it was last seen and expires. */
export async function findSession(
  db: Kysely<Database>,
  idHash: string,
  { idleMs }: SessionLimits,
): Promise<(Principal & { lastSeenAt: Date; expiresAt: Date }) | undefined> {
  const now = new Date();
  const row = await db
    .selectFrom('sessions')
    .select(['operator_name', 'role', 'last_seen_at', 'expires_at'])
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', new Date(now.getTime() - idleMs))
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    name: row.operator_name,
    role: row.role,
    sessionHash: idHash,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

export async function touchSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Expired and idle sessions go with the audit retention sweep. */
export async function pruneSessions(db: Kysely<Database>, { idleMs }: SessionLimits): Promise<void> {
  const now = Date.now();
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('expires_at', '<=', new Date(now)), eb('last_seen_at', '<=', new Date(now - idleMs))]),
    )
    .execute();
}

export { hashSecret as hashSessionId };
