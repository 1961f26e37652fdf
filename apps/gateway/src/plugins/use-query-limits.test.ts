import { describe, expect, it } from 'vitest';
import { jsonQuery, yogaWith } from '../../test/helpers/plugin-yoga.js';
import { useQueryLimits } from './use-query-limits.js';

const yoga = yogaWith([
  useQueryLimits({ maxDepth: 3, maxAliases: 2, maxTokens: 60, maxDirectives: 2, maxCost: 500 }),
]);

async function run(query: string, accept = 'application/graphql-response+json') {
  const response = await yoga.fetch('http://gateway.test/graphql', jsonQuery(query, { accept }));
  return { status: response.status, body: await response.json() };
}

describe('useQueryLimits', () => {
  it('answers a query within every limit', async () => {
    expect((await run('{ deep { deep { hello } } }')).body).toEqual({
      data: { deep: { deep: { hello: 'world' } } },
    });
  });

  it.each([
    ['depth', '{ deep { deep { deep { hello } } } }', /depth/i],
    ['aliases', '{ a: hello b: hello c: hello }', /alias/i],
    ['tokens', `{ ${'hello '.repeat(60)}}`, /token/i],
    ['directives', '{ hello @skip(if: false) @skip(if: false) @skip(if: false) }', /directive/i],
  ])('refuses too much %s with 400 and QUERY_LIMIT_EXCEEDED', async (_, query, message) => {
    // Issue 10 item 11: a client accepting only application/json got 200 for these refusals.
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const { status, body } = await run(query, accept);
      expect({ accept, status }).toEqual({ accept, status: 400 });
      expect(body.errors[0].message).toMatch(message);
      expect(body.errors[0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED');
    }
  });

  it('does not suggest field names', async () => {
    const { body } = await run('{ helo }');
    expect(JSON.stringify(body)).not.toMatch(/did you mean/i);
  });
});
