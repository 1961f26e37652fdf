import { MAX_IDS_PER_LOOKUP } from '@minimax-files/core';
import { GraphQLError } from 'graphql';
import type { FileResolvers } from '../../generated/resolvers-types.js';
import { isFailedLookup, upstreamReportOfLookup } from '../../lookups/file-lookups.js';
import { idBudgetOf } from '../id-budget.js';
import { FileIdScalar } from '../scalars/file-id.js';
import { memberOf } from './file-result.js';

/**
 * Federation's `_entities` for `File @key(fields: "id")`: a supergraph hands over `{ __typename: "File", id }`
 * references and gets the files back. They go through the request's look-ups, so the references of one
 * `_entities` call are batched, de-duplicated and cached exactly like `files(ids)`, and count against the same
 * per-operation id budget. A representation's id is raw JSON (`_Any`), so it passes the FileID scalar's rule.
 * An entity has no union to carry a failure: a failed look-up (FileNotFound included) is a GraphQL error whose
 * extensions carry the union member's name and fields, so the supergraph's caller still sees what happened.
 */
export const resolveFileReference: NonNullable<FileResolvers['__resolveReference']> = async (
  reference,
  context,
) => {
  const id = FileIdScalar.parseValue(reference.id);
  const budget = idBudgetOf(context, MAX_IDS_PER_LOOKUP);
  budget.claim([id]);
  await budget.check();
  const result = await context.lookups.load(id);
  context.recordOutcome(
    '_entities',
    memberOf(result),
    result.id ?? undefined,
    upstreamReportOfLookup(result),
  );
  if (!isFailedLookup(result)) return result;
  const { error } = result;
  throw new GraphQLError(error.message, {
    extensions: {
      code: error.kind,
      retryable: error.retryable,
      upstreamCode: error.upstreamCode ?? null,
      traceId: error.traceId ?? null,
    },
  });
};
