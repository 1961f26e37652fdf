import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { createGateway } from '../src/server.js';
import { ADMIN_MANIFEST, readManifest } from '../src/trusted-documents.js';
import { EMULATOR_KEY, type Stack, startStack } from './helpers/stack.js';

// The admin's own manifest, as codegen wrote it: the ids the admin sends.
const manifest = readManifest(ADMIN_MANIFEST);
const idOf = (operation: string) => {
  const entry = [...manifest].find(([, document]) => new RegExp(`query ${operation}\\b`).test(document));
  if (!entry) throw new Error(`the admin manifest has no ${operation} query`);
  return entry[0];
};
const FILE_DOCUMENT_ID = idOf('File');
const FILES_DOCUMENT_ID = idOf('Files');
const ARBITRARY = '{ file(id: "42") { __typename ... on File { id } } }';

function persisted(id: string, variables?: Record<string, unknown>) {
  return { extensions: { persistedQuery: { version: 1, sha256Hash: id } }, variables };
}

async function post(stack: Stack, body: unknown) {
  const response = await stack.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response shapes
  return { status: response.status, body: (await response.json()) as any };
}

describe.each([
  ['default (any document)', {}],
  ['trusted-only', { GATEWAY_DOCUMENTS: 'trusted-only' }],
])('trusted documents, %s', (mode, env) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { GATEWAY_CACHE_TTL_MS: '0', ...env } });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.emulator.clearRequests());

  it('runs the admin File document by its id alone, exact ids and every field', async () => {
    const { status, body } = await post(stack, persisted(FILE_DOCUMENT_ID, { id: SEEDED.maxId }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.file).toMatchObject({
      __typename: 'File',
      id: SEEDED.maxId,
      filename: 'max_id_tones.wav',
      downloadUrl: `/files/${SEEDED.maxId}/content`,
    });
    expect(body.data.file.bytes).toMatch(/^\d+$/);
  });

  it('runs the Files document with its error members', async () => {
    const { body } = await post(
      stack,
      persisted(FILES_DOCUMENT_ID, { ids: [SEEDED.beyondSafe, MISSING_FILE_ID] }),
    );
    expect(body.data.files.map((result: { __typename: string }) => result.__typename)).toEqual([
      'File',
      'FileNotFound',
    ]);
    expect(body.data.files[0].id).toBe(SEEDED.beyondSafe);
    expect(body.data.files[1]).toMatchObject({
      id: MISSING_FILE_ID,
      retryable: false,
      message: expect.any(String),
    });
  });

  it('refuses a bad id in the variables of a trusted document with BAD_USER_INPUT and no upstream call', async () => {
    const notDigits = await post(stack, persisted(FILE_DOCUMENT_ID, { id: '12a' }));
    expect(notDigits.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const number = await post(stack, persisted(FILE_DOCUMENT_ID, { id: 42 }));
    expect(number.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(stack.upstreamCalls('retrieve')).toBe(0);
  });

  it('answers an unknown document id with PersistedQueryNotFound', async () => {
    const { body } = await post(stack, persisted(`sha256:${'0'.repeat(64)}`, { id: '42' }));
    expect(body.errors[0].message).toBe('PersistedQueryNotFound');
    expect(stack.upstreamCalls('retrieve')).toBe(0);
  });

  it('runs nothing, trusted or not, without the operator token', async () => {
    const response = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(persisted(FILE_DOCUMENT_ID, { id: '42' })),
    });
    expect(response.status).toBe(401);
  });

  if (mode === 'trusted-only') {
    it('refuses an arbitrary document, before any look-up', async () => {
      const { status, body } = await post(stack, { query: ARBITRARY });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
      expect(body.errors[0].message).toMatch(/trusted documents/);
      expect(stack.upstreamCalls('retrieve')).toBe(0);
    });
  } else {
    it('still accepts an arbitrary document from an authenticated caller', async () => {
      const { body } = await post(stack, { query: ARBITRARY });
      expect(body).toEqual({ data: { file: { __typename: 'File', id: '42' } } });
    });
  }
});

describe('the trusted-documents manifest', () => {
  const configWith = (env: Record<string, string>) =>
    readConfig({
      MINIMAX_API_KEY: EMULATOR_KEY,
      GATEWAY_OPERATOR_TOKENS: 'a-token-for-config-tests',
      ...env,
    });

  it('stops the start when a document does not match the schema (a stale manifest), naming it', () => {
    const file = join(tmpdir(), `stale-manifest-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify({ 'sha256:stale': 'query Stale { file(id: "1") { ... on File { color } } }' }),
    );
    expect(() => createGateway(configWith({ GATEWAY_TRUSTED_DOCUMENTS: file }))).toThrow(
      /sha256:stale.*color/s,
    );
  });

  it('refuses trusted-only mode without a manifest, and an unknown GATEWAY_DOCUMENTS value', () => {
    const file = join(tmpdir(), `empty-manifest-${process.pid}.json`);
    writeFileSync(file, '{}');
    expect(() =>
      createGateway(configWith({ GATEWAY_TRUSTED_DOCUMENTS: file, GATEWAY_DOCUMENTS: 'trusted-only' })),
    ).toThrow(/no trusted documents/);
    expect(() => configWith({ GATEWAY_DOCUMENTS: 'persisted' })).toThrow(/GATEWAY_DOCUMENTS/);
  });
});
