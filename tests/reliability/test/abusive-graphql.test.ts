import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import {
  errorCodes,
  type GraphQLResponse,
  graphqlOverHttpProblems,
  postGraphQL,
} from '../src/harness/graphql.js';
import { send } from '../src/harness/http-client.js';
import { apiRequests, type Stack, startStack } from '../src/harness/stack.js';

const ID = '7200000000000001';
const alias = (index: number, id = ID) => `a${index}: file(id: "${id}") { __typename }`;
const distinctIds = (count: number, from = 7_300_000_000_000_000n) =>
  Array.from({ length: count }, (_, index) => (from + BigInt(index)).toString());

interface Abuse {
  name: string;
  send: (stack: Stack) => Promise<GraphQLResponse>;
  /** The most upstream requests this may cause. */
  maxUpstream: number;
  /** Statuses that count as a clear refusal; default any 4xx. */
  statuses?: (status: number) => boolean;
  /**
   * Bodies over the limit: the gateway answers 413 and closes while the client may still be writing, so the
   * client can see the reset before the status. A refusal either way.
   */
  overBodyLimit?: boolean;
}

const post = (stack: Stack, body: unknown, extra: Parameters<typeof postGraphQL>[2] | object = {}) =>
  postGraphQL(stack.gateway.url, undefined, {
    token: stack.gateway.token,
    rawBody: typeof body === 'string' ? body : JSON.stringify(body),
    ...extra,
  });

const is4xx = (status: number) => status >= 400 && status < 500;

const ABUSES: Abuse[] = [
  {
    name: 'deeply nested inline fragments (300 levels)',
    send: (stack) =>
      post(stack, {
        query: `{ file(id: "${ID}") { ${'... on File { '.repeat(300)}id${' }'.repeat(300)} } }`,
      }),
    maxUpstream: 0,
  },
  {
    name: 'deep introspection (__type ofType chains, 40 levels)',
    send: (stack) =>
      post(stack, {
        query: `{ __schema { types { fields { type { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } } } } }`,
      }),
    maxUpstream: 0,
  },
  {
    name: '1,000 aliases of file',
    send: (stack) =>
      post(stack, { query: `{ ${Array.from({ length: 1000 }, (_, index) => alias(index)).join(' ')} }` }),
    maxUpstream: 0,
  },
  {
    name: '100 aliases of file with distinct ids',
    send: (stack) =>
      post(stack, {
        query: `{ ${distinctIds(100)
          .map((id, index) => alias(index, id))
          .join(' ')} }`,
      }),
    maxUpstream: 0,
  },
  {
    name: 'a very long document (60 KB of fields, under the body limit)',
    send: (stack) => post(stack, { query: `{ file(id: "${ID}") { ${'__typename '.repeat(5_000)} } }` }),
    maxUpstream: 0,
  },
  {
    name: 'a 2 MB document (over the body limit)',
    send: (stack) => post(stack, { query: `{ ${'x'.repeat(2 * 1024 * 1024)} }` }),
    maxUpstream: 0,
    overBodyLimit: true,
  },
  {
    name: 'files(ids) with 101 ids (over the documented maximum of 100)',
    send: (stack) =>
      post(stack, {
        query: 'query Many($ids: [FileID!]!) { files(ids: $ids) { __typename } }',
        variables: { ids: distinctIds(101) },
      }),
    maxUpstream: 0,
    // A field-level refusal is a 200 with errors and data null under GraphQL over HTTP; either is clear.
    statuses: (status) => status === 200 || is4xx(status),
  },
  {
    name: 'files(ids) with 5,000 ids',
    send: (stack) =>
      post(stack, {
        query: 'query Many($ids: [FileID!]!) { files(ids: $ids) { __typename } }',
        variables: { ids: distinctIds(5_000) },
      }),
    maxUpstream: 0,
    overBodyLimit: true,
    statuses: (status) => status === 200 || is4xx(status),
  },
  {
    name: 'a batched body of 1,000 operations',
    send: (stack) =>
      post(
        stack,
        Array.from({ length: 1000 }, () => ({ query: `{ ${alias(0)} }` })),
      ),
    maxUpstream: 0,
  },
  {
    name: 'a batched body one over the batch limit (6 operations)',
    send: (stack) =>
      post(
        stack,
        distinctIds(6).map((id) => ({ query: `{ ${alias(0, id)} }` })),
      ),
    maxUpstream: 0,
  },
  {
    name: 'malformed JSON (cut off)',
    send: (stack) => post(stack, '{"query": "{ file(id: \\"1\\") {'),
    maxUpstream: 0,
  },
  {
    name: 'malformed JSON (not JSON at all)',
    send: (stack) => post(stack, 'query=%7B%7D&<xml/>'),
    maxUpstream: 0,
  },
  { name: 'JSON null body', send: (stack) => post(stack, 'null'), maxUpstream: 0 },
  {
    name: 'JSON string body',
    send: (stack) => post(stack, '"{ file(id: 1) { __typename } }"'),
    maxUpstream: 0,
  },
  { name: 'query is a number', send: (stack) => post(stack, { query: 42 }), maxUpstream: 0 },
  {
    name: 'variables is a string',
    send: (stack) => post(stack, { query: `{ ${alias(0)} }`, variables: '{"id":1}' }),
    maxUpstream: 0,
  },
  { name: 'an empty body', send: (stack) => post(stack, ''), maxUpstream: 0 },
  {
    name: 'wrong content type: text/plain',
    send: (stack) => post(stack, { query: `{ ${alias(0)} }` }, { contentType: 'text/plain' }),
    maxUpstream: 0,
  },
  {
    name: 'wrong content type: application/xml',
    send: (stack) => post(stack, `<query>{ ${alias(0)} }</query>`, { contentType: 'application/xml' }),
    maxUpstream: 0,
  },
  {
    name: 'a syntax error',
    send: (stack) => post(stack, { query: '{ file(id: "1") { __typename }' }),
    maxUpstream: 0,
  },
  {
    name: 'a mutation on a query-only schema',
    send: (stack) => post(stack, { query: 'mutation { file(id: "1") { __typename } }' }),
    maxUpstream: 0,
    // graphql-js refuses this while executing, so a 200 with errors and no data is also a clear answer.
    statuses: (status) => status === 200 || is4xx(status),
  },
  {
    name: 'an unknown field',
    send: (stack) => post(stack, { query: `{ file(id: "${ID}") { __typename password } }` }),
    maxUpstream: 0,
  },
  {
    name: 'subscription over POST',
    send: (stack) => post(stack, { query: 'subscription { file(id: "1") { __typename } }' }),
    maxUpstream: 0,
    statuses: (status) => status === 200 || is4xx(status),
  },
];

describe('abusive GraphQL requests are refused clearly, never with a 5xx, at bounded upstream cost', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it.for(ABUSES)('$name', async (abuse, { task }) => {
    stack.emulator.clearRequests();
    const sent = await abuse.send(stack).catch((error: NodeJS.ErrnoException) => error);
    record(task, { abusiveRequests: 1 });
    if (sent instanceof Error) {
      expect(abuse.overBodyLimit && ['ECONNRESET', 'EPIPE'].includes(sent.code ?? ''), sent.message).toBe(
        true,
      );
      expect(apiRequests(stack.emulator)).toBe(0);
      expect(stack.gateway.isRunning()).toBe(true);
      return;
    }
    const response = sent;
    const upstream = apiRequests(stack.emulator);
    const statuses = abuse.statuses ?? is4xx;
    expect(statuses(response.status), `status ${response.status}: ${response.text.slice(0, 300)}`).toBe(true);
    if (response.json) {
      // A JSON answer must be a GraphQL one, whose errors say what was wrong.
      expect(
        graphqlOverHttpProblems(response).filter((problem) => !problem.startsWith('content-type')),
      ).toEqual([]);
      const messages = (response.json.errors ?? []).map((error) => error.message);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.every((message) => message.trim().length > 5)).toBe(true);
      expect(response.json.data ?? null).toBeNull();
    } else {
      // Without a body the status alone must say what was wrong: too large, unsupported type, or bad request.
      expect([400, 413, 415]).toContain(response.status);
    }
    expect(upstream).toBeLessThanOrEqual(abuse.maxUpstream);
  });

  it('refuses a huge GET query string without a 5xx', async ({ task }) => {
    const query = encodeURIComponent(
      `{ ${Array.from({ length: 3000 }, (_, index) => alias(index)).join(' ')} }`,
    );
    stack.emulator.clearRequests();
    // Node answers an oversized request line with 431 and closes at once, so a client still writing may see
    // the reset before the status: either is a refusal, a 5xx is not.
    const status = await send(`${stack.gateway.url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${stack.gateway.token}`, accept: 'application/json' },
    }).then(
      (response) => response.status,
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    );
    record(task, { abusiveRequests: 1 });
    expect(
      typeof status === 'number' ? status >= 400 && status < 500 : status === 'ECONNRESET',
      `${status}`,
    ).toBe(true);
    expect(apiRequests(stack.emulator)).toBe(0);
    expect(stack.gateway.isRunning()).toBe(true);
  });

  it('bounds what one operation can fan out to: aliases of files(ids) share one 100-id budget', async ({
    task,
  }) => {
    const aliases = (idSets: string[][]) => ({
      query: `query Fan(${idSets.map((_, index) => `$ids${index}: [FileID!]!`).join(', ')}) { ${idSets
        .map((_, index) => `f${index}: files(ids: $ids${index}) { __typename }`)
        .join(' ')} }`,
      variables: Object.fromEntries(idSets.map((ids, index) => [`ids${index}`, ids])),
    });
    const same = distinctIds(100, 7_400_000_000_000_000n);
    stack.emulator.clearRequests();
    const repeated = await post(stack, aliases(Array.from({ length: 10 }, () => same)));
    record(task, { abusiveRequests: 1 });
    expect(repeated.status).toBeLessThan(500);
    // The same ids under ten aliases are looked up once each.
    expect(apiRequests(stack.emulator)).toBeLessThanOrEqual(100);

    stack.emulator.clearRequests();
    const spread = await post(
      stack,
      aliases(
        Array.from({ length: 10 }, (_, set) => distinctIds(100, 7_500_000_000_000_000n + BigInt(set * 1000))),
      ),
    );
    record(task, { abusiveRequests: 1 });
    expect(spread.status).toBeLessThan(500);
    // "At most 100 ids per call" means little if ten aliases of the call make it 1,000 upstream requests.
    expect(apiRequests(stack.emulator), 'upstream requests caused by one operation').toBeLessThanOrEqual(100);
  }, 60_000);

  it('bounds a batched body to 100 upstream look-ups: the id budget is per HTTP request, not per operation', async ({
    task,
  }) => {
    stack.emulator.clearRequests();
    const batch = await post(
      stack,
      Array.from({ length: 5 }, (_, index) => ({
        query: 'query Many($ids: [FileID!]!) { files(ids: $ids) { __typename } }',
        variables: { ids: distinctIds(100, 7_600_000_000_000_000n + BigInt(index * 1000)) },
      })),
    );
    record(task, { abusiveRequests: 1 });
    expect(batch.status).toBeLessThan(500);
    expect(apiRequests(stack.emulator)).toBeLessThanOrEqual(100);
  }, 60_000);

  it('still answers a normal query afterwards', async () => {
    const response = await post(stack, { query: `{ ${alias(0)} }` });
    expect(errorCodes(response)).toEqual([]);
    expect(response.json?.data).toEqual({ a0: { __typename: 'FileNotFound' } });
  });
});
