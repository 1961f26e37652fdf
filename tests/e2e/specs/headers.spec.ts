import { SEEDED } from '../support/ids.js';
import { expect, test } from '../support/test.js';

const PAGES = ['/sign-in', '/', `/files/${SEEDED.speechWav}`, '/batch'];

for (const path of PAGES) {
  test(`${path} is served with a strict CSP, no framing and a referrer policy`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();

    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/(^|;)\s*(default-src|script-src)\s/);
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
}
