import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN } from '../src/harness/gateway-process.js';
import { send } from '../src/harness/http-client.js';
import { secretLeaks } from '../src/harness/secrets.js';
import { API_KEY, apiRequests, type Stack, startStack } from '../src/harness/stack.js';

const QUERY = encodeURIComponent(`{ file(id: "${SEEDED.speechWav}") { __typename } }`);
const BODY = JSON.stringify({ query: `{ file(id: "${SEEDED.speechWav}") { __typename } }` });

interface Route {
  name: string;
  method: string;
  path: string;
  body?: string;
}

/** Every route the gateway serves, and a few it does not: all must ask for a token first. */
const ROUTES: Route[] = [
  { name: 'POST /graphql', method: 'POST', path: '/graphql', body: BODY },
  { name: 'GET /graphql', method: 'GET', path: `/graphql?query=${QUERY}` },
  { name: 'GET /graphql (GraphiQL page)', method: 'GET', path: '/graphql' },
  { name: 'GET /files/{id}/content', method: 'GET', path: `/files/${SEEDED.speechWav}/content` },
  { name: 'HEAD /files/{id}/content', method: 'HEAD', path: `/files/${SEEDED.speechWav}/content` },
  { name: 'GET /files/{bad id}/content', method: 'GET', path: '/files/abc/content' },
  { name: 'GET /metrics', method: 'GET', path: '/metrics' },
  { name: 'GET /', method: 'GET', path: '/' },
  { name: 'GET /unknown', method: 'GET', path: '/unknown/route' },
  { name: 'GET /healthz/../graphql', method: 'GET', path: `/healthz/../graphql?query=${QUERY}` },
  { name: 'GET /healthz%2F..%2Fgraphql', method: 'GET', path: `/healthz%2F..%2Fgraphql?query=${QUERY}` },
  { name: 'GET /readyz/extra', method: 'GET', path: '/readyz/extra' },
  { name: 'DELETE /graphql', method: 'DELETE', path: '/graphql' },
];

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const sameLengthWrong = OPERATOR_TOKEN.slice(0, -1) + (OPERATOR_TOKEN.endsWith('a') ? 'b' : 'a');

/** Credentials that must not get in. */
const BAD_CREDENTIALS: { name: string; headers: Record<string, string> }[] = [
  { name: 'no Authorization header', headers: {} },
  { name: 'a wrong token of the same length', headers: { authorization: `Bearer ${sameLengthWrong}` } },
  { name: 'a wrong short token', headers: { authorization: 'Bearer x' } },
  { name: 'the token with a suffix', headers: { authorization: `Bearer ${OPERATOR_TOKEN}0` } },
  { name: 'a prefix of the token', headers: { authorization: `Bearer ${OPERATOR_TOKEN.slice(0, 20)}` } },
  {
    name: 'both tokens joined',
    headers: { authorization: `Bearer ${OPERATOR_TOKEN},${SECOND_OPERATOR_TOKEN}` },
  },
  { name: '"Bearer" without a token', headers: { authorization: 'Bearer ' } },
  { name: 'the token without the Bearer scheme', headers: { authorization: OPERATOR_TOKEN } },
  // Basic credentials whose password is the token are accepted on purpose (a browser's prompt opens GraphiQL);
  // any other Basic credentials are not.
  {
    name: 'Basic with a wrong password of the same length',
    headers: { authorization: basic('operator', sameLengthWrong) },
  },
  { name: 'Basic with the token as the user name', headers: { authorization: basic(OPERATOR_TOKEN, '') } },
  {
    name: 'Basic with the token as the user name and a password',
    headers: { authorization: basic(OPERATOR_TOKEN, 'x') },
  },
  { name: 'the API key as a token', headers: { authorization: `Bearer ${API_KEY}` } },
  {
    name: 'the token in a cookie',
    headers: { cookie: `mmf_session=${OPERATOR_TOKEN}; token=${OPERATOR_TOKEN}` },
  },
  { name: 'the token in X-Api-Key', headers: { 'x-api-key': OPERATOR_TOKEN } },
];

describe('operator tokens guard every route but /healthz and /readyz', () => {
  let stack: Stack;

  beforeAll(async () => {
    // Hundreds of wrong credentials from one address: the failed-auth throttle (429 after 5, tested in the
    // gateway's own suite) is opened wide here so that every one of them meets the token check itself.
    stack = await startStack({ gatewayEnv: { GATEWAY_AUTH_MAX_FAILURES: '1000000' } });
  });
  afterAll(() => stack?.close());

  it('answers 401 to every route with every bad credential, without touching the upstream', async ({
    task,
  }) => {
    stack.emulator.clearRequests();
    const wrong: string[] = [];
    let tried = 0;
    for (const route of ROUTES) {
      for (const credential of BAD_CREDENTIALS) {
        const headers: Record<string, string> = { ...credential.headers };
        if (route.body) headers['content-type'] = 'application/json';
        const response = await send(`${stack.gateway.url}${route.path}`, {
          method: route.method,
          headers,
          ...(route.body !== undefined && { body: route.body }),
        });
        tried += 1;
        if (response.status !== 401) wrong.push(`${route.name} with ${credential.name}: ${response.status}`);
        const leaks = secretLeaks(response.text + JSON.stringify(response.headers), {
          key: API_KEY,
          token: OPERATOR_TOKEN,
        });
        if (leaks.length > 0) wrong.push(`${route.name} with ${credential.name} leaked ${leaks.join(', ')}`);
      }
    }
    record(task, { abusiveRequests: tried });
    expect(wrong).toEqual([]);
    expect(apiRequests(stack.emulator)).toBe(0);
  });

  it('lets either configured token in, with the scheme in any case (and as a Basic password)', async () => {
    for (const authorization of [
      `Bearer ${OPERATOR_TOKEN}`,
      `Bearer ${SECOND_OPERATOR_TOKEN}`,
      `bearer ${OPERATOR_TOKEN}`,
      basic('operator', OPERATOR_TOKEN),
    ]) {
      const response = await send(`${stack.gateway.url}/graphql`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: BODY,
      });
      expect(response.status, authorization.slice(0, 8)).toBe(200);
      expect(JSON.parse(response.text)).toEqual({ data: { file: { __typename: 'File' } } });
    }
    const download = await send(`${stack.gateway.url}/files/${SEEDED.speechWav}/content`, {
      headers: { authorization: `Bearer ${SECOND_OPERATOR_TOKEN}` },
    });
    expect(download.status).toBe(200);
  });

  it.for(['/healthz', '/readyz'])('serves %s without a token and reveals nothing', async (path) => {
    const response = await send(`${stack.gateway.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.text.length).toBeLessThan(64);
    const emulatorHost = new URL(stack.emulator.url).host;
    expect(response.text + JSON.stringify(response.headers)).not.toContain(emulatorHost);
    expect(secretLeaks(response.text, { key: API_KEY, token: OPERATOR_TOKEN })).toEqual([]);
  });
});
