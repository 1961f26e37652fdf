import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MiniMaxFiles } from '@minimax-files/core';
import { type Emulator, type EmulatorOptions, SEEDED, startEmulator } from '@minimax-files/emulator';
import { createYoga } from 'graphql-yoga';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { contextWith, NO_DATABASE } from '../../test/helpers/plugin-yoga.js';
import type { AuditEventInput } from '../audit/audit-event.js';
import { createAuthenticator } from '../auth/authenticator.js';
import type { GatewayUserContext, ServerContext } from '../context.js';
import { createFileLookups } from '../lookups/file-lookups.js';
import { createListLookups } from '../lookups/list-lookups.js';
import { createLookupCache } from '../lookups/lookup-cache.js';
import { createRequestLookups } from '../lookups/request-lookups.js';
import { createSemaphore } from '../lookups/semaphore.js';
import { createMetrics } from '../metrics.js';
import { useOperatorAuth } from '../plugins/use-operator-auth.js';
import { useRequestLogger } from '../plugins/use-request-logger.js';
import { createGatewaySchema } from '../schema/load-schema.js';
import { recordFastPathHit } from './record-hit.js';
import { createResponseFastPath, type FastPathHit } from './response-fast-path.js';

const TOKEN = 'fast-path-test-token-7f3a9c';
const KEY = 'fast-path-emulator-key';
const FILE_QUERY =
  'query File($id: FileID!) { file(id: $id) { __typename ... on File { id filename purpose bytes createdAt downloadUrl } ... on Error { message } } }';

interface Harness {
  emulator: Emulator;
  url: string;
  /** GraphQL executions Yoga ran (a replayed answer runs none). */
  executions: () => number;
  hits: () => number;
  lastHit: () => FastPathHit | undefined;
  post(
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; text: string; type: string | null; requestId: string | null }>;
  close(): Promise<void>;
}

/** The gateway's real schema, look-ups and auth plugin over a real emulator, with the fast path in front. */
async function startHarness(
  cacheTtlMs = 60_000,
  emulatorOptions: EmulatorOptions = {},
  replayableFields?: ReadonlySet<string>,
): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, quiet: true, apiKey: KEY, ...emulatorOptions });
  const cache = createLookupCache({ ttlMs: cacheTtlMs, maxEntries: 100 });
  const client = new MiniMaxFiles({ apiKey: KEY, baseURL: emulator.url, maxRetries: 0 });
  const semaphore = createSemaphore(4);
  const source = createFileLookups({ client, cache, semaphore });
  const fileLists = createListLookups({ client, cache, semaphore, ttlMs: 0, staleMs: 0 });
  let executions = 0;
  const hits: FastPathHit[] = [];
  const authenticator = createAuthenticator({
    bootstrapTokens: [TOKEN],
    database: NO_DATABASE,
    sessions: { maxAgeMs: 60_000, idleMs: 60_000 },
  });
  const fastPath = createResponseFastPath({
    authenticator,
    cache,
    maxBodyBytes: 64 * 1024,
    onHit: (hit) => hits.push(hit),
    ...(replayableFields && { replayableFields }),
  });
  // The gateway's request logger, writing nowhere: it records the operation name the fast path replays.
  const logger = pino({ level: 'info' }, { write: () => undefined });
  const yoga = createYoga<ServerContext, GatewayUserContext>({
    schema: createGatewaySchema(),
    logging: false,
    context: () => contextWith(createRequestLookups(source), fileLists),
    plugins: [
      useRequestLogger({ logger }),
      useOperatorAuth({ authenticator, enabled: true }),
      fastPath.plugin,
      { onExecute: () => void executions++ },
    ],
  });
  const server: Server = createServer((req, res) => fastPath.handle(req, res, yoga));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    emulator,
    url,
    executions: () => executions,
    hits: () => hits.length,
    lastHit: () => hits.at(-1),
    async post(body, headers = { authorization: `Bearer ${TOKEN}` }) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return {
        status: response.status,
        text: await response.text(),
        type: response.headers.get('content-type'),
        requestId: response.headers.get('x-request-id'),
      };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.close();
    },
  };
}

const lookUp = (id: string) => ({ query: FILE_QUERY, variables: { id }, operationName: 'File' });
const upstreamCalls = (emulator: Emulator) => emulator.requests.filter((r) => r.route === 'retrieve').length;

describe('createResponseFastPath', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('replays a repeated cached File look-up byte for byte without running Yoga', async () => {
    harness = await startHarness();
    const first = await harness.post(lookUp(SEEDED.maxId));
    const second = await harness.post(lookUp(SEEDED.maxId));
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).data.file).toMatchObject({ __typename: 'File', id: '9223372036854775807' });
    expect(second.text).toBe(first.text);
    expect(second.type).toBe(first.type);
    expect(second.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const traced = await harness.post(lookUp(SEEDED.maxId), {
      authorization: `Bearer ${TOKEN}`,
      'x-request-id': 'ticket-42',
    });
    expect(traced.requestId).toBe('ticket-42');
    expect(harness.lastHit()).toMatchObject({ requestId: 'ticket-42', operation: 'File' });
    expect(harness.executions()).toBe(1);
    expect(harness.hits()).toBe(2);
    expect(upstreamCalls(harness.emulator)).toBe(1);
  });

  it('runs the same auth check first: a missing or wrong token gets 401 even for a recorded answer', async () => {
    harness = await startHarness();
    await harness.post(lookUp(SEEDED.speechWav));
    expect((await harness.post(lookUp(SEEDED.speechWav), {})).status).toBe(401);
    const wrong = await harness.post(lookUp(SEEDED.speechWav), { authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('speech');
    expect(harness.hits()).toBe(0);
  });

  it('keys on the operation text and variables: another id or another selection runs Yoga', async () => {
    harness = await startHarness();
    await harness.post(lookUp(SEEDED.speechWav));
    const other = await harness.post(lookUp(SEEDED.beyondSafe));
    expect(JSON.parse(other.text).data.file.id).toBe('9007199254740993');
    const fewerFields = await harness.post({
      query: 'query File($id: FileID!) { file(id: $id) { __typename ... on File { id } } }',
      variables: { id: SEEDED.speechWav },
    });
    expect(JSON.parse(fewerFields.text).data.file).toEqual({ __typename: 'File', id: SEEDED.speechWav });
    expect(harness.executions()).toBe(3);
    expect(harness.hits()).toBe(0);
  });

  it('replays only operations on its allow-list: a root field taken off it is always executed', async () => {
    harness = await startHarness(60_000, {}, new Set());
    await harness.post(lookUp(SEEDED.maxId));
    const again = await harness.post(lookUp(SEEDED.maxId));
    expect(JSON.parse(again.text).data.file.id).toBe(SEEDED.maxId);
    expect(harness.executions()).toBe(2);
    expect(harness.hits()).toBe(0);
  });

  it('an allowed field beside another root field is not replayed (the other one may not be pure)', async () => {
    harness = await startHarness();
    const both = {
      query: `query Two($id: FileID!) { file(id: $id) { __typename ... on File { id } } again: files(ids: [$id]) { __typename } }`,
      variables: { id: SEEDED.maxId },
    };
    await harness.post(both);
    await harness.post(both);
    expect(harness.executions()).toBe(2);
    expect(harness.hits()).toBe(0);
  });

  it('never replays failed look-ups (they are not cached by the gateway either)', async () => {
    harness = await startHarness();
    const missing = lookUp('404404404404');
    await harness.post(missing);
    const again = await harness.post(missing);
    expect(JSON.parse(again.text).data.file.__typename).toBe('FileNotFound');
    expect(harness.executions()).toBe(2);
    expect(upstreamCalls(harness.emulator)).toBe(2);
  });

  it('follows the metadata cache TTL: once the entry expires the look-up goes upstream again', async () => {
    harness = await startHarness(60);
    await harness.post(lookUp(SEEDED.small));
    expect((await harness.post(lookUp(SEEDED.small))).status).toBe(200);
    expect(harness.hits()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await harness.post(lookUp(SEEDED.small));
    expect(harness.executions()).toBe(2);
    expect(upstreamCalls(harness.emulator)).toBe(2);
  });

  it('follows the link-expiry rule: a file whose link expires too soon is never cached, so never replayed', async () => {
    harness = await startHarness(60_000, { linkTtlSeconds: 5 });
    await harness.post(lookUp(SEEDED.speechWav));
    await harness.post(lookUp(SEEDED.speechWav));
    expect(harness.hits()).toBe(0);
    expect(upstreamCalls(harness.emulator)).toBe(2);
  });

  it('leaves batches, several root fields and non-JSON requests to Yoga, bodies intact', async () => {
    harness = await startHarness();
    const batch = {
      query: 'query($ids: [FileID!]!) { files(ids: $ids) { __typename } }',
      variables: { ids: ['42'] },
    };
    await harness.post(batch);
    const twice = await harness.post(batch);
    expect(JSON.parse(twice.text).data.files).toEqual([{ __typename: 'File' }]);
    const two = { query: `{ a: file(id: "42") { __typename ... on File { id } } b: __typename }` };
    await harness.post(two);
    await harness.post(two);
    const viaGet = await fetch(
      `${harness.url}?query=${encodeURIComponent('{ file(id: "42") { __typename } }')}`,
      {
        headers: { authorization: `Bearer ${TOKEN}` },
      },
    );
    expect(await viaGet.json()).toEqual({ data: { file: { __typename: 'File' } } });
    expect(harness.hits()).toBe(0);
    expect(harness.executions()).toBe(5);
  });
});

describe('recordFastPathHit', () => {
  const req = { socket: { remoteAddress: '127.0.0.1' }, headers: {} } as IncomingMessage;
  const hit: FastPathHit = {
    requestId: 'ticket-7',
    operation: 'File',
    durationMs: 0.4,
    principal: { name: 'bootstrap-1', role: 'ADMIN' },
    fileId: '42',
    req,
  };
  const noAudit = { record: () => true };
  const loggerAt = (level: string, lines: string[]) =>
    pino({ level }, { write: (line: string) => void lines.push(line) });

  it('counts a replayed answer as the Yoga plugins would, and logs its request line at debug', async () => {
    const metrics = createMetrics();
    const lines: string[] = [];
    const events: AuditEventInput[] = [];
    recordFastPathHit(metrics, loggerAt('debug', lines), { record: (event) => events.push(event) > 0 })(hit);
    expect(events).toEqual([
      {
        action: 'LOOKUP',
        actor: 'bootstrap-1',
        role: 'ADMIN',
        fileId: '42',
        outcome: 'File',
        clientAddress: '127.0.0.1',
        requestId: 'ticket-7',
        // The replay's own time is the gateway latency of this look-up.
        servedMs: hit.durationMs,
      },
    ]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('gateway_http_requests_total{route="graphql",status="200"} 1');
    expect(text).toContain('gateway_metadata_cache_total{result="hit"} 1');
    expect(text).toContain('gateway_lookups_total{operation="file",outcome="File"} 1');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      level: 20,
      requestId: 'ticket-7',
      route: 'graphql',
      operation: 'File',
      status: 200,
      replayed: true,
      msg: 'request',
    });
  });

  it('writes no line at info level, and still counts the hit', async () => {
    const metrics = createMetrics();
    const lines: string[] = [];
    recordFastPathHit(metrics, loggerAt('info', lines), noAudit)(hit);
    expect(lines).toEqual([]);
    expect(await metrics.registry.metrics()).toContain('gateway_metadata_cache_total{result="hit"} 1');
  });
});
