import { MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, graphqlAs, type Json } from './helpers/callers.js';
import { ENGINES } from './helpers/databases.js';
import { OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

// The overview's "upstream requests against the MINIMAX_RPM budget" must count every MiniMax API request the
// gateway makes: look-ups, lists (a stale list's refresh behind the answer too), and downloads (their metadata
// look-up when the cache does not answer, and retrieve_content). Signed storage links are not API requests: neither
// MINIMAX_RPM nor the gateway's budget counts them. Checked against what the emulator received.

const API_ROUTES = ['retrieve', 'retrieve_content', 'list'];
const FILE = 'query File($id: FileID!) { file(id: $id) { __typename } }';
const LIST = 'query List { filesByPurpose(purpose: VOICE_CLONE) { __typename } }';
const USAGE = `query Usage($from: DateTime!, $to: DateTime!, $interval: Int!) {
  usage(from: $from, to: $to, interval: $interval) { total { upstreamRequests } }
}`;

describe.each(ENGINES)('upstream requests in Query.usage on the %s database', (engine) => {
  let stack: Stack;
  const admin = { token: OPERATOR_TOKEN };
  const download = async (id: string) => {
    const response = await stack.fetch(`/files/${id}/content`);
    await response.arrayBuffer();
    return response.status;
  };

  beforeAll(async () => {
    // Lists are fresh for 1 ms: the second list is answered from the kept one and refreshed behind the answer.
    stack = await startStack({
      database: engine,
      env: { MINIMAX_RPM: '600', GATEWAY_LIST_CACHE_TTL_MS: '1' },
    });
    stack.emulator.clearRequests();
  }, 60_000);
  afterAll(() => stack?.close());

  it('equal the API requests the emulator received: look-ups, lists and downloads alike', async () => {
    // A look-up, then a download of that file (metadata cached: only its storage link, not counted).
    expect((await graphqlAs(stack, admin, FILE, { id: SEEDED.small })).body.data.file.__typename).toBe(
      'File',
    );
    expect(await download(SEEDED.small)).toBe(200);
    // Downloads whose metadata was not cached: a retrieve each, then the storage link …
    expect(await download(SEEDED.speechWav)).toBe(200);
    // … or retrieve_content (no link) …
    expect(await download(SEEDED.noDownloadUrl)).toBe(200);
    // … or retrieve_content after the link failed.
    stack.emulator.setFault({ fileId: SEEDED.t2aInput, route: 'storage', httpStatus: 500 });
    expect(await download(SEEDED.t2aInput)).toBe(200);
    // Refused by the upstream at the metadata look-up: the request still counts.
    expect(await download(MISSING_FILE_ID)).toBe(404);
    stack.emulator.setFault({ fileId: SEEDED.voiceClone, route: 'retrieve', statusCode: 1004, times: 1 });
    expect(await download(SEEDED.voiceClone)).toBe(502);
    // A list, then a stale list whose refresh goes upstream behind the answer.
    expect((await graphqlAs(stack, admin, LIST)).body.data.filesByPurpose.__typename).toBe('FileList');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await graphqlAs(stack, admin, LIST)).body.data.filesByPurpose.__typename).toBe('FileList');
    await eventually(async () => (stack.upstreamCalls('list') >= 2 ? true : undefined));

    const received = stack.emulator.requests.filter((entry) => API_ROUTES.includes(entry.route)).length;
    // Every kind took part: 5 downloads' and 1 look-up's retrieves, 2 retrieve_content, 2 lists.
    expect(stack.upstreamCalls('retrieve')).toBe(6);
    expect(stack.upstreamCalls('retrieve_content')).toBe(2);
    expect(stack.upstreamCalls('list')).toBe(2);
    expect(received).toBe(10);

    const reported = async () => {
      const variables = {
        from: new Date(Date.now() - 3_600_000).toISOString(),
        to: new Date(Date.now() + 60_000).toISOString(),
        interval: 60,
      };
      const { body } = await graphqlAs(stack, admin, USAGE, variables);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return (body as Json).data.usage.total.upstreamRequests as number;
    };
    // Audit rows are written in batches and a download's row is completed after its last byte: wait for them.
    const counted = await eventually(async () => {
      const count = await reported();
      return count >= received ? count : undefined;
    }).catch(reported);
    expect(counted).toBe(received);
  });
});
