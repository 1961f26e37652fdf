import { type ListablePurpose, MAX_IDS_PER_LOOKUP } from '@minimax-files/core';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { fileListView } from '../../lookups/file-list.js';
import { upstreamReportOfLookup } from '../../lookups/file-lookups.js';
import { isUpstreamFailure, upstreamReportOfList } from '../../lookups/list-lookups.js';
import { badUserInput } from '../bad-user-input.js';
import { idBudgetOf } from '../id-budget.js';
import { auditEvents } from './audit-events.js';
import { listMemberOf } from './file-list.js';
import { memberOf } from './file-result.js';
import { me, operators } from './operators.js';
import { usage } from './usage.js';

export const Query: QueryResolvers = {
  async file(_, { id }, context) {
    const budget = idBudgetOf(context, MAX_IDS_PER_LOOKUP);
    budget.claim([id]);
    await budget.check();
    const result = await context.lookups.load(id);
    context.recordOutcome('file', memberOf(result), id, upstreamReportOfLookup(result));
    return result;
  },

  async files(_, { ids }, context) {
    if (ids.length > MAX_IDS_PER_LOOKUP) {
      throw badUserInput(`files: at most ${MAX_IDS_PER_LOOKUP} ids per call, got ${ids.length}`);
    }
    const budget = idBudgetOf(context, MAX_IDS_PER_LOOKUP);
    budget.claim(ids);
    await budget.check();
    const results = await Promise.all(ids.map((id) => context.lookups.load(id)));
    results.forEach((result, index) => {
      context.recordOutcome('files', memberOf(result), ids[index], upstreamReportOfLookup(result));
    });
    return results;
  },

  me,
  operators,
  auditEvents,
  usage,
  // One upstream list per purpose (shared, cached briefly): no id budget to claim, however many files it holds.
  async filesByPurpose(_, { purpose, filter, orderBy }, context) {
    const upstreamPurpose = purpose.toLowerCase() as ListablePurpose;
    const result = await context.fileLists.list(upstreamPurpose, {
      // A stale list answered at once is refreshed behind the answer: that upstream request is this caller's too.
      onRefreshBehind(refreshed) {
        const report = upstreamReportOfList(refreshed);
        if (!report.upstream) return;
        context.audit({
          action: 'LIST',
          outcome: listMemberOf(refreshed),
          detail: `${upstreamPurpose}: refreshed behind a stale answer`,
          ...report,
        });
      },
    });
    context.recordOutcome('filesByPurpose', listMemberOf(result), undefined, upstreamReportOfList(result));
    if (isUpstreamFailure(result)) return result;
    return fileListView(upstreamPurpose, result, {
      filter,
      orderBy: { field: orderBy?.field ?? 'CREATED_AT', direction: orderBy?.direction ?? 'DESC' },
    });
  },
};
