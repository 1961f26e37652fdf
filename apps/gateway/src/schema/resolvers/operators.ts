import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError } from '../../auth/authenticator.js';
import {
  BOOTSTRAP_PREFIX,
  createOperator as insertOperator,
  listOperators,
  revokeOperator as markRevoked,
  OperatorChangeError,
  type OperatorRecord,
} from '../../auth/operator-store.js';
import type { GatewayContext } from '../../context.js';
import type {
  MutationResolvers,
  OperatorResolvers,
  QueryResolvers,
} from '../../generated/resolvers-types.js';
import { requireRole } from '../require-role.js';

export const me: QueryResolvers['me'] = (_, __, { principal }) => ({
  name: principal.name,
  role: principal.role,
  createdAt: null,
  revokedAt: null,
});

export const operators: QueryResolvers['operators'] = async (_, __, context) => {
  requireRole(context, 'ADMIN', 'Query.operators');
  const bootstrap: OperatorRecord[] = Array.from(
    { length: context.authenticator.bootstrapCount },
    (_, i) => ({
      name: `${BOOTSTRAP_PREFIX}${i + 1}`,
      role: 'ADMIN',
      createdAt: null,
      revokedAt: null,
    }),
  );
  return [...bootstrap, ...(await listOperators(databaseOf(context)))];
};

export const Operator: OperatorResolvers = {
  bootstrap: ({ name }) => name.startsWith(BOOTSTRAP_PREFIX),
};

export const Mutation: MutationResolvers = {
  async createOperator(_, { name, role }, context) {
    requireRole(context, 'ADMIN', 'Mutation.createOperator');
    const created = await change(() =>
      insertOperator(databaseOf(context), { name: name.trim(), role, createdBy: context.principal.name }),
    );
    // Recorded before the answer (and its token) leaves the gateway.
    await context.auditLog.recordNow({
      ...context.auditFacts,
      action: 'OPERATOR_CREATED',
      outcome: 'ok',
      detail: `${created.operator.name} as ${role}`,
    });
    return created;
  },

  async revokeOperator(_, { name }, context) {
    requireRole(context, 'ADMIN', 'Mutation.revokeOperator');
    const revoked = await change(() => markRevoked(databaseOf(context), name));
    // Every replica forgets the operator's cached token and sessions before the answer leaves.
    await context.authenticator.forgetOperator(revoked.name);
    await context.auditLog.recordNow({
      ...context.auditFacts,
      action: 'OPERATOR_REVOKED',
      outcome: 'ok',
      detail: revoked.name,
    });
    return revoked;
  },
};

function databaseOf(context: GatewayContext) {
  const db = context.database.current();
  if (!db) throw unavailable();
  return db;
}

async function change<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof OperatorChangeError) {
      throw new GraphQLError(error.message, { extensions: { code: error.code } });
    }
    throw unavailable();
  }
}

function unavailable(): GraphQLError {
  return new GraphQLError(new DatabaseUnavailableError().message, {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}
