import { describe, expect, it } from 'vitest';
import { adminBesideFakeGateway } from './helpers/admin';

// Issue 10 item 11: every admin answer carries a Content-Security-Policy. Before, src/proxy.ts skipped prefetch
// (RSC) requests and static paths, so a prefetch answer and a 404 under /_next went out with none.
const SESSION_ID = 'mmf_s_admin-csp-token-0123456789abcdef';
const running = adminBesideFakeGateway(SESSION_ID);

const policyOf = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${running.admin.url}${path}`, { headers, redirect: 'manual' });
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
    const response = await fetch(`${running.admin.url}/sign-in`);
    await response.arrayBuffer();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/'nonce-/);
    expect(csp.split(',')).toHaveLength(1);
  }, 30_000);
});
