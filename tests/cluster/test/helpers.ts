import type { Emulator } from '@minimax-files/emulator';

export const TOKEN = 'cluster-test-token-3f9a1c7e5b20';
export const QUERY =
  'query ($id: FileID!) { file(id: $id) { __typename ... on File { id filename } ... on Error { upstreamCode retryable } ... on RateLimited { retryAfterSeconds } } }';
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LookupReply {
  status: number;
  /** The FileResult member, or `HTTP <status>` / the network error's name when there was no GraphQL answer. */
  outcome: string;
  // biome-ignore lint/suspicious/noExplicitAny: the FileResult member as JSON
  file?: any;
}

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

/** One `file(id)` look-up; a transport failure is an outcome too (it is what the load tests count). */
export async function lookUp(baseUrl: string, id: string): Promise<LookupReply> {
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
      },
      body: JSON.stringify({ query: QUERY, variables: { id } }),
      signal: AbortSignal.timeout(20_000),
    });
    // biome-ignore lint/suspicious/noExplicitAny: a GraphQL answer as JSON
    const body: any = await response.json().catch(() => undefined);
    const file = body?.data?.file;
    return { status: response.status, outcome: file?.__typename ?? `HTTP ${response.status}`, file };
  } catch (error) {
    return { status: 0, outcome: (error as Error).name };
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
