import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifySession } from './verify-session';

// A real HTTP server on 127.0.0.1 that answers { __typename } like the gateway: 401 unless the session is live.
const SESSION = 'mmf_s_session-for-tests';
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.method !== 'POST' || request.headers.authorization !== `Session ${SESSION}`) {
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end('{"errors":[{"message":"The session is not valid."}]}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/graphql-response+json' });
      response.end('{"data":{"__typename":"Query"}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

afterEach(() => {
  delete process.env.GATEWAY_URL;
});

describe('verifySession', () => {
  it('accepts a session the gateway accepts, sent as a Session credential', async () => {
    process.env.GATEWAY_URL = `${url}/`;
    expect(await verifySession(SESSION)).toBe('accepted');
  });

  it('rejects a session the gateway answers 401 for', async () => {
    process.env.GATEWAY_URL = url;
    expect(await verifySession('mmf_s_ended')).toBe('rejected');
  });

  it('tells an unreachable gateway apart from an ended session', async () => {
    process.env.GATEWAY_URL = 'http://127.0.0.1:9';
    expect(await verifySession(SESSION)).toBe('unreachable');
  });
});
