import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearRequests());

function codesOf(body: { errors?: Array<{ extensions?: { code?: string } }> }): Array<string | undefined> {
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

describe('FileID refuses what is not a positive 64-bit decimal integer, before any upstream call', () => {
  it.each([
    '',
    'abc',
    '0',
    '000',
    '-1',
    '+1',
    '1.5',
    '1e3',
    ' 42',
    '42 ',
    '0x2A',
    '１２３',
    '٤٢',
    '9223372036854775808',
    '99999999999999999999999',
  ])('string variable %j', async (id) => {
    const { status, body } = await stack.graphql('query ($id: FileID!) { file(id: $id) { __typename } }', {
      id,
    });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(codesOf(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors[0].message).toMatch(/FileID/);
  });

  it.each([
    ['a fractional JSON number', 1.5],
    ['a negative JSON number', -4],
    ['a boolean', true],
    ['an object', { id: '42' }],
  ])('variable: %s', async (_, id) => {
    const { body } = await stack.graphql('query ($id: FileID!) { file(id: $id) { __typename } }', { id });
    expect(codesOf(body)).toEqual(['BAD_USER_INPUT']);
  });

  it.each(['9223372036854775808', '0', '-5', '4.0', '1e3', 'true', 'FOO', '"12a"', '"-1"'])(
    'literal %s',
    async (literal) => {
      const { status, body } = await stack.graphql(`{ file(id: ${literal}) { __typename } }`);
      expect(status).toBe(400);
      expect(codesOf(body)).toEqual(['BAD_USER_INPUT']);
    },
  );

  it('reaches no upstream at all for any of them', async () => {
    await stack.graphql('{ file(id: 9223372036854775808) { __typename } }');
    await stack.graphql('query ($id: FileID!) { file(id: $id) { __typename } }', { id: '１２３' });
    await stack.graphql('query ($ids: [FileID!]!) { files(ids: $ids) { __typename } }', { ids: ['42', 'x'] });
    expect(stack.emulator.requests).toEqual([]);
  });

  it('refuses JSON numbers that look like integers too: their text is gone after JSON.parse', async () => {
    for (const text of ['42', '9007199254740993', '1.0000000000000001', '9007199254740982.5', '4e1']) {
      const response = await stack.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"query":"query ($id: FileID!) { file(id: $id) { __typename } }","variables":{"id":${text}}}`,
      });
      expect(codesOf(await response.json()), text).toEqual(['BAD_USER_INPUT']);
    }
    expect(stack.emulator.requests).toEqual([]);
  });
});
