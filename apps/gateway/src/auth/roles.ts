import type { Role } from '../db/tables.js';

export type { Role };

/** Least to most: each role may do everything the ones before it may. */
export const ROLES: readonly Role[] = ['VIEWER', 'OPERATOR', 'ADMIN'];

/** Who may fetch bytes through /files/{id}/content (and so sees File.downloadUrl). */
export const DOWNLOAD_ROLE: Role = 'OPERATOR';

export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is calling: a named operator with a role, signed in by token or by a gateway session. */
export interface Principal {
  name: string;
  role: Role;
  /** The hash of the session id, when the request came with a session rather than a token. */
  sessionHash?: string;
}
