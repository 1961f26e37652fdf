import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { adminBesideFakeGateway } from './helpers/admin';

// Issue 10 item 1: a large body to any admin route is refused before it is read, so the admin's memory does not
// grow with it (it grew from ~120 MiB to 1.3 GiB on a 300 MiB body before).
const SESSION_ID = 'mmf_s_admin-body-limit-token-0123456789';
const HUGE_MIB = 300;
const running = adminBesideFakeGateway(SESSION_ID);

interface Sent {
  status: number | 'reset';
  sentMiB: number;
  peakGrowthMiB: number;
}

/** Streams `mib` MiB at the admin (by length or chunked) while sampling its memory; stops when it answers. */
function sendHuge(
  path: string,
  headers: Record<string, string>,
  chunked: boolean,
  mib = HUGE_MIB,
): Promise<Sent> {
  const before = running.admin.rssMiB();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, running.admin.rssMiB());
  }, 20);
  const chunk = Buffer.alloc(1024 * 1024, 0x78);
  return new Promise((resolve) => {
    let sent = 0;
    let settled = false;
    const finish = (status: number | 'reset') => {
      if (settled) return;
      settled = true;
      // Let the admin catch up with what is already in its socket before the last sample.
      setTimeout(() => {
        clearInterval(sampler);
        peak = Math.max(peak, running.admin.rssMiB());
        outgoing.destroy();
        resolve({ status, sentMiB: sent, peakGrowthMiB: peak - before });
      }, 300);
    };
    const outgoing = request(`${running.admin.url}${path}`, {
      method: 'POST',
      headers: chunked ? headers : { ...headers, 'content-length': String(mib * 1024 * 1024) },
    });
    outgoing.on('response', (response) => {
      response.resume();
      finish(response.statusCode ?? 0);
    });
    outgoing.on('error', () => finish('reset'));
    const write = () => {
      while (!settled && sent < mib) {
        sent++;
        if (!outgoing.write(chunk)) return void outgoing.once('drain', write);
      }
      if (!settled) outgoing.end();
    };
    write();
  });
}

const SESSION = { cookie: 'mmf_session=not-a-real-session', 'content-type': 'application/json' };
// What a browser's server-action POST (the sign-in form) looks like to the server.
const SIGN_IN_ACTION = { 'next-action': `7f${'0'.repeat(40)}`, 'content-type': 'text/plain;charset=UTF-8' };

describe('admin request bodies', () => {
  it.each([
    ['/api/graphql by length', '/api/graphql', SESSION, false],
    ['/api/graphql chunked', '/api/graphql', SESSION, true],
    ['sign-in action by length', '/sign-in', SIGN_IN_ACTION, false],
    ['sign-in action chunked', '/sign-in', SIGN_IN_ACTION, true],
  ] as const)(
    '%s: 300 MiB is refused before it is read',
    async (_name, path, headers, chunked) => {
      const result = await sendHuge(path, headers, chunked);
      // Refused with 413, or the connection closed under a client still writing: either way not read.
      expect([413, 'reset']).toContain(result.status);
      expect(result.sentMiB).toBeLessThan(HUGE_MIB);
      expect(result.peakGrowthMiB).toBeLessThan(48);
    },
    60_000,
  );

  it('checks the session before reading: a forged cookie is refused and nothing is forwarded', async () => {
    const before = running.gateway.seen.length;
    const response = await fetch(`${running.admin.url}/api/graphql`, {
      method: 'POST',
      headers: SESSION,
      body: JSON.stringify({ query: '{ secretOperation: __typename }' }),
    });
    expect(response.status).toBe(401);
    expect(running.gateway.seen.slice(before).some((seen) => seen.body.includes('secretOperation'))).toBe(
      false,
    );
  });

  it('refuses a body without a session cookie before reading it', async () => {
    const result = await sendHuge('/api/graphql', { 'content-type': 'application/json' }, true, 50);
    expect([401, 'reset']).toContain(result.status);
  }, 60_000);

  it('still forwards a small chunked body of a signed-in operator', async () => {
    const body = JSON.stringify({ query: '{ smallChunked: __typename }' });
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(`${running.admin.url}/api/graphql`, {
        method: 'POST',
        headers: { cookie: `mmf_session=${SESSION_ID}`, 'content-type': 'application/json' },
      });
      outgoing.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      outgoing.on('error', reject);
      outgoing.write(body.slice(0, 10));
      outgoing.end(body.slice(10));
    });
    expect(status).toBe(200);
    expect(running.gateway.seen.some((seen) => seen.body === body)).toBe(true);
  });
});
