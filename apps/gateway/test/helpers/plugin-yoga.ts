import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { pino } from 'pino';
import { createAuditLog } from '../../src/audit/audit-log.js';
import { createAuthenticator } from '../../src/auth/authenticator.js';
import type { GatewayUserContext } from '../../src/context.js';
import type { GatewayDatabase } from '../../src/db/gateway-database.js';
import type { ListLookups } from '../../src/lookups/list-lookups.js';
import type { RequestLookups } from '../../src/lookups/request-lookups.js';
import { useOperatorAuth } from '../../src/plugins/use-operator-auth.js';

/** A minimal Yoga with only the plugins under test, for the unit tests beside each plugin (`yoga.fetch`). */
export function yogaWith(plugins: Plugin[], options: { graphiql?: boolean } = {}) {
  return createYoga({
    schema: createSchema({
      typeDefs: 'type Query { hello: String! deep: Query! }',
      resolvers: { Query: { hello: () => 'world', deep: () => ({}) } },
    }),
    plugins,
    graphiql: options.graphiql ?? false,
    landingPage: false,
    healthCheckEndpoint: '/healthz',
    logging: false,
  });
}

export const jsonQuery = (query: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
  body: JSON.stringify({ query }),
});

/** No database at all (never ready): an authenticator over it knows only the bootstrap tokens. */
export const NO_DATABASE: GatewayDatabase = {
  ready: new Promise(() => {}),
  current: () => undefined,
  close: async () => {},
};

/** The auth plugin as the gateway wires it, with bootstrap tokens only (`[]`: the token-less loopback mode). */
export function bootstrapAuth(tokens: string[]): Plugin {
  const authenticator = createAuthenticator({
    bootstrapTokens: tokens,
    database: NO_DATABASE,
    sessions: { maxAgeMs: 60_000, idleMs: 60_000 },
  });
  return useOperatorAuth({ authenticator, enabled: tokens.length > 0 });
}

/** The GraphQL context the gateway builds, for a Yoga assembled by hand in a unit test: the caller is an ADMIN. */
export function contextWith(lookups: RequestLookups, fileLists: ListLookups): GatewayUserContext {
  const principal = { name: 'bootstrap-1', role: 'ADMIN' } as const;
  const auditLog = createAuditLog({ database: () => undefined, logger: pino({ level: 'silent' }) });
  auditLog.close();
  return {
    lookups,
    fileLists,
    principal,
    auditFacts: { actor: principal.name, role: principal.role },
    auditLog,
    database: NO_DATABASE,
    authenticator: createAuthenticator({
      bootstrapTokens: [],
      database: NO_DATABASE,
      sessions: { maxAgeMs: 60_000, idleMs: 60_000 },
    }),
    audit: () => undefined,
    recordOutcome: () => undefined,
  };
}
