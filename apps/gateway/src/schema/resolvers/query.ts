import { MAX_IDS_PER_LOOKUP } from '@minimax-files/core';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { idBudgetOf } from '../id-budget.js';
import { badUserInput } from '../scalars/bad-user-input.js';
import { memberOf } from './file-result.js';

export const Query: QueryResolvers = {
  async file(_, { id }, context) {
    const budget = idBudgetOf(context, MAX_IDS_PER_LOOKUP);
    budget.claim([id]);
    await budget.check();
    const result = await context.fileLoader.load(id);
    context.recordOutcome('file', memberOf(result));
    return result;
  },

  async files(_, { ids }, context) {
    if (ids.length > MAX_IDS_PER_LOOKUP) {
      throw badUserInput(`files: at most ${MAX_IDS_PER_LOOKUP} ids per call, got ${ids.length}`);
    }
    const budget = idBudgetOf(context, MAX_IDS_PER_LOOKUP);
    budget.claim(ids);
    await budget.check();
    const results = await Promise.all(ids.map((id) => context.fileLoader.load(id)));
    for (const result of results) context.recordOutcome('files', memberOf(result));
    return results;
  },
};
