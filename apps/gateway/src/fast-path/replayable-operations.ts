import { type DocumentNode, getOperationAST, Kind } from 'graphql';

/**
 * The root fields whose answer is a pure function of their arguments while the metadata cache holds the file:
 * only an operation made of exactly one of these may be replayed by the response fast path. `file(id)` is; a
 * field such as `me` (who asks), a "latest file" (time) or a list (`files`, `filesByPurpose`: another cache's
 * lifetime) is not, and a new field is not replayed until it is added here with a test saying why it may be.
 */
export const REPLAYABLE_ROOT_FIELDS: ReadonlySet<string> = new Set(['file']);

/**
 * Whether the operation to execute is a query of exactly one root field (aliases allowed) on the allow-list,
 * selected directly (not through a fragment, whose type condition would have to be resolved here too).
 */
export function isReplayableOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
  allowed: ReadonlySet<string> = REPLAYABLE_ROOT_FIELDS,
): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query') return false;
  const [selection, ...others] = operation.selectionSet.selections;
  return others.length === 0 && selection?.kind === Kind.FIELD && allowed.has(selection.name.value);
}
