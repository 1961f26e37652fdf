import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

// Issue 10 item 11: a document over the token limit (1000 by default) must be refused with 400, like the other
// limits. The sizes stay under the 64 KiB body limit, which answers 413 on its own.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe('the token limit on the real gateway', () => {
  it.each<[string, (n: number) => string, number[]]>([
    ['many fields', (n: number) => `{ ${'__typename '.repeat(n)}}`, [1_500, 5_000]],
    [
      'a huge argument list',
      (n: number) =>
        `{ file(id: "1", ${Array.from({ length: n }, (_, i) => `a${i}: 1`).join(' ')}) { __typename } }`,
      [500, 3_000],
    ],
    [
      'many fragments',
      (n: number) =>
        `{ __typename } ${Array.from({ length: n }, (_, i) => `fragment f${i} on Query { __typename }`).join(' ')}`,
      [200, 1_000],
    ],
  ])('answers 400 with QUERY_LIMIT_EXCEEDED for %s', async (_name, document, sizes) => {
    for (const n of sizes) {
      // Twice: the second time the document could come from a parse cache.
      await stack.graphql(document(n));
      const reply = await stack.graphql(document(n));
      expect({ n, status: reply.status, code: reply.body?.errors?.[0]?.extensions?.code }).toEqual({
        n,
        status: 400,
        code: 'QUERY_LIMIT_EXCEEDED',
      });
    }
  });

  it('answers 400 to a GET over the limit', async () => {
    // Short tokens: a longer URL is refused by Node itself (431).
    const query = encodeURIComponent(`{ ${'a '.repeat(1_500)}}`);
    const response = await stack.fetch(`/graphql?query=${query}`, {
      headers: { accept: 'application/json' },
    });
    const text = await response.text();
    const body = text ? JSON.parse(text) : undefined;
    expect({ status: response.status, code: body?.errors?.[0]?.extensions?.code }).toEqual({
      status: 400,
      code: 'QUERY_LIMIT_EXCEEDED',
    });
  });
});
