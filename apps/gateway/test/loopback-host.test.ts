import { request } from 'node:http';
import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

// Issue 10 item 5: without operator tokens the gateway answered any Host, so a DNS-rebinding page (evil.example
// resolving to 127.0.0.1) could use it. With auth off only loopback Host names are answered.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { GATEWAY_OPERATOR_TOKENS: undefined } });
});
afterAll(() => stack.close());

const LOOKUP = JSON.stringify({ query: `{ file(id: "${SEEDED.small}") { __typename ... on File { id } } }` });

function post(host: string, path = '/graphql', body = LOOKUP): Promise<{ status: number; body: string }> {
  const { port } = new URL(stack.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({
      host: '127.0.0.1',
      port,
      path,
      method: body ? 'POST' : 'GET',
      headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    outgoing.on('response', (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('auth off: loopback Host names only', () => {
  it.each(['127.0.0.1', `127.0.0.1:${4000}`, 'localhost:4000', '[::1]:4000'])(
    'answers Host %s',
    async (host) => {
      const { status, body } = await post(host);
      expect(status).toBe(200);
      expect(JSON.parse(body).data.file.id).toBe(SEEDED.small);
    },
  );

  it.each(['evil.example', 'evil.example:4000', '192.0.2.2:4000', '127.0.0.1.evil.example'])(
    'refuses Host %s with 403 and no upstream call, even for an answer it could replay',
    async (host) => {
      await post('localhost');
      await post('localhost');
      stack.emulator.clearRequests();
      const { status, body } = await post(host);
      expect(status).toBe(403);
      expect(body).not.toContain(SEEDED.small);
      expect(stack.emulator.requests).toHaveLength(0);
    },
  );

  it('refuses a rebound name on the download route too', async () => {
    expect((await post('evil.example', `/files/${SEEDED.small}/content`, '')).status).toBe(403);
  });
});
