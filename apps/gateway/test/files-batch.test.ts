import { MAX_IDS_PER_LOOKUP as MAX_IDS_PER_CALL } from '@minimax-files/core';
import { MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

const FILES = `query Files($ids: [FileID!]!) {
  files(ids: $ids) { __typename ... on File { id bytes } ... on FileNotFound { id } ... on Error { retryable } }
}`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { GATEWAY_CACHE_TTL_MS: '0' } });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.clearRequests();
});

describe('files(ids)', () => {
  it('answers one result per id, in order, with mixed members', async () => {
    stack.emulator.setFault({ fileId: SEEDED.speechWav, route: 'retrieve', statusCode: 1002 });
    const ids = [SEEDED.maxId, MISSING_FILE_ID, SEEDED.speechWav, SEEDED.over2GiB];
    const { body } = await stack.graphql(FILES, { ids });
    expect(body.errors).toBeUndefined();
    expect(body.data.files).toEqual([
      { __typename: 'File', id: SEEDED.maxId, bytes: expect.any(String) },
      { __typename: 'FileNotFound', id: MISSING_FILE_ID, retryable: false },
      { __typename: 'RateLimited', retryable: true },
      { __typename: 'File', id: SEEDED.over2GiB, bytes: '3221225472' },
    ]);
  });

  it('looks each distinct id up once, however often it is listed or spelled', async () => {
    const ids = [SEEDED.small, `00${SEEDED.small}`, SEEDED.beyondSafe, SEEDED.small, SEEDED.beyondSafe];
    const { body } = await stack.graphql(FILES, { ids });
    expect(body.data.files.map((file: { id: string }) => file.id)).toEqual([
      SEEDED.small,
      SEEDED.small,
      SEEDED.beyondSafe,
      SEEDED.small,
      SEEDED.beyondSafe,
    ]);
    expect(stack.upstreamCalls('retrieve', SEEDED.small)).toBe(1);
    expect(stack.upstreamCalls('retrieve', SEEDED.beyondSafe)).toBe(1);
  });

  it('shares look-ups between file and files fields of one request', async () => {
    const { body } = await stack.graphql(
      `{ one: file(id: ${SEEDED.small}) { __typename } many: files(ids: ["${SEEDED.small}", ${SEEDED.small}]) { __typename } }`,
    );
    expect(body.data).toEqual({
      one: { __typename: 'File' },
      many: [{ __typename: 'File' }, { __typename: 'File' }],
    });
    expect(stack.upstreamCalls('retrieve')).toBe(1);
  });

  it(`takes up to ${MAX_IDS_PER_CALL} ids and refuses more with BAD_USER_INPUT, calling nothing`, async () => {
    const ids = Array.from({ length: MAX_IDS_PER_CALL + 1 }, (_, i) => String(i + 1));
    const refused = await stack.graphql(FILES, { ids });
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/at most 100/),
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(stack.emulator.requests).toEqual([]);

    const accepted = await stack.graphql(FILES, { ids: ids.slice(0, MAX_IDS_PER_CALL) });
    expect(accepted.body.data.files).toHaveLength(MAX_IDS_PER_CALL);
  });

  it('shares one 100-id budget among all fields of an operation, refusing more before any look-up', async () => {
    const hundred = (from: number) => Array.from({ length: 100 }, (_, i) => String(from + i));
    const fan = (sets: string[][]) =>
      stack.graphql(
        `query Fan(${sets.map((_, i) => `$ids${i}: [FileID!]!`).join(', ')}) { ${sets
          .map((_, i) => `f${i}: files(ids: $ids${i}) { __typename }`)
          .join(' ')} extra: file(id: 1) { __typename } }`,
        Object.fromEntries(sets.map((ids, i) => [`ids${i}`, ids])),
      );

    const spread = await fan([hundred(1000), hundred(2000), hundred(3000)]);
    expect(spread.body.data).toBeNull();
    expect(spread.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/at most 100 distinct ids per request/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(stack.emulator.requests).toEqual([]);

    // The same ids under several aliases are one budget's worth (and one look-up each).
    const same = hundred(1000).slice(0, 99);
    const repeated = await fan([same, same, same]);
    expect(repeated.body.errors).toBeUndefined();
    expect(stack.upstreamCalls('retrieve')).toBe(100);
  });

  it('shares one budget among the operations of a batched request: the one that would overdraw it is refused', async () => {
    stack.emulator.clearRequests();
    const ids = (from: number) => Array.from({ length: 100 }, (_, i) => String(from + i));
    const response = await stack.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: FILES, variables: { ids: ids(5000) } },
        { query: FILES, variables: { ids: ids(6000) } },
      ]),
    });
    const results = await response.json();
    const answered = results.filter((result: { data?: { files?: unknown[] } }) => result.data?.files);
    const refused = results.filter((result: { errors?: unknown[] }) => result.errors);
    expect(answered.map((result: { data: { files: unknown[] } }) => result.data.files.length)).toEqual([100]);
    expect(refused[0].errors[0]).toMatchObject({
      message: expect.stringMatching(/at most 100 distinct ids per request/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(stack.upstreamCalls('retrieve')).toBe(100);
  });

  it('answers an empty list with an empty list', async () => {
    expect((await stack.graphql(FILES, { ids: [] })).body).toEqual({ data: { files: [] } });
  });
});
