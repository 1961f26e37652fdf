import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isReplayableOperation, REPLAYABLE_ROOT_FIELDS } from './replayable-operations.js';

const replayable = (source: string, operationName?: string) =>
  isReplayableOperation(parse(source), operationName);

describe('replayable operations', () => {
  it('allows exactly file(id), aliased or not, by variable or literal', () => {
    expect([...REPLAYABLE_ROOT_FIELDS]).toEqual(['file']);
    expect(replayable('query F($id: FileID!) { file(id: $id) { __typename } }')).toBe(true);
    expect(replayable('{ latest: file(id: "42") { __typename } }')).toBe(true);
  });

  it('refuses every other root field, several fields, fragments at the root and non-queries', () => {
    for (const source of [
      'query { files(ids: ["1"]) { __typename } }',
      'query { me { name } }',
      'query { latestFile { __typename } }',
      'query { file(id: "1") { __typename } me { name } }',
      'query { ... on Query { file(id: "1") { __typename } } }',
      'fragment F on Query { file(id: "1") { __typename } } query { ...F }',
      'mutation { revokeOperator(name: "x") { name } }',
      'subscription { file(id: "1") { __typename } }',
    ]) {
      expect(replayable(source), source).toBe(false);
    }
  });

  it('judges the operation that runs when a document holds several', () => {
    const source = 'query A { file(id: "1") { __typename } } query B { me { name } }';
    expect(replayable(source, 'A')).toBe(true);
    expect(replayable(source, 'B')).toBe(false);
    expect(replayable(source)).toBe(false); // ambiguous without a name: nothing runs
  });

  it('a field can be taken off the list (or a new one put on) by the caller', () => {
    expect(isReplayableOperation(parse('{ file(id: "1") { __typename } }'), undefined, new Set())).toBe(
      false,
    );
  });
});
