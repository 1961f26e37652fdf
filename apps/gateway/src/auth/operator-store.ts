import type { Kysely } from 'kysely';
import type { Database, OperatorRow } from '../db/tables.js';
import type { Role } from './roles.js';
import { hashSecret, newSecret, TOKEN_PREFIX } from './secrets.js';

/** Names: what the audit log and the header show. Plain, so they cannot forge a log line or a CSV cell. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,62}$/;
/** Reserved for the operators of GATEWAY_OPERATOR_TOKENS. */
export const BOOTSTRAP_PREFIX = 'bootstrap-';

export class OperatorChangeError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT',
  ) {
    super(message);
    this.name = 'OperatorChangeError';
  }
}

export interface OperatorRecord {
  name: string;
  role: Role;
  createdAt: Date | null;
  revokedAt: Date | null;
}

export function checkOperatorName(name: string): void {
  if (!NAME.test(name)) {
    throw new OperatorChangeError(
      'A name is 1 to 63 letters, digits, ".", "_", "@" or "-", starting with a letter or digit.',
      'BAD_USER_INPUT',
    );
  }
  if (name.toLowerCase().startsWith(BOOTSTRAP_PREFIX)) {
    throw new OperatorChangeError(
      `Names starting with "${BOOTSTRAP_PREFIX}" belong to GATEWAY_OPERATOR_TOKENS.`,
      'BAD_USER_INPUT',
    );
  }
}

/** A new operator with a fresh token, returned once; only its hash is stored. A revoked name can be reused. */
export async function createOperator(
  db: Kysely<Database>,
  { name, role, createdBy }: { name: string; role: Role; createdBy: string },
): Promise<{ operator: OperatorRecord; token: string }> {
  checkOperatorName(name);
  const token = newSecret(TOKEN_PREFIX);
  const row = await db
    .insertInto('operators')
    .values({ name, role, token_hash: hashSecret(token), created_by: createdBy, revoked_at: null })
    .onConflict((conflict) =>
      conflict
        .column('name')
        .doUpdateSet({
          role,
          token_hash: hashSecret(token),
          created_by: createdBy,
          created_at: new Date(),
          revoked_at: null,
        })
        // Only a revoked operator's row is replaced; a live one stays as it is and nothing comes back.
        .where('operators.revoked_at', 'is not', null),
    )
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new OperatorChangeError(`An operator named "${name}" already exists.`, 'CONFLICT');
  return { operator: recordOf(row), token };
}

/** Marks the operator revoked and ends their sessions, in one transaction. */
export async function revokeOperator(db: Kysely<Database>, name: string): Promise<OperatorRecord> {
  if (name.toLowerCase().startsWith(BOOTSTRAP_PREFIX)) {
    throw new OperatorChangeError(
      'Bootstrap operators come from GATEWAY_OPERATOR_TOKENS: remove the token there and restart.',
      'BAD_USER_INPUT',
    );
  }
  return await db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('operators')
      .set({ revoked_at: new Date() })
      .where('name', '=', name)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new OperatorChangeError(`No active operator is named "${name}".`, 'NOT_FOUND');
    await tx.deleteFrom('sessions').where('operator_name', '=', name).execute();
    return recordOf(row);
  });
}

export async function findOperatorByToken(
  db: Kysely<Database>,
  token: string,
): Promise<{ name: string; role: Role } | undefined> {
  return await db
    .selectFrom('operators')
    .select(['name', 'role'])
    .where('token_hash', '=', hashSecret(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function listOperators(db: Kysely<Database>): Promise<OperatorRecord[]> {
  const rows = await db.selectFrom('operators').selectAll().orderBy('name').execute();
  return rows.map(recordOf);
}

function recordOf(row: OperatorRow): OperatorRecord {
  return { name: row.name, role: row.role, createdAt: row.created_at, revokedAt: row.revoked_at };
}
