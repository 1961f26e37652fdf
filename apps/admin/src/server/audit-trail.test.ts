import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseActivityState } from '../lib/activity-params';
import { readAuditPage } from './audit-trail';

// A real HTTP server on 127.0.0.1 that answers the AuditEvents operation like the gateway does for each session.
const ADMIN = 'mmf_s_admin';
const VIEWER = 'mmf_s_viewer';
const EVENT = {
  id: '7',
  at: '2026-12-01T07:00:00.000Z',
  actor: 'ana',
  role: 'OPERATOR',
  action: 'DOWNLOAD',
  fileId: '9223372036854775807',
  outcome: 'complete',
  detail: null,
  bytes: '9007199254740993',
  clientAddress: '198.51.100.7',
  requestId: 'req-7',
};
let server: Server;
let url: string;
let lastBody: { variables?: Record<string, unknown>; extensions?: unknown; query?: string } = {};

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      lastBody = JSON.parse(body);
      const json = (status: number, value: unknown) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      const auth = request.headers.authorization;
      if (auth === `Session ${ADMIN}`) {
        if (lastBody.variables?.after === 'not-ours') {
          return json(200, {
            data: null,
            errors: [
              {
                message: 'auditEvents: that cursor is not one of ours',
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ],
          });
        }
        return json(200, {
          data: {
            auditEvents: {
              edges: [{ cursor: 'c7', node: EVENT }],
              pageInfo: { hasNextPage: true, endCursor: 'c7' },
            },
          },
        });
      }
      if (auth === `Session ${VIEWER}`) {
        return json(200, {
          data: null,
          errors: [
            {
              message: 'Query.auditEvents needs the ADMIN role; you are VIEWER.',
              extensions: { code: 'FORBIDDEN' },
            },
          ],
        });
      }
      json(401, { errors: [{ message: 'Sign in.' }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

afterEach(() => {
  delete process.env.GATEWAY_URL;
});

const state = (query: string) => parseActivityState(new URLSearchParams(query)).state;

describe('readAuditPage', () => {
  it('asks for one page with the filters and the cursor, by document id only, and returns its events', async () => {
    process.env.GATEWAY_URL = url;
    const page = await readAuditPage(ADMIN, state('operator=ana&file=007&action=DOWNLOAD&after=c9'));
    expect(page).toEqual({ kind: 'page', events: [EVENT], hasNextPage: true, endCursor: 'c7' });
    expect(lastBody.variables).toEqual({
      first: 50,
      after: 'c9',
      filter: { actor: 'ana', action: 'DOWNLOAD', fileId: '7' },
    });
    expect(lastBody.query).toBeUndefined();
    expect(lastBody.extensions).toMatchObject({ persistedQuery: { version: 1 } });
  });

  it('passes the gateway refusal on in its own words', async () => {
    process.env.GATEWAY_URL = url;
    expect(await readAuditPage(VIEWER, state(''))).toEqual({
      kind: 'refused',
      code: 'FORBIDDEN',
      message: 'Query.auditEvents needs the ADMIN role; you are VIEWER.',
    });
    expect(await readAuditPage(ADMIN, state('after=not-ours'))).toMatchObject({
      kind: 'refused',
      code: 'BAD_USER_INPUT',
    });
  });

  it('tells an ended session from an unreachable gateway', async () => {
    process.env.GATEWAY_URL = url;
    expect(await readAuditPage('mmf_s_ended', state(''))).toEqual({ kind: 'signed-out' });
    process.env.GATEWAY_URL = 'http://127.0.0.1:9';
    await expect(readAuditPage(ADMIN, state(''))).rejects.toThrow(/could not answer the audit trail/);
  });
});
