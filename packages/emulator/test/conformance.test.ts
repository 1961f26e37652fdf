/**
 * Retrieve responses validated against MiniMax's own OpenAPI schema (RetrieveFileResp, copied into a fixture).
 *
 * The schema types file_id as `integer`/int64. We validate the JSON.parse result: JSON Schema's `integer` speaks of
 * the JSON value's kind, and JSON.parse keeps a huge integer an integer (only rounded). Exactness of the digits is
 * a separate property, checked here on the raw text, so both halves are covered without a lossless parser.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCatalogue, MISSING_FILE_ID, SEEDED } from '../src/index.js';
import { api, useEmulator } from './helpers.js';

const emulator = useEmulator();
const openapi = JSON.parse(
  readFileSync(new URL('./fixtures/retrieve-file.openapi.json', import.meta.url), 'utf8'),
);
const SCHEMA_ID = openapi.$id as string;

function compile(document: unknown, pointer: string): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addKeyword('example'); // an OpenAPI annotation, not a validation keyword
  ajv.addKeyword('components'); // the OpenAPI container the $refs point into
  ajv.addFormat('int64', {
    type: 'number',
    validate: (value: number) => Number.isInteger(value) && Math.abs(value) <= 2 ** 63,
  });
  ajv.addSchema(document as object);
  const validate = ajv.getSchema(`${SCHEMA_ID}#/components/schemas/${pointer}`);
  if (!validate) throw new Error(`no schema ${pointer}`);
  return validate;
}

/** The same schema with every documented field required, so a missing field fails too. */
function strictVariant(): unknown {
  const copy = structuredClone(openapi);
  copy.components.schemas.RetrieveFileResp.required = ['file', 'base_resp'];
  copy.components.schemas.FileObject.required = ['file_id', 'bytes', 'created_at', 'filename', 'purpose'];
  copy.components.schemas.ListRetrieveDeleteFileBaseResp.required = ['status_code', 'status_msg'];
  return copy;
}

let retrieveResp: ValidateFunction;
let strictRetrieveResp: ValidateFunction;
let fileObject: ValidateFunction;
beforeAll(() => {
  retrieveResp = compile(openapi, 'RetrieveFileResp');
  strictRetrieveResp = compile(strictVariant(), 'RetrieveFileResp');
  fileObject = compile(strictVariant(), 'FileObject');
});

const seededIds = [...createCatalogue({ largeFileBytes: 1 }).keys()];

describe('conformance with the RetrieveFileResp schema', () => {
  it.each(seededIds)('retrieve %s conforms, with every field and the exact id', async (id) => {
    const text = await (await api(emulator(), `/v1/files/retrieve?file_id=${id}`)).text();
    const body = JSON.parse(text);
    expect(retrieveResp(body), JSON.stringify(retrieveResp.errors)).toBe(true);
    expect(strictRetrieveResp(body), JSON.stringify(strictRetrieveResp.errors)).toBe(true);
    expect(text.startsWith(`{"file":{"file_id":${id},`)).toBe(true);
  });

  it.each([
    ['an unknown id', `/v1/files/retrieve?file_id=${MISSING_FILE_ID}`, true],
    ['a malformed id', '/v1/files/retrieve?file_id=abc', true],
    ['a missing key', `/v1/files/retrieve?file_id=${SEEDED.small}`, false],
  ])('the error answer for %s conforms (base_resp only)', async (_label, path, withKey) => {
    const response = withKey ? await api(emulator(), path) : await fetch(`${emulator().url}${path}`);
    const body = await response.json();
    expect(retrieveResp(body), JSON.stringify(retrieveResp.errors)).toBe(true);
    expect(body).not.toHaveProperty('file');
  });

  it('list entries conform to FileObject', async () => {
    const body = (await (await api(emulator(), '/v1/files/list?purpose=video_generation')).json()) as {
      files: unknown[];
    };
    expect(body.files.length).toBeGreaterThan(0);
    for (const file of body.files) expect(fileObject(file), JSON.stringify(fileObject.errors)).toBe(true);
  });

  it('the validator rejects what the schema forbids (a string file_id, a fractional bytes)', () => {
    const base_resp = { status_code: 0, status_msg: 'success' };
    const file = { file_id: 1, bytes: 2, created_at: 3, filename: 'a', purpose: 'b' };
    expect(strictRetrieveResp({ file, base_resp })).toBe(true);
    expect(retrieveResp({ file: { ...file, file_id: '1' }, base_resp })).toBe(false);
    expect(retrieveResp({ file: { ...file, bytes: 1.5 }, base_resp })).toBe(false);
    expect(strictRetrieveResp({ file: { ...file, purpose: undefined }, base_resp })).toBe(false);
  });
});
