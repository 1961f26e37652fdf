import { SEEDED } from '@minimax-files/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

const ROUTES: Array<[string, RequestInit]> = [
  [
    '/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' },
  ],
  ['/graphql?query=%7B__typename%7D', { method: 'GET' }],
  [`/files/${SEEDED.small}/content`, { method: 'GET' }],
  [`/files/${SEEDED.small}/content`, { method: 'HEAD' }],
  ['/metrics', { method: 'GET' }],
  ['/nowhere', { method: 'GET' }],
];

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe('operator auth', () => {
  it.each(ROUTES)(
    'refuses %s without a token: 401 with WWW-Authenticate, nothing upstream',
    async (path, init) => {
      stack = await startStack();
      const response = await fetch(`${stack.url}${path}`, init);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="minimax-files-gateway"');
      expect(stack.emulator.requests).toEqual([]);
    },
  );

  it('accepts the token as the password of Basic credentials (the browser prompt for GraphiQL)', async () => {
    stack = await startStack();
    const authorization = `Basic ${Buffer.from(`operator:${OPERATOR_TOKEN}`).toString('base64')}`;
    expect((await fetch(`${stack.url}/metrics`, { headers: { authorization } })).status).toBe(200);
  });

  it('refuses a wrong token, a token prefix and other schemes', async () => {
    stack = await startStack();
    for (const authorization of [
      'Bearer wrong-token',
      `Bearer ${OPERATOR_TOKEN.slice(0, -1)}`,
      `Bearer ${OPERATOR_TOKEN}x`,
      `Basic ${Buffer.from(`op:${OPERATOR_TOKEN}x`).toString('base64')}`,
      `Digest ${OPERATOR_TOKEN}`,
      OPERATOR_TOKEN,
    ]) {
      const response = await fetch(`${stack.url}/metrics`, { headers: { authorization } });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
      expect(await response.text()).not.toContain(OPERATOR_TOKEN);
    }
  });

  it('accepts every configured token', async () => {
    stack = await startStack();
    for (const token of [OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN]) {
      const response = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ file(id: ${SEEDED.small}) { __typename } }` }),
      });
      expect(await response.json()).toEqual({ data: { file: { __typename: 'File' } } });
    }
  });

  it('serves /healthz and /readyz without a token, revealing nothing', async () => {
    stack = await startStack();
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${stack.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-yoga-id')).toBeNull();
      expect(await response.text()).toBe('');
    }
  });

  it.each(['development', 'production'])(
    'in %s, challenges a browser without a token for GraphiQL',
    async (env) => {
      stack = await startStack({ env: { NODE_ENV: env } });
      const response = await fetch(`${stack.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
    },
  );
});

describe('without operator tokens (loopback only)', () => {
  it('serves GraphQL without auth but refuses cross-site "simple" requests (CSRF)', async () => {
    stack = await startStack({ env: { GATEWAY_OPERATOR_TOKENS: undefined } });
    const json = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(json.status).toBe(200);

    const form = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(403);
    const get = await fetch(`${stack.url}/graphql?query=%7B__typename%7D`);
    expect(get.status).toBe(403);
    const preflighted = await fetch(`${stack.url}/graphql?query=%7B__typename%7D`, {
      headers: { 'graphql-require-preflight': '1' },
    });
    expect(preflighted.status).toBe(200);
  });
});
