import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yogaWith } from '../../test/helpers/plugin-yoga.js';
import { useRequestBodyLimit } from './use-request-body-limit.js';

const LIMIT = 1024;
const yoga = yogaWith([useRequestBodyLimit(LIMIT)]);
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A query padded with a comment to `bytes` bytes of JSON body, sent with a Content-Length or chunked. */
function post(bytes: number, framing: 'content-length' | 'chunked') {
  const body = JSON.stringify({ query: '{ hello } #' });
  const padded = `${body.slice(0, -2)}${'x'.repeat(bytes - body.length)}"}`;
  return new Promise<{
    status: number;
    json: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  }>((resolve, reject) => {
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(framing === 'content-length' && { 'content-length': Buffer.byteLength(padded) }),
    };
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    // Chunked: written in pieces, so Node sends Transfer-Encoding: chunked and no length.
    for (let offset = 0; offset < padded.length; offset += 300) req.write(padded.slice(offset, offset + 300));
    req.end();
  });
}

describe('useRequestBodyLimit', () => {
  it.each(['content-length', 'chunked'] as const)('answers a body within the limit (%s)', async (framing) => {
    const { status, json } = await post(LIMIT, framing);
    expect(status).toBe(200);
    expect(json.data).toEqual({ hello: 'world' });
  });

  it.each(['content-length', 'chunked'] as const)(
    'refuses a body over the limit with 413 (%s)',
    async (framing) => {
      const { status, json } = await post(LIMIT + 1, framing);
      expect(status).toBe(413);
      expect(json.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    },
  );

  it('refuses a Content-Length that is not one number with 400', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '12, 12' },
      body: '{"query":"{ hello }"}',
    });
    expect(response.status).toBe(400);
  });
});
