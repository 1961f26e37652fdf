import { createCatalogue, MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, eventually, graphqlAs, type Json, signIn, unique } from './helpers/callers.js';
import { ENGINES } from './helpers/databases.js';
import { OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

const LARGE_BYTES = 4 * 1024 * 1024;
const SMALL_BYTES = createCatalogue({ largeFileBytes: LARGE_BYTES }).get(SEEDED.small)?.content.size ?? -1;
const admin = { token: OPERATOR_TOKEN };
const FILE = 'query File($id: FileID!) { file(id: $id) { __typename } }';
const EVENTS = `query Events($first: Int, $after: String, $filter: AuditFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id at actor role action fileId outcome detail bytes clientAddress requestId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe.each(ENGINES)('the audit trail on the %s database', (engine) => {
  let stack: Stack;
  let actor: string;
  let token: string;
  const events = async (filter: Record<string, unknown>, first = 50): Promise<Json[]> => {
    const { body } = await graphqlAs(stack, admin, EVENTS, { first, filter });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.auditEvents.edges.map((edge: Json) => edge.node);
  };
  const download = async (headers: Record<string, string> = {}, id: string = SEEDED.small) => {
    const response = await fetch(`${stack.url}/files/${id}/content`, {
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
    const body = Buffer.from(await response.arrayBuffer());
    return { response, body };
  };

  beforeAll(async () => {
    stack = await startStack({ database: engine, emulator: { largeFileBytes: LARGE_BYTES } });
    actor = unique('audited');
    token = await createOperator(stack, admin, actor, 'OPERATOR');
  }, 60_000);
  afterAll(() => stack.close());

  it('records each look-up with actor, role, file id, outcome, address and request id, within moments', async () => {
    const response = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'x-request-id': 'ticket-1',
      },
      body: JSON.stringify({ query: FILE, variables: { id: MISSING_FILE_ID } }),
    });
    expect((await response.json()).data.file.__typename).toBe('FileNotFound');
    const [event] = await eventually(async () => {
      const found = await events({ actor, action: 'LOOKUP', fileId: MISSING_FILE_ID });
      return found.length > 0 ? found : undefined;
    });
    expect(event).toMatchObject({
      actor,
      role: 'OPERATOR',
      action: 'LOOKUP',
      fileId: MISSING_FILE_ID,
      outcome: 'FileNotFound',
      clientAddress: expect.stringMatching(/127\.0\.0\.1/),
      requestId: 'ticket-1',
      bytes: null,
    });
    expect(Date.now() - new Date(event.at).getTime()).toBeLessThan(60_000);
  });

  it('records look-ups answered by the response fast path too', async () => {
    const id = SEEDED.maxId;
    for (let i = 0; i < 3; i++) await graphqlAs(stack, { token }, FILE, { id });
    const found = await eventually(async () => {
      const rows = await events({ actor, action: 'LOOKUP', fileId: id });
      return rows.length >= 3 ? rows : undefined;
    });
    expect(found.map((row) => row.outcome)).toEqual(['File', 'File', 'File']);
  });

  it('records a complete download with its bytes before the answer starts, and the outcome after', async () => {
    const { response, body } = await download();
    expect(response.status).toBe(200);
    expect(body.length).toBe(SMALL_BYTES);
    const [event] = await eventually(async () => {
      const rows = await events({ actor, action: 'DOWNLOAD', fileId: SEEDED.small });
      return rows[0]?.outcome === 'complete' ? rows : undefined;
    });
    expect(event).toMatchObject({ outcome: 'complete', bytes: String(SMALL_BYTES), role: 'OPERATOR' });
  });

  it('records a ranged download with the bytes of the part', async () => {
    const { response, body } = await download({ range: 'bytes=10-109' });
    expect(response.status).toBe(206);
    expect(body.length).toBe(100);
    await eventually(async () => {
      const rows = await events({ actor, action: 'DOWNLOAD', fileId: SEEDED.small }, 1);
      return rows[0]?.bytes === '100' && rows[0]?.outcome === 'complete' ? rows : undefined;
    });
  });

  it('records an aborted download with the bytes sent before the client left', async () => {
    stack.emulator.setFault({ fileId: SEEDED.large, route: 'storage', slowDripBytesPerSecond: 256 * 1024 });
    const controller = new AbortController();
    const response = await fetch(`${stack.url}/files/${SEEDED.large}/content`, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body?.getReader();
    let received = 0;
    while (received < 64 * 1024) received += (await reader?.read())?.value?.length ?? 0;
    controller.abort();
    const [event] = await eventually(async () => {
      const rows = await events({ actor, action: 'DOWNLOAD', fileId: SEEDED.large }, 1);
      return rows[0]?.outcome === 'aborted' ? rows : undefined;
    });
    stack.emulator.clearFaults();
    expect(Number(event.bytes)).toBeGreaterThanOrEqual(received);
    expect(Number(event.bytes)).toBeLessThan(LARGE_BYTES);
  });

  it('records a refused download with the member that refused it', async () => {
    const { response } = await download({}, MISSING_FILE_ID);
    expect(response.status).toBe(404);
    await eventually(async () => {
      const rows = await events({ actor, action: 'DOWNLOAD', fileId: MISSING_FILE_ID }, 1);
      return rows[0]?.outcome === 'FileNotFound' ? rows : undefined;
    });
  });

  it('records sign-ins (accepted and rejected), refusals and operator changes', async () => {
    const viewerName = unique('audited-viewer');
    const viewerToken = await createOperator(stack, admin, viewerName, 'VIEWER');
    // Written before createOperator answered.
    const created = await events({ actor: 'bootstrap-1', action: 'OPERATOR_CREATED' });
    expect(created.some((row) => row.detail === `${viewerName} as VIEWER`)).toBe(true);
    await signIn(stack, viewerToken);
    await signIn(stack, 'mmf_op_not-a-real-token', '203.0.113.9');
    await graphqlAs(stack, { token: viewerToken }, '{ auditEvents { edges { cursor } } }');
    await fetch(`${stack.url}/files/${SEEDED.small}/content`, {
      headers: { authorization: `Bearer ${viewerToken}` },
    });
    await graphqlAs(stack, admin, 'mutation R($n: String!) { revokeOperator(name: $n) { name } }', {
      n: viewerName,
    });
    const revoked = await events({ actor: 'bootstrap-1', action: 'OPERATOR_REVOKED' }, 1);
    expect(revoked[0]).toMatchObject({ outcome: 'ok', detail: viewerName });
    const mine = await eventually(async () => {
      const rows = await events({ actor: viewerName });
      return rows.length >= 3 ? rows : undefined;
    });
    expect(mine.map((row) => `${row.action} ${row.outcome} ${row.detail ?? ''}`.trim()).sort()).toEqual([
      `ACCESS_DENIED FORBIDDEN /files/${SEEDED.small}/content`,
      'ACCESS_DENIED FORBIDDEN Query.auditEvents',
      'SIGN_IN ok',
    ]);
    const rejected = await eventually(async () => {
      const rows = await events({ actor: 'anonymous', action: 'SIGN_IN' });
      const row = rows.find((candidate) => candidate.clientAddress === '203.0.113.9');
      return row ? [row] : undefined;
    });
    expect(rejected[0].outcome).toBe('rejected');
  });

  it('pages newest first with cursors, and filters by time', async () => {
    const first = await graphqlAs(stack, admin, EVENTS, { first: 2, filter: { actor } });
    const page1 = first.body.data.auditEvents;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const next = await graphqlAs(stack, admin, EVENTS, {
      first: 2,
      after: page1.pageInfo.endCursor,
      filter: { actor },
    });
    const page2 = next.body.data.auditEvents;
    const ids = [...page1.edges, ...page2.edges].map((edge: Json) => edge.node.id);
    expect(new Set(ids).size).toBe(4);
    const times = [...page1.edges, ...page2.edges].map((edge: Json) => new Date(edge.node.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const future = await events({ actor, since: new Date(Date.now() + 60_000).toISOString() });
    expect(future).toEqual([]);
    const bad = await graphqlAs(stack, admin, EVENTS, { after: 'not-a-cursor' });
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const tooMany = await graphqlAs(stack, admin, EVENTS, { first: 5000 });
    expect(tooMany.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
