import { alignRange, readUsage } from '../../audit/usage-query.js';
import type {
  QueryResolvers,
  UpstreamErrorEventResolvers,
  UsageResolvers,
} from '../../generated/resolvers-types.js';
import { badUserInput } from '../bad-user-input.js';
import { requireDatabase } from '../require-database.js';
import { requireRole } from '../require-role.js';

const MAX_TOP = 50;
const LAST_ERRORS = 20;

export const usage: QueryResolvers['usage'] = async (_, { from, to, interval, top }, context) => {
  requireRole(context, 'OPERATOR', 'Query.usage');
  const rows = top ?? 10;
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_TOP) {
    throw badUserInput(`usage: top is 1 to ${MAX_TOP}, got ${rows}`);
  }
  const range = { from, to, intervalSeconds: interval };
  try {
    alignRange(range);
  } catch (error) {
    throw badUserInput(`usage: ${(error as RangeError).message}`);
  }
  const db = requireDatabase(context, 'audit');
  const result = await readUsage(db, range, { top: rows, errors: LAST_ERRORS });
  const budget = context.upstreamBudget;
  return {
    ...result,
    upstreamBudget: budget ? Math.floor((budget.requests * interval) / budget.windowSeconds) : null,
  };
};

export const Usage: UsageResolvers = {
  interval: ({ intervalSeconds }) => intervalSeconds,
};

export const UpstreamErrorEvent: UpstreamErrorEventResolvers = {
  action: ({ action }) => action as never,
};
