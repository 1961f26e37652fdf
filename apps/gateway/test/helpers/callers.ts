import type { Stack } from './stack.js';

/** How a caller authenticates: a token (Bearer) or a gateway session (Session). */
export type Credential = { token: string } | { session: string };

export function authorization(credential: Credential): string {
  return 'token' in credential ? `Bearer ${credential.token}` : `Session ${credential.session}`;
}

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response shapes
export type Json = any;

/** POST /graphql as `credential`. */
export async function graphqlAs(
  stack: Pick<Stack, 'url'>,
  credential: Credential,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${stack.url}/graphql`, {
    method: 'POST',
    headers: {
      authorization: authorization(credential),
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

export const CREATE_OPERATOR =
  'mutation Create($name: String!, $role: Role!) { createOperator(name: $name, role: $role) { token operator { name role } } }';

/** Creates an operator as `admin` and returns its token. */
export async function createOperator(
  stack: Pick<Stack, 'url'>,
  admin: Credential,
  name: string,
  role: 'VIEWER' | 'OPERATOR' | 'ADMIN',
): Promise<string> {
  const { body } = await graphqlAs(stack, admin, CREATE_OPERATOR, { name, role });
  const token = body.data?.createOperator?.token;
  if (typeof token !== 'string') throw new Error(`createOperator failed: ${JSON.stringify(body)}`);
  return token;
}

/** POST /sessions with a token: the admin's sign-in. */
export async function signIn(stack: Pick<Stack, 'url'>, token: string, forwardedFor?: string) {
  const response = await fetch(`${stack.url}/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(forwardedFor && { 'x-forwarded-for': forwardedFor }) },
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Json };
}

/** Polls until `check` returns a value that is not undefined (audit events land within ~100 ms, in batches). */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
