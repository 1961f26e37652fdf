import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

const GENERATED = 1_000;
// Long enough that a busy machine cannot let it run out between two requests that expect it to hold.
const LIST_TTL_MS = 3_000;

const LIST = `query List($purpose: FilePurpose!, $filter: String, $orderBy: FileListOrder, $offset: Int, $limit: Int) {
  filesByPurpose(purpose: $purpose, filter: $filter, orderBy: $orderBy) {
    __typename
    ... on FileList { purpose totalCount totalBytes files(offset: $offset, limit: $limit) { id filename bytes createdAt purpose } }
    ... on Error { message retryable upstreamCode }
    ... on RateLimited { retryAfterSeconds }
    ... on UpstreamError { httpStatus }
  }
}`;
const FILE = 'query ($id: FileID!) { file(id: $id) { __typename ... on File { id filename bytes } } }';

interface Listed {
  id: string;
  filename: string;
  bytes: string | null;
  createdAt: string;
  purpose: string;
}

// A fresh stack per test of the first two groups: every test starts with empty caches, so the upstream requests
// it counts are its own.
let stack: Stack;
function freshStackPerTest() {
  beforeEach(async () => {
    stack = await startStack({ emulator: { generatedFiles: { voice_clone: GENERATED } } });
  });
  afterEach(() => stack.close());
}

async function list(variables: Record<string, unknown>) {
  const { status, body } = await stack.graphql(LIST, { purpose: 'VOICE_CLONE', ...variables });
  expect(status).toBe(200);
  return body;
}

const newestFirst = (a: Listed, b: Listed) =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
  (BigInt(b.id) > BigInt(a.id) ? 1 : BigInt(b.id) < BigInt(a.id) ? -1 : 0);

describe('filesByPurpose', () => {
  freshStackPerTest();

  it('lists the purpose newest first, 100 per page by default, with exact ids and totals', async () => {
    const body = await list({});
    expect(body.errors).toBeUndefined();
    const result = body.data.filesByPurpose;
    expect(result.__typename).toBe('FileList');
    expect(result.purpose).toBe('VOICE_CLONE');
    expect(result.totalCount).toBeGreaterThanOrEqual(GENERATED);
    expect(result.files).toHaveLength(100);
    expect(result.files.every((file: Listed) => file.purpose === 'voice_clone')).toBe(true);
    expect([...result.files].sort(newestFirst)).toEqual(result.files);
    // Ids above 2^53 arrive exactly: they are decimal strings with every digit.
    expect(result.files.some((file: Listed) => BigInt(file.id) > 2n ** 53n)).toBe(true);
    expect(result.totalBytes).toMatch(/^\d+$/);
    expect(stack.upstreamCalls('list')).toBe(1);
  });

  it('pages through the whole list with offset and limit: every file once, in one stable order', async () => {
    const whole = (await list({ limit: 1000, offset: 0 })).data.filesByPurpose;
    const pages: Listed[] = [];
    for (let offset = 0; offset < whole.totalCount; offset += 300)
      pages.push(...(await list({ offset, limit: 300 })).data.filesByPurpose.files);
    expect(pages.map((file) => file.id)).toEqual(
      [...whole.files, ...(await list({ offset: 1000, limit: 1000 })).data.filesByPurpose.files].map(
        (file: Listed) => file.id,
      ),
    );
    expect(new Set(pages.map((file) => file.id)).size).toBe(whole.totalCount);
    const bytes = pages.reduce((sum, file) => sum + BigInt(file.bytes ?? 0), 0n);
    expect(whole.totalBytes).toBe(bytes.toString());
    // All of it from one upstream list.
    expect(stack.upstreamCalls('list')).toBe(1);
  });

  it('refuses a page larger than 1000 or a negative offset, with BAD_USER_INPUT', async () => {
    for (const variables of [{ limit: 1001 }, { limit: 0 }, { offset: -1 }]) {
      const body = await list(variables);
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('filters by filename or id and sorts by any column, ties broken by id', async () => {
    const all: Listed[] = (await list({ limit: 1000 })).data.filesByPurpose.files;
    const target = all[123] as Listed;
    const byId = (await list({ filter: target.id.slice(-9) })).data.filesByPurpose;
    expect(byId.files.map((file: Listed) => file.id)).toContain(target.id);
    const name = target.filename.slice(0, -4).toUpperCase();
    const byName = (await list({ filter: name })).data.filesByPurpose;
    expect(byName.files.every((file: Listed) => file.filename.toUpperCase().includes(name))).toBe(true);
    expect(byName.totalCount).toBe(byName.files.length);

    const sorted: Listed[] = (await list({ orderBy: { field: 'FILENAME', direction: 'ASC' }, limit: 1000 }))
      .data.filesByPurpose.files;
    const names = sorted.map((file) => file.filename);
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })),
    );
    const bySize: Listed[] = (await list({ orderBy: { field: 'BYTES', direction: 'DESC' }, limit: 1000 }))
      .data.filesByPurpose.files;
    const sizes = bySize.map((file) => BigInt(file.bytes ?? 0));
    expect(sizes.every((size, index) => index === 0 || (sizes[index - 1] as bigint) >= size)).toBe(true);
    expect(stack.upstreamCalls('list')).toBe(1);
  });

  it('warms the per-id cache: a look-up of a listed file asks the upstream nothing', async () => {
    const files: Listed[] = (await list({ limit: 5 })).data.filesByPurpose.files;
    for (const file of files) {
      const { body } = await stack.graphql(FILE, { id: file.id });
      expect(body.data.file).toEqual({
        __typename: 'File',
        id: file.id,
        filename: file.filename,
        bytes: file.bytes,
      });
    }
    expect(stack.upstreamCalls('retrieve')).toBe(0);
    expect(stack.upstreamCalls('list')).toBe(1);
  });

  it('answers an empty purpose with an empty list', async () => {
    stack.emulator.setFault({
      route: 'list',
      httpStatus: 200,
      httpBody: '{"files":[],"base_resp":{"status_code":0,"status_msg":"success"}}',
    });
    const result = (await list({})).data.filesByPurpose;
    expect(result).toMatchObject({ __typename: 'FileList', totalCount: 0, totalBytes: '0', files: [] });
  });

  it('refuses a purpose the list endpoint does not take, before any upstream call', async () => {
    const { status, body } = await stack.graphql(LIST, { purpose: 'VIDEO_GENERATION' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/FilePurpose/);
    expect(stack.upstreamCalls('list')).toBe(0);
  });
});

describe('filesByPurpose failures', () => {
  freshStackPerTest();

  const CASES = [
    { fault: { statusCode: 1004 }, member: 'AuthenticationFailed', retryable: false },
    { fault: { statusCode: 1002 }, member: 'RateLimited', retryable: true },
    { fault: { httpStatus: 429, retryAfterSeconds: 7 }, member: 'RateLimited', retryable: true },
    { fault: { statusCode: 1008 }, member: 'InsufficientBalance', retryable: false },
    { fault: { statusCode: 1001 }, member: 'UpstreamTimeout', retryable: true },
    { fault: { httpStatus: 503 }, member: 'UpstreamError', retryable: true },
    { fault: { malformedJson: true }, member: 'UpstreamError', retryable: false },
    // A member the list union does not have (2013 is InvalidFileId for a look-up) is an upstream error here.
    { fault: { statusCode: 2013 }, member: 'UpstreamError', retryable: false },
  ] as const;

  for (const { fault, member, retryable } of CASES) {
    it(`${JSON.stringify(fault)} → ${member}, and is not cached`, async () => {
      stack.emulator.setFault({ route: 'list', times: 1, ...fault });
      const failed = (await list({})).data.filesByPurpose;
      expect(failed).toMatchObject({ __typename: member, retryable });
      expect(failed.message).toEqual(expect.any(String));
      if ('retryAfterSeconds' in fault) expect(failed.retryAfterSeconds).toBe(7);
      const next = (await list({})).data.filesByPurpose;
      expect(next.__typename).toBe('FileList');
      expect(stack.upstreamCalls('list')).toBe(2);
    });
  }
});

describe('sharing and limits', () => {
  // Per test: each counts upstream lists from an empty list cache.
  let slow: Stack;
  beforeEach(async () => {
    slow = await startStack({
      emulator: { generatedFiles: { prompt_audio: 50 } },
      env: {
        GATEWAY_LIST_CACHE_TTL_MS: String(LIST_TTL_MS),
        // No stale window: past its lifetime a list is fetched again before answering (the window has its own test).
        GATEWAY_LIST_STALE_MS: '0',
        MINIMAX_TIMEOUT_MS: '5000',
      },
    });
  });
  afterEach(() => slow.close());
  const prompt = `{ filesByPurpose(purpose: PROMPT_AUDIO) { __typename ... on FileList { totalCount } } }`;

  it('de-duplicates concurrent lists of a purpose into one upstream request, and keeps it briefly', async () => {
    slow.emulator.setFault({ route: 'list', latencyMs: 500, times: 1 });
    const replies = await Promise.all(Array.from({ length: 30 }, () => slow.graphql(prompt)));
    for (const reply of replies) expect(reply.body.data.filesByPurpose.__typename).toBe('FileList');
    expect(slow.upstreamCalls('list')).toBe(1);
    await slow.graphql(prompt);
    expect(slow.upstreamCalls('list')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, LIST_TTL_MS + 200));
    await slow.graphql(prompt);
    expect(slow.upstreamCalls('list')).toBe(2);
  });

  it('past its lifetime, answers the kept list at once while one refresh runs (stale-while-revalidate)', async () => {
    const swr = await startStack({
      emulator: { generatedFiles: { prompt_audio: 50 } },
      env: { GATEWAY_LIST_CACHE_TTL_MS: '100', GATEWAY_LIST_STALE_MS: '600000' },
    });
    try {
      expect((await swr.graphql(prompt)).body.data.filesByPurpose.__typename).toBe('FileList');
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The refresh fails, yet the answer is the kept list: it was answered without waiting for the refresh.
      swr.emulator.setFault({ route: 'list', statusCode: 1004 });
      const stale = (await swr.graphql(prompt)).body.data.filesByPurpose;
      expect(stale).toMatchObject({ __typename: 'FileList', totalCount: expect.any(Number) });
      await expect.poll(() => swr.upstreamCalls('list'), { timeout: 10_000 }).toBe(2);
    } finally {
      await swr.close();
    }
  });

  it('counts a list as one upstream call: aliases of lists take nothing from the 100-id budget', async () => {
    const ids = Array.from({ length: 100 }, (_, index) => String(1_000_000 + index));
    const aliases = Array.from(
      { length: 10 },
      (_, index) =>
        `l${index}: filesByPurpose(purpose: PROMPT_AUDIO) { ... on FileList { files(limit: 1000) { id } } }`,
    ).join('\n');
    const { status, body } = await slow.graphql(
      `query ($ids: [FileID!]!) { files(ids: $ids) { __typename } ${aliases} }`,
      { ids },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.l9.files.length).toBeGreaterThanOrEqual(50);
    expect(slow.upstreamCalls('list')).toBe(1);
    expect(slow.upstreamCalls('retrieve')).toBe(100);
  });

  it('counts lists in /metrics by outcome', async () => {
    await slow.graphql(prompt);
    const metrics = await (await slow.fetch('/metrics')).text();
    expect(metrics).toMatch(/gateway_lookups_total\{operation="filesByPurpose",outcome="FileList"\} [1-9]/);
  });
});
