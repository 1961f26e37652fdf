import { GraphQLError } from 'graphql';
import { type Role, roleAllows } from '../auth/roles.js';
import type { GatewayContext } from '../context.js';

/**
 * The gateway is the authority on roles: a field that needs more than the caller's role fails with FORBIDDEN
 * (never a partial answer) and the attempt is audited as ACCESS_DENIED.
 */
export function requireRole(context: GatewayContext, needed: Role, field: string): void {
  if (roleAllows(context.principal.role, needed)) return;
  context.audit({ action: 'ACCESS_DENIED', outcome: 'FORBIDDEN', detail: field });
  throw new GraphQLError(`${field} needs the ${needed} role; you are ${context.principal.role}.`, {
    extensions: { code: 'FORBIDDEN' },
  });
}
