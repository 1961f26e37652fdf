import { MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

const FILE_FIELDS = `
  __typename
  ... on File { id filename purpose bytes createdAt contentType downloadUrl downloadUrlExpiresAt }
  ... on Error { message retryable upstreamCode traceId }
  ... on FileNotFound { id }
  ... on AuthenticationFailed { regionHint }
  ... on RateLimited { retryAfterSeconds }
  ... on UpstreamError { httpStatus }
`;
const BY_VARIABLE = `query Lookup($id: FileID!) { file(id: $id) { ${FILE_FIELDS} } }`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { MINIMAX_TIMEOUT_MS: '1000', GATEWAY_CACHE_TTL_MS: '0' } });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.clearRequests();
});

async function lookUp(id: string) {
  const { status, body } = await stack.graphql(BY_VARIABLE, { id });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data.file;
}

describe('file(id): File', () => {
  it('returns every field of a seeded file', async () => {
    const file = await lookUp(SEEDED.speechWav);
    expect(file).toMatchObject({
      __typename: 'File',
      id: SEEDED.speechWav,
      filename: 'speech_output.wav',
      purpose: 't2a_async',
      contentType: 'audio/wav',
      downloadUrl: `/files/${SEEDED.speechWav}/content`,
    });
    expect(file.bytes).toMatch(/^[1-9]\d*$/);
    expect(file.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(file.downloadUrlExpiresAt)).toBeGreaterThan(Date.now());
    expect(JSON.stringify(file)).not.toContain('Signature=');
  });

  it.each([
    ['2^53+1', SEEDED.beyondSafe],
    ['2^63-1', SEEDED.maxId],
  ])('keeps the id %s exact, as a string variable and as an integer literal', async (_, id) => {
    expect((await lookUp(id)).id).toBe(id);
    const literal = await stack.graphql(`{ file(id: ${id}) { ... on File { id } } }`);
    expect(literal.body).toEqual({ data: { file: { id } } });
    const stringLiteral = await stack.graphql(`{ file(id: "${id}") { ... on File { id } } }`);
    expect(stringLiteral.body).toEqual({ data: { file: { id } } });
    const seen = stack.emulator.requests
      .filter((entry) => entry.route === 'retrieve')
      .map((entry) => entry.fileId);
    expect(seen).toEqual([id, id, id]);
  });

  it('reports a 3 GiB size exactly, beyond GraphQL Int', async () => {
    expect((await lookUp(SEEDED.over2GiB)).bytes).toBe('3221225472');
  });

  it('reports an unknown size (bytes 0 upstream) as null', async () => {
    expect((await lookUp(SEEDED.unknownSize)).bytes).toBeNull();
  });

  it('accepts leading zeros and answers with the canonical id', async () => {
    expect((await lookUp(`000${SEEDED.small}`)).id).toBe(SEEDED.small);
  });

  it('answers a file without a download link with the gateway route all the same', async () => {
    expect((await lookUp(SEEDED.noDownloadUrl)).downloadUrl).toBe(`/files/${SEEDED.noDownloadUrl}/content`);
  });
});

describe('file(id): error members', () => {
  it('FileNotFound for an id the upstream does not have', async () => {
    const result = await lookUp(MISSING_FILE_ID);
    expect(result).toMatchObject({ __typename: 'FileNotFound', id: MISSING_FILE_ID, retryable: false });
    expect(result.message).toEqual(expect.any(String));
    expect(result.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    [2013, 'InvalidFileId', false],
    [1004, 'AuthenticationFailed', false],
    [1002, 'RateLimited', true],
    [1039, 'RateLimited', true],
    [1008, 'InsufficientBalance', false],
    [1026, 'ContentRejected', false],
    [1027, 'ContentRejected', false],
    [1001, 'UpstreamTimeout', true],
    [1000, 'UpstreamError', true],
    [1013, 'UpstreamError', true],
    [9999, 'UpstreamError', false],
  ])('status_code %i → %s (retryable %s)', async (statusCode, member, retryable) => {
    stack.emulator.setFault({
      fileId: SEEDED.small,
      route: 'retrieve',
      statusCode,
      statusMsg: `code ${statusCode}`,
    });
    const result = await lookUp(SEEDED.small);
    expect(result).toMatchObject({ __typename: member, retryable, upstreamCode: statusCode });
    expect(result.message).toEqual(expect.any(String));
    expect(result.traceId).toMatch(/^[0-9a-f]{32}$/);
    if (member === 'AuthenticationFailed') expect(result.regionHint).toMatch(/api\.minimaxi?\.com/);
  });

  it('RateLimited carries retryAfterSeconds from an HTTP 429', async () => {
    stack.emulator.setFault({
      fileId: SEEDED.small,
      route: 'retrieve',
      httpStatus: 429,
      retryAfterSeconds: 7,
    });
    expect(await lookUp(SEEDED.small)).toMatchObject({
      __typename: 'RateLimited',
      retryable: true,
      retryAfterSeconds: 7,
    });
  });

  it('UpstreamTimeout when the upstream does not answer within the per-attempt timeout', async () => {
    stack.emulator.setFault({ fileId: SEEDED.small, route: 'retrieve', hang: true });
    expect(await lookUp(SEEDED.small)).toMatchObject({ __typename: 'UpstreamTimeout', retryable: true });
  });

  it('UpstreamError with httpStatus for an HTTP 5xx, and for a malformed body', async () => {
    stack.emulator.setFault({ fileId: SEEDED.small, route: 'retrieve', httpStatus: 503, times: 1 });
    expect(await lookUp(SEEDED.small)).toMatchObject({
      __typename: 'UpstreamError',
      retryable: true,
      httpStatus: 503,
    });
    stack.emulator.setFault({ fileId: SEEDED.small, route: 'retrieve', malformedJson: true, times: 1 });
    expect(await lookUp(SEEDED.small)).toMatchObject({ __typename: 'UpstreamError' });
  });

  it('UpstreamError, retryable, for a reset connection', async () => {
    stack.emulator.setFault({ fileId: SEEDED.small, route: 'retrieve', resetConnection: true });
    expect(await lookUp(SEEDED.small)).toMatchObject({ __typename: 'UpstreamError', retryable: true });
  });
});
