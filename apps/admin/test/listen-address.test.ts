import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAdmin, startAdmin } from './helpers/admin';

// Issue 10 item 10: the admin listens on loopback unless HOST says otherwise (it listened on every interface).
// 127.0.0.2 is another loopback address on Linux: a server bound to 127.0.0.1 alone does not answer there.
let admin: RunningAdmin | undefined;

afterEach(async () => {
  await admin?.stop();
  admin = undefined;
});

const reachable = (url: string) =>
  fetch(`${url}/healthz`).then(
    (response) => response.ok,
    () => false,
  );

describe('admin listen address', () => {
  it('defaults to 127.0.0.1 only', async () => {
    admin = await startAdmin({ GATEWAY_URL: 'http://127.0.0.1:9', HOST: '' });
    expect(await reachable(`http://127.0.0.1:${admin.port}`)).toBe(true);
    expect(await reachable(`http://127.0.0.2:${admin.port}`)).toBe(false);
  }, 90_000);

  it('listens where HOST says', async () => {
    admin = await startAdmin({ GATEWAY_URL: 'http://127.0.0.1:9', HOST: '0.0.0.0' });
    expect(await reachable(`http://127.0.0.2:${admin.port}`)).toBe(true);
  }, 90_000);
});
