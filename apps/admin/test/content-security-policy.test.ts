import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAdmin, startAdmin, startFakeGateway } from './helpers/admin';

// Issue 10 item 11: every admin answer carries a Content-Security-Policy. Before, src/proxy.ts skipped prefetch
// (RSC) requests and static paths, so a prefetch answer and a 404 under /_next went out with none.
const SESSION_ID = 'mmf_s_admin-csp-token-0123456789abcdef';
let admin: RunningAdmin;
let gateway: Awaited<ReturnType<typeof startFakeGateway>>;

beforeAll(async () => {
  gateway = await startFakeGateway((incoming, _body, response) => {
    const ok = incoming.headers.authorization === `Session ${SESSION_ID}`;
    response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    response.end(ok ? '{"data":{"__typename":"Query"}}' : '{"errors":[{"message":"no"}]}');
  });
  admin = await startAdmin({ GATEWAY_URL: gateway.url });
}, 90_000);

afterAll(async () => {
  await admin?.stop();
  gateway?.server.close();
});

const policyOf = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${admin.url}${path}`, { headers, redirect: 'manual' });
  await response.arrayBuffer();
  return { status: response.status, csp: response.headers.get('content-security-policy') };
};

describe('admin Content-Security-Policy', () => {
  it('is on a prefetch (RSC) request', async () => {
    const answer = await policyOf('/sign-in', { rsc: '1', 'next-router-prefetch': '1', purpose: 'prefetch' });
    expect(answer.csp).toMatch(/frame-ancestors 'none'/);
  }, 30_000);

  it('is on 404 pages, under /_next and elsewhere', async () => {
    const missingAsset = await policyOf('/_next/static/chunks/no-such-chunk.js');
    expect(missingAsset.status).toBe(404);
    expect(missingAsset.csp).toMatch(/frame-ancestors 'none'/);
    const missingPage = await policyOf('/no-such-page', { cookie: 'x=1' });
    expect(missingPage.csp).toMatch(/default-src/);
  }, 30_000);

  it('leaves a page its own nonce policy, alone', async () => {
    const response = await fetch(`${admin.url}/sign-in`);
    await response.arrayBuffer();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/'nonce-/);
    expect(csp.split(',')).toHaveLength(1);
  }, 30_000);
});
