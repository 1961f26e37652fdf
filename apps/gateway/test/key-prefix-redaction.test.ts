import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_KEY, type Stack, startStack } from './helpers/stack.js';

// Issue 10 item 11: an upstream that echoed the API key cut short leaked its first 33 characters into the
// gateway's answers and logs (only the whole key was redacted). The fake upstream echoes a cut key in status_msg.
const CUT = EMULATOR_KEY.slice(0, 20);
let upstream: Server;
let stack: Stack;

beforeAll(async () => {
  upstream = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ base_resp: { status_code: 1004, status_msg: `invalid key ${CUT}...` } }));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.address() as AddressInfo;
  stack = await startStack({ env: { MINIMAX_BASE_URL: `http://127.0.0.1:${port}` } });
});

afterAll(async () => {
  await stack?.close();
  upstream?.close();
});

describe('a cut API key echoed by the upstream', () => {
  it('is redacted in the GraphQL answer and the log lines', async () => {
    const reply = await stack.graphql('query { file(id: "42") { __typename ... on Error { message } } }');
    const text = JSON.stringify(reply.body);
    expect(text).toContain('AuthenticationFailed');
    expect(text).not.toContain(EMULATOR_KEY.slice(0, 8));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stack.logs.text).not.toContain(EMULATOR_KEY.slice(0, 8));
    expect(`${text}${stack.logs.text}`).toContain('[redacted]');
  });
});
