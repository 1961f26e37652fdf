import { type Emulator, startEmulator } from '@minimax-files/emulator';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type Cluster, startCluster } from '../../../scripts/cluster-topology.mjs';

export const TOKEN = 'cluster-test-token-3f9a1c7e5b20';
export const QUERY =
  'query ($id: FileID!) { file(id: $id) { __typename ... on File { id filename } ... on Error { upstreamCode retryable } ... on RateLimited { retryAfterSeconds } } }';
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POST /graphql with an `Authorization` header value; the status and the parsed body (undefined if not JSON). */
export async function graphqlAs(
  baseUrl: string,
  authorization: string,
  query: string,
  variables?: Record<string, unknown>,
  // biome-ignore lint/suspicious/noExplicitAny: a GraphQL answer as JSON
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      authorization,
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, body: await response.json().catch(() => undefined) };
}

export const CREATE_OPERATOR =
  'mutation ($name: String!, $role: Role!) { createOperator(name: $name, role: $role) { token } }';

/** A new operator created through `baseUrl` by the bootstrap ADMIN; its token. */
export async function createOperator(baseUrl: string, name: string, role: string): Promise<string> {
  const { body } = await graphqlAs(baseUrl, `Bearer ${TOKEN}`, CREATE_OPERATOR, { name, role });
  const token = body?.data?.createOperator?.token;
  if (typeof token !== 'string') throw new Error(`createOperator failed: ${JSON.stringify(body)}`);
  return token;
}

export interface LookupReply {
  status: number;
  /** The FileResult member, or `HTTP <status>` / the network error's name when there was no GraphQL answer. */
  outcome: string;
  // biome-ignore lint/suspicious/noExplicitAny: the FileResult member as JSON
  file?: any;
  /** Sent as `x-request-id`: the gateway writes it into the request's audit event. */
  requestId: string;
  /** The replica HAProxy handed the request to (its `x-served-by`), when the answer came through HAProxy. */
  servedBy?: string;
}

let requests = 0;
/** A request id no other request of this run carries. */
export const nextRequestId = () => `cluster-${process.pid}-${++requests}`;

/** One `file(id)` look-up; a transport failure is an outcome too (it is what the load tests count). */
export async function lookUp(baseUrl: string, id: string): Promise<LookupReply> {
  const requestId = nextRequestId();
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'x-request-id': requestId,
      },
      body: JSON.stringify({ query: QUERY, variables: { id } }),
      signal: AbortSignal.timeout(20_000),
    });
    // biome-ignore lint/suspicious/noExplicitAny: a GraphQL answer as JSON
    const body: any = await response.json().catch(() => undefined);
    const file = body?.data?.file;
    return {
      status: response.status,
      outcome: file?.__typename ?? `HTTP ${response.status}`,
      file,
      requestId,
      ...servedBy(response),
    };
  } catch (error) {
    return { status: 0, outcome: (error as Error).name, requestId };
  }
}

export interface DownloadReply {
  requestId: string;
  status: number;
  /** `complete`, `short` (never acceptable), `broken` (an error mid-body) or the error before any answer. */
  outcome: string;
  bytes: number;
  servedBy?: string;
}

/** One download through `/files/{id}/content`, read to the end. */
export async function download(baseUrl: string, id: string): Promise<DownloadReply> {
  const requestId = nextRequestId();
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/files/${id}/content`, {
      headers: { authorization: `Bearer ${TOKEN}`, 'x-request-id': requestId },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { requestId, status: 0, outcome: (error as Error).name, bytes: 0 };
  }
  const expected = Number(response.headers.get('content-length'));
  let bytes = 0;
  let outcome = 'complete';
  try {
    for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).byteLength;
    if (response.ok && bytes !== expected) outcome = 'short';
  } catch {
    outcome = 'broken';
  }
  return { requestId, status: response.status, outcome, bytes, ...servedBy(response) };
}

function servedBy(response: Response): { servedBy?: string } {
  const name = response.headers.get('x-served-by');
  return name ? { servedBy: name } : {};
}

/** The audit rows written for these request ids, by request id. */
export async function auditRows(
  databaseUrl: string,
  requestIds: string[],
): Promise<Map<string, { action: string; outcome: string; bytes: string | null }>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'select request_id, action, outcome, bytes from audit_events where request_id = any($1)',
      [requestIds],
    );
    return new Map(rows.map((row) => [row.request_id, row]));
  } finally {
    await client.end();
  }
}

/** A Prometheus sample of one replica (summed over the label sets matching `labels`). */
export async function metric(baseUrl: string, name: string, labels = ''): Promise<number> {
  const text = await (
    await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
  ).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    if (!line.startsWith(`${name} `) && !line.startsWith(`${name}{`)) continue;
    if (labels && !line.includes(labels)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(100);
  }
}

export const retrieves = (emulator: Emulator, id?: string) =>
  emulator.requests.filter((entry) => entry.route === 'retrieve' && (!id || entry.fileId === id)).length;

/**
 * `workers` clients looking up `nextId()` back to back through `baseUrl` for `durationMs`; `during(elapsedMs)`
 * runs alongside (faults). Every reply is kept with the time it was asked.
 */
export async function load({
  baseUrl,
  workers,
  durationMs,
  nextId,
  during,
}: {
  baseUrl: string;
  workers: number;
  durationMs: number;
  nextId: () => string;
  /** Runs alongside the load; `elapsedMs()` is the load's clock (when a fault really happened). */
  during?: (elapsedMs: () => number) => Promise<void>;
}): Promise<Array<LookupReply & { at: number }>> {
  const replies: Array<LookupReply & { at: number }> = [];
  const startedAt = Date.now();
  const worker = async () => {
    while (Date.now() - startedAt < durationMs) {
      const at = Date.now() - startedAt;
      replies.push({ ...(await lookUp(baseUrl, nextId())), at });
    }
  };
  await Promise.all([...Array.from({ length: workers }, worker), during?.(() => Date.now() - startedAt)]);
  return replies;
}

/** `workers` clients downloading `id` back to back through `baseUrl` for `durationMs`. */
export async function downloadLoad({
  baseUrl,
  workers,
  durationMs,
  id,
}: {
  baseUrl: string;
  workers: number;
  durationMs: number;
  id: string;
}): Promise<DownloadReply[]> {
  const replies: DownloadReply[] = [];
  const startedAt = Date.now();
  const worker = async () => {
    while (Date.now() - startedAt < durationMs) replies.push(await download(baseUrl, id));
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return replies;
}

/**
 * Sent vs stored: every look-up answered with a FileResult member and every download that got its first byte
 * (status 200) must have its audit row; a download received whole, `complete` with exactly its bytes. Polls until they are all
 * there or `timeoutMs` passes (buffers retry with back-off), then returns what is missing.
 */
export async function unaudited(
  databaseUrl: string,
  lookups: LookupReply[],
  downloads: DownloadReply[],
  timeoutMs = 20_000,
): Promise<{ sent: number; stored: number; missing: string[]; wrongDownloads: string[] }> {
  const answered = lookups.filter((reply) => reply.file?.__typename).map((reply) => reply.requestId);
  const started = downloads.filter((reply) => reply.status === 200);
  const ids = [...answered, ...started.map((reply) => reply.requestId)];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await auditRows(databaseUrl, ids);
    const missing = ids.filter((id) => !rows.has(id));
    const wrongDownloads = started
      .filter((reply) => {
        const row = rows.get(reply.requestId);
        if (!row) return false;
        if (row.action !== 'DOWNLOAD') return true;
        // A transfer the client saw whole is recorded whole; a broken one only has to be there (the gateway may
        // have handed the socket more than arrived).
        return (
          reply.outcome === 'complete' && (row.outcome !== 'complete' || Number(row.bytes) !== reply.bytes)
        );
      })
      .map((reply) => `${reply.requestId}: ${JSON.stringify(rows.get(reply.requestId))} vs ${reply.outcome}`);
    if ((missing.length === 0 && wrongDownloads.length === 0) || Date.now() >= deadline) {
      return { sent: ids.length, stored: ids.length - missing.length, missing, wrongDownloads };
    }
    await sleep(250);
  }
}

export interface ClusterFixture {
  /** In this process, so its request log counts upstream requests. Set by `beforeAll`. */
  emulator: Emulator;
  cluster: Cluster;
}

/**
 * One cluster for the test file: the emulator, then `startCluster` (Redis, PostgreSQL, 3 gateway processes, HAProxy)
 * pointed at it with `TOKEN` as the operator token and `env` on every replica; everything stopped after the file.
 */
export function clusterForFile(env: Record<string, string>): ClusterFixture {
  const fixture = {} as ClusterFixture;
  const apiKey = 'cluster-emulator-key-8d41';
  beforeAll(async () => {
    fixture.emulator = await startEmulator({ port: 0, quiet: true, apiKey, requestLogLimit: 100_000 });
    fixture.cluster = await startCluster({
      replicas: 3,
      upstream: { apiKey, baseURL: fixture.emulator.url },
      operatorTokens: [TOKEN],
      env,
    });
  });
  afterAll(async () => {
    await fixture.cluster?.stop();
    await fixture.emulator?.close();
  });
  return fixture;
}
