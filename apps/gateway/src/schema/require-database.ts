import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import type { GatewayContext } from '../context.js';
import type { Database } from '../db/tables.js';

/** The database, or a SERVICE_UNAVAILABLE error for a field that cannot answer without it. */
export function requireDatabase(context: GatewayContext, what: string): Kysely<Database> {
  const db = context.database.current();
  if (db) return db;
  throw new GraphQLError(`The ${what} database is not reachable right now.`, {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}
