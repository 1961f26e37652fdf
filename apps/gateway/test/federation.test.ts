import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

const TASKS_SDL = readFileSync(new URL('./fixtures/tasks-subgraph.graphql', import.meta.url), 'utf8');

interface Task {
  id: string;
  title: string;
  fileId: string;
}

/** The test's second subgraph: tasks that point at MiniMax files by id; it records what headers it got. */
function startTasksSubgraph() {
  const state = { tasks: [] as Task[], authorizations: [] as (string | null)[] };
  const yoga = createYoga({
    schema: buildSubgraphSchema({
      typeDefs: parse(TASKS_SDL),
      resolvers: {
        Query: { tasks: () => state.tasks },
        Task: { file: (task: Task) => ({ __typename: 'File', id: task.fileId }) },
      },
    }),
    logging: false,
    context: ({ request }) => {
      state.authorizations.push(request.headers.get('authorization'));
      return {};
    },
  });
  const server = createServer(yoga);
  return { state, server };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

let stack: Stack;
let tasks: ReturnType<typeof startTasksSubgraph>;
let router: ReturnType<typeof createGatewayRuntime>;

beforeAll(async () => {
  // A generous timeout: 100 entity look-ups at once on a busy machine must not time out.
  stack = await startStack({ env: { MINIMAX_TIMEOUT_MS: '5000', GATEWAY_CACHE_TTL_MS: '0' } });
  tasks = startTasksSubgraph();
  const tasksUrl = await listen(tasks.server);

  // The subgraph SDL is read the way a supergraph's tooling reads it: `_service { sdl }`, with the token.
  const service = await stack.graphql('{ _service { sdl } }');
  expect(service.status).toBe(200);
  const composed = composeServices([
    { name: 'minimax-files', typeDefs: parse(service.body.data._service.sdl), url: `${stack.url}/graphql` },
    { name: 'tasks', typeDefs: parse(TASKS_SDL), url: tasksUrl },
  ]);
  expect(composed.errors ?? []).toEqual([]);

  router = createGatewayRuntime({
    supergraph: composed.supergraphSdl as string,
    logging: false,
    maskedErrors: false,
    // The HTTP transport is loaded by name inside the runtime, which pnpm's strict layout does not resolve.
    transports: { http: httpTransport },
    // Hive Gateway sends nothing of the caller's by default: the operator token is forwarded on purpose.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
    },
  });
}, 30_000);

afterAll(async () => {
  await router?.dispose();
  await new Promise((resolve) => tasks?.server.close(resolve));
  await stack?.close();
});

beforeEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.clearRequests();
  tasks.state.tasks = [];
  tasks.state.authorizations = [];
});

async function throughRouter(query: string, variables?: Record<string, unknown>, token = OPERATOR_TOKEN) {
  const response = await router.fetch('http://router.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response shapes
  return (await response.json()) as any;
}

describe('the gateway as a Federation v2 subgraph', () => {
  it('answers _service { sdl } with File as an entity keyed by id, and only with a token', async () => {
    const { body } = await stack.graphql('{ _service { sdl } }');
    expect(body.data._service.sdl).toMatch(/type File\s+@key\(fields: "id"\)/);
    const anonymous = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('@key');
  });

  it('resolves _entities through the loader: 100 references, duplicates fetched once, ids exact', async () => {
    const distinct = [
      SEEDED.maxId,
      SEEDED.beyondSafe,
      ...Array.from({ length: 98 }, (_, i) => `${7000 + i}`),
    ];
    const representations = [...distinct, ...distinct.slice(0, 50)].map((id) => ({ __typename: 'File', id }));
    const { body } = await stack.graphql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on File { id bytes } } }',
      { r: representations },
    );
    expect(body.data._entities).toHaveLength(150);
    expect(body.data._entities[0]).toEqual({ id: SEEDED.maxId, bytes: expect.stringMatching(/^\d+$/) });
    expect(body.data._entities[1].id).toBe(SEEDED.beyondSafe);
    // 7000 does not exist: the entity is null, with an error naming the member
    expect(body.data._entities[2]).toBeNull();
    expect(body.errors[0]).toMatchObject({ path: ['_entities', 2], extensions: { code: 'FileNotFound' } });
    expect(stack.upstreamCalls('retrieve')).toBe(100);
  });

  it('refuses a representation whose id is not a FileID, and more than 100 distinct ids, before any look-up', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on File { id } } }';
    const bad = await stack.graphql(query, { r: [{ __typename: 'File', id: 9007199254740992 }] }); // a JSON number: refused whatever its value
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ __typename: 'File', id: `${8000 + i}` }));
    const over = await stack.graphql(query, { r: tooMany });
    expect(over.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(stack.upstreamCalls('retrieve')).toBe(0);
  });
});

describe('a supergraph served by Hive Gateway', () => {
  it('joins tasks to their files with exact 64-bit ids, forwarding the operator token to both subgraphs', async () => {
    tasks.state.tasks = [
      { id: 't1', title: 'max', fileId: SEEDED.maxId },
      { id: 't2', title: 'beyond 2^53', fileId: SEEDED.beyondSafe },
      { id: 't3', title: 'same file again', fileId: SEEDED.maxId },
    ];
    const body = await throughRouter('{ tasks { id fileId file { id filename bytes downloadUrl } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.tasks.map((task: { file: { id: string } }) => task.file.id)).toEqual([
      SEEDED.maxId,
      SEEDED.beyondSafe,
      SEEDED.maxId,
    ]);
    expect(body.data.tasks[0].file.downloadUrl).toBe(`/files/${SEEDED.maxId}/content`);
    expect(stack.upstreamCalls('retrieve', SEEDED.maxId)).toBe(1);
    expect(tasks.state.authorizations).toContain(`Bearer ${OPERATOR_TOKEN}`);
  });

  it('answers file(id) through the router with exact ids, as a variable and as a literal', async () => {
    const byVariable = await throughRouter(
      'query ($id: FileID!) { file(id: $id) { __typename ... on File { id bytes } } }',
      { id: SEEDED.beyondSafe },
    );
    expect(byVariable.data.file).toMatchObject({ __typename: 'File', id: SEEDED.beyondSafe });
    const byLiteral = await throughRouter(`{ file(id: "${SEEDED.maxId}") { ... on File { id } } }`);
    expect(byLiteral.data.file.id).toBe(SEEDED.maxId);
    // The router reads an integer literal into a JS number before it reaches the subgraph: the gateway refuses
    // the rounded number rather than look up a different file (so through a router, ids go as strings).
    const intLiteral = await throughRouter(`{ file(id: ${SEEDED.maxId}) { ... on File { id } } }`);
    expect(intLiteral.data).toBeNull();
    expect(intLiteral.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(stack.upstreamCalls('retrieve', '9223372036854776000')).toBe(0);
    const big = await throughRouter(`{ file(id: "${SEEDED.over2GiB}") { ... on File { bytes } } }`);
    expect(big.data.file.bytes).toBe('3221225472');
  });

  const ERROR_QUERY = `query ($id: FileID!) { file(id: $id) {
    __typename
    ... on Error { message retryable upstreamCode traceId }
    ... on FileNotFound { id }
    ... on AuthenticationFailed { regionHint }
    ... on RateLimited { retryAfterSeconds }
    ... on UpstreamError { httpStatus }
  } }`;

  it('passes FileNotFound through the router with its fields', async () => {
    const body = await throughRouter(ERROR_QUERY, { id: MISSING_FILE_ID });
    expect(body.data.file).toMatchObject({
      __typename: 'FileNotFound',
      id: MISSING_FILE_ID,
      retryable: false,
    });
    expect(body.data.file.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    [2013, 'InvalidFileId', false],
    [1004, 'AuthenticationFailed', false],
    [1002, 'RateLimited', true],
    [1008, 'InsufficientBalance', false],
    [1026, 'ContentRejected', false],
    [1001, 'UpstreamTimeout', true],
    [1000, 'UpstreamError', true],
  ])('passes status_code %i through the router as %s', async (statusCode, member, retryable) => {
    stack.emulator.setFault({
      fileId: SEEDED.small,
      route: 'retrieve',
      statusCode,
      statusMsg: `code ${statusCode}`,
    });
    const body = await throughRouter(ERROR_QUERY, { id: SEEDED.small });
    expect(body.errors).toBeUndefined();
    expect(body.data.file).toMatchObject({ __typename: member, retryable, upstreamCode: statusCode });
    expect(body.data.file.message).toEqual(expect.any(String));
    if (member === 'AuthenticationFailed') expect(body.data.file.regionHint).toMatch(/api\.minimaxi?\.com/);
  });

  it('passes retryAfterSeconds and httpStatus through the router', async () => {
    stack.emulator.setFault({
      fileId: SEEDED.small,
      route: 'retrieve',
      httpStatus: 429,
      retryAfterSeconds: 7,
    });
    const limited = await throughRouter(ERROR_QUERY, { id: SEEDED.small });
    expect(limited.data.file).toMatchObject({ __typename: 'RateLimited', retryAfterSeconds: 7 });
    stack.emulator.clearFaults();
    stack.emulator.setFault({ fileId: SEEDED.small, route: 'retrieve', httpStatus: 503 });
    const failed = await throughRouter(ERROR_QUERY, { id: SEEDED.small });
    expect(failed.data.file).toMatchObject({ __typename: 'UpstreamError', httpStatus: 503, retryable: true });
  });

  it('tells an entity that failed as an error carrying the union member name and its fields', async () => {
    tasks.state.tasks = [
      { id: 't1', title: 'limited', fileId: SEEDED.small },
      { id: 't2', title: 'gone', fileId: MISSING_FILE_ID },
    ];
    stack.emulator.setFault({ fileId: SEEDED.small, route: 'retrieve', statusCode: 1002, statusMsg: 'rpm' });
    const body = await throughRouter('{ tasks { id file { id filename } } }');
    expect(body.data.tasks.map((task: { file: unknown }) => task.file)).toEqual([null, null]);
    const codes = body.errors.map((error: { extensions?: { code?: string } }) => error.extensions?.code);
    expect(codes).toEqual(expect.arrayContaining(['RateLimited', 'FileNotFound']));
    const limited = body.errors.find(
      (error: { extensions?: { code?: string } }) => error.extensions?.code === 'RateLimited',
    );
    expect(limited.extensions).toMatchObject({ retryable: true, upstreamCode: 1002 });
  });

  it('gets nothing from the gateway without the operator token', async () => {
    const body = await throughRouter(`{ file(id: "${SEEDED.small}") { __typename } }`, undefined, '');
    expect(body.data?.file ?? null).toBeNull();
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(stack.upstreamCalls('retrieve')).toBe(0);
  });
});

describe('supergraph:check', () => {
  const run = promisify(execFile);
  const script = new URL('../scripts/supergraph-check.mjs', import.meta.url).pathname;

  it('passes for schema.graphql and fails, naming the problem, when File loses its key field', async () => {
    await expect(run(process.execPath, [script])).resolves.toBeDefined();
    const broken = join(tmpdir(), `broken-subgraph-${process.pid}.graphql`);
    const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    writeFileSync(broken, sdl.replace('@key(fields: "id")', '@key(fields: "fileId")'));
    const failure = await run(process.execPath, [script, broken]).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('fileId');
  });
});
