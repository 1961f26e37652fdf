import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeSession, openSession } from './gateway-sessions';

// A real HTTP server on 127.0.0.1 that answers POST /sessions and DELETE /sessions/current like the gateway.
const TOKEN = 'mmf_op_operator-token-for-tests';
const THROTTLED_TOKEN = 'mmf_op_throttled';
const SESSION = 'mmf_s_session-for-tests';
let server: Server;
let url: string;
let seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    const auth = request.headers.authorization;
    if (request.method === 'POST' && request.url === '/sessions') {
      if (auth === `Bearer ${THROTTLED_TOKEN}`) {
        response.writeHead(429, { 'retry-after': '840', 'content-type': 'application/json' }).end('{}');
      } else if (auth === `Bearer ${TOKEN}`) {
        response.writeHead(201, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            session: SESSION,
            expiresAt: '2030-01-01T12:00:00.000Z',
            idleTimeoutSeconds: 1800,
            operator: { name: 'ana', role: 'VIEWER' },
          }),
        );
      } else {
        response.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[]}');
      }
    } else if (request.method === 'DELETE' && request.url === '/sessions/current') {
      response.writeHead(auth === `Session ${SESSION}` ? 204 : 401).end();
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen = [];
  process.env.GATEWAY_URL = url;
});

afterEach(() => {
  delete process.env.GATEWAY_URL;
});

describe('openSession', () => {
  it('exchanges the token for a session id, forwarding the caller address', async () => {
    const opening = await openSession(TOKEN, '198.51.100.7');
    expect(opening).toEqual({
      kind: 'opened',
      session: SESSION,
      expiresAt: new Date('2030-01-01T12:00:00.000Z'),
      operator: { name: 'ana', role: 'VIEWER' },
    });
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen[0]?.headers['x-forwarded-for']).toBe('198.51.100.7');
  });

  it('sends no X-Forwarded-For when the address is unknown', async () => {
    await openSession(TOKEN, undefined);
    expect(seen[0]?.headers['x-forwarded-for']).toBeUndefined();
  });

  it('tells a refused token, a throttled address and an unreachable gateway apart', async () => {
    expect(await openSession('mmf_op_wrong', '127.0.0.1')).toEqual({ kind: 'rejected' });
    expect(await openSession(THROTTLED_TOKEN, '127.0.0.1')).toEqual({
      kind: 'throttled',
      retryAfterSeconds: 840,
    });
    process.env.GATEWAY_URL = 'http://127.0.0.1:9';
    expect(await openSession(TOKEN, '127.0.0.1')).toEqual({ kind: 'unavailable' });
  });
});

describe('closeSession', () => {
  it('deletes the session with the session credential', async () => {
    expect(await closeSession(SESSION, '198.51.100.7')).toBe(true);
    expect(seen[0]).toMatchObject({ method: 'DELETE', url: '/sessions/current' });
    expect(seen[0]?.headers.authorization).toBe(`Session ${SESSION}`);
  });

  it('counts a session the gateway no longer knows as closed, an unreachable gateway as not', async () => {
    expect(await closeSession('mmf_s_gone', undefined)).toBe(true);
    process.env.GATEWAY_URL = 'http://127.0.0.1:9';
    expect(await closeSession(SESSION, undefined)).toBe(false);
  });
});
