import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { NODE_ENV: 'production' } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearRequests());

async function post(body: string) {
  const response = await stack.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : undefined,
  };
}

const query = (text: string) => post(JSON.stringify({ query: text }));

describe('abusive queries are refused before any upstream call', () => {
  it('too deep', async () => {
    const deep = `{ __type(name: "File") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }`;
    const { status, json } = await stack.graphql(deep).then((r) => ({ status: r.status, json: r.body }));
    expect(status).toBe(400);
    expect(json.errors[0].message).toMatch(/depth/i);
  });

  it('1000 aliases of file(id)', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: file(id: ${SEEDED.small}) { __typename }`);
    const { status, json } = await query(`{ ${aliases.join(' ')} }`);
    expect(status).toBe(400);
    expect(json.errors.length).toBeGreaterThan(0);
    expect(stack.emulator.requests).toEqual([]);
  });

  it('16 aliases (over the limit of 15)', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: file(id: ${SEEDED.small}) { __typename }`);
    const { status, json } = await query(`{ ${aliases.join(' ')} }`);
    expect(status).toBe(400);
    expect(json.errors[0].message).toMatch(/alias/i);
    expect(stack.emulator.requests).toEqual([]);
  });

  it('too many tokens', async () => {
    const fields = Array.from({ length: 1100 }, () => '__typename').join(' ');
    const { status, json } = await query(`{ file(id: ${SEEDED.small}) { ${fields} } }`);
    expect(status).toBe(400);
    expect(json.errors[0].message).toMatch(/token/i);
    expect(stack.emulator.requests).toEqual([]);
  });

  it('too many directives', async () => {
    const directives = Array.from({ length: 20 }, () => '@include(if: true)').join(' ');
    const { status, json } = await query(`{ file(id: ${SEEDED.small}) ${directives} { __typename } }`);
    expect(status).toBe(400);
    expect(json.errors[0].message).toMatch(/directive/i);
  });

  it('a huge document: 413 before parsing', async () => {
    const { status } = await query(`{ __typename } # ${'x'.repeat(200_000)}`);
    expect(status).toBe(413);
  });

  it('batched bodies beyond the batch limit', async () => {
    const operation = { query: `{ file(id: ${SEEDED.small}) { __typename } }` };
    const refused = await post(JSON.stringify(Array(6).fill(operation)));
    expect(refused.status).toBe(413);
    expect(stack.emulator.requests).toEqual([]);
    const accepted = await post(JSON.stringify(Array(2).fill(operation)));
    expect(accepted.status).toBe(200);
    expect(accepted.json).toEqual([
      { data: { file: { __typename: 'File' } } },
      { data: { file: { __typename: 'File' } } },
    ]);
  });
});

describe('production defaults', () => {
  it('refuses introspection', async () => {
    const { body } = await stack.graphql('{ __schema { types { name } } }');
    expect(body.errors[0].message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const { body } = await stack.graphql(`{ fil(id: ${SEEDED.small}) { __typename } }`);
    expect(JSON.stringify(body)).not.toMatch(/did you mean/i);
  });

  it('does not serve GraphiQL', async () => {
    const response = await stack.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/<html/i);
  });
});

describe('development defaults', () => {
  it('serves GraphiQL and introspection', async () => {
    const dev = await startStack();
    try {
      const page = await dev.fetch('/graphql', { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(/<html/i);
      expect(html).not.toContain('test-operator-token');
      const { body } = await dev.graphql('{ __type(name: "FileResult") { possibleTypes { name } } }');
      expect(body.data.__type.possibleTypes).toHaveLength(9);
    } finally {
      await dev.close();
    }
  });
});
