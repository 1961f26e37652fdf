import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

// Issue 10 item 8: a created_at of 9007199254740991 seconds is no date at all; it made the whole files(ids)
// result null (and the admin's page a 500) instead of an error for that one file.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const OUT_OF_RANGE = `{"file":{"file_id":${SEEDED.small},"bytes":10,"created_at":9007199254740991,"filename":"a.txt","purpose":"t2a_async_input"},"base_resp":{"status_code":0,"status_msg":"success"}}`;

describe('created_at out of the range of a date', () => {
  it('is an UpstreamError for that file only', async () => {
    stack.emulator.setFault({
      fileId: SEEDED.small,
      route: 'retrieve',
      httpStatus: 200,
      httpBody: OUT_OF_RANGE,
    });
    const { status, body } = await stack.graphql(
      `query ($ids: [FileID!]!) { files(ids: $ids) { __typename ... on File { id createdAt } ... on UpstreamError { message retryable } } }`,
      { ids: [SEEDED.speechWav, SEEDED.small] },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.files[0]).toMatchObject({ __typename: 'File', id: SEEDED.speechWav });
    expect(body.data.files[1]).toMatchObject({ __typename: 'UpstreamError' });
    expect(body.data.files[1].message).toMatch(/created_at/);
  });
});
