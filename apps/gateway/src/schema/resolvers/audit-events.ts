import { cursorOf, MAX_PAGE_SIZE, readAuditEvents, seqOfCursor } from '../../audit/audit-query.js';
import type { AuditEventResolvers, QueryResolvers } from '../../generated/resolvers-types.js';
import { badUserInput } from '../bad-user-input.js';
import { requireDatabase } from '../require-database.js';
import { requireRole } from '../require-role.js';

const DEFAULT_PAGE_SIZE = 50;

export const auditEvents: QueryResolvers['auditEvents'] = async (_, { first, after, filter }, context) => {
  requireRole(context, 'ADMIN', 'Query.auditEvents');
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`auditEvents: first is 1 to ${MAX_PAGE_SIZE}, got ${size}`);
  }
  const afterSeq = after ? seqOfCursor(after) : undefined;
  if (after && afterSeq === undefined) throw badUserInput('auditEvents: that cursor is not one of ours');
  const db = requireDatabase(context, 'audit');
  const page = await readAuditEvents(db, { first: size, afterSeq, filter: filter ?? {} });
  const edges = page.rows.map((node) => ({ cursor: cursorOf(node.seq), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
};

export const AuditEvent: AuditEventResolvers = {
  clientAddress: ({ client_address }) => client_address,
  requestId: ({ request_id }) => request_id,
  fileId: ({ file_id }) => file_id,
  role: ({ role }) => role as never,
  action: ({ action }) => action as never,
};
