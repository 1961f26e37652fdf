import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { idBudgetOf } from '../id-budget.js';
import { badUserInput } from '../scalars/bad-user-input.js';
import { auditEvents } from './audit-events.js';
import { memberOf } from './file-result.js';
import { me, operators } from './operators.js';

/** The documented maximum of `files(ids:)`, and of distinct ids per operation; checked before any upstream call. */
export const MAX_IDS_PER_CALL = 100;

export const Query: QueryResolvers = {
  async file(_, { id }, context) {
    const budget = idBudgetOf(context, MAX_IDS_PER_CALL);
    budget.claim([id]);
    await budget.check();
    const result = await context.fileLoader.load(id);
    context.recordOutcome('file', memberOf(result), id);
    return result;
  },

  async files(_, { ids }, context) {
    if (ids.length > MAX_IDS_PER_CALL) {
      throw badUserInput(`files: at most ${MAX_IDS_PER_CALL} ids per call, got ${ids.length}`);
    }
    const budget = idBudgetOf(context, MAX_IDS_PER_CALL);
    budget.claim(ids);
    await budget.check();
    const results = await Promise.all(ids.map((id) => context.fileLoader.load(id)));
    results.forEach((result, index) => {
      context.recordOutcome('files', memberOf(result), ids[index]);
    });
    return results;
  },

  me,
  operators,
  auditEvents,
};
