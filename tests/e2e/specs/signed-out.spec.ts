import { escapeHtml } from '../support/html.js';
import { SEEDED } from '../support/ids.js';
import { expect, SIGN_IN_URL, SIGNED_OUT, test } from '../support/test.js';

test.use({ storageState: SIGNED_OUT });

const PROTECTED_PAGES = ['/', `/files/${SEEDED.speechWav}`, '/batch'];

for (const path of PROTECTED_PAGES) {
  test(`signed out, ${path} redirects to sign-in`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(SIGN_IN_URL);
    await expect(page.getByLabel('Operator token')).toBeVisible();
  });
}

test('signed-out HTML, GraphQL and downloads hold no file data', async ({ request, emulator }) => {
  const upstream = await emulator.retrieve(SEEDED.speechWav);
  const secrets = [upstream.filename, escapeHtml(upstream.filename)];

  for (const path of PROTECTED_PAGES) {
    // No cookie, no redirect following: the server answers with the redirect itself, not a page of data.
    const response = await request.get(path, { maxRedirects: 0 });
    expect([302, 303, 307, 308], path).toContain(response.status());
    expect(response.headers().location, path).toMatch(/^(https?:\/\/[^/]+)?\/sign-in(\?|$)/);
    const body = await response.text();
    for (const secret of secrets) expect(body, path).not.toContain(secret);
  }

  const graphql = await request.post('/api/graphql', {
    data: { query: `{ file(id: "${SEEDED.speechWav}") { ... on File { filename } } }` },
    maxRedirects: 0,
  });
  expect(graphql.status()).toBe(401);
  expect(await graphql.text()).not.toContain(upstream.filename);

  const download = await request.get(`/files/${SEEDED.speechWav}/download`, { maxRedirects: 0 });
  expect([401, 403, 302, 303, 307]).toContain(download.status());
  expect(download.headers()['content-disposition']).toBeUndefined();
  expect((await download.body()).length).toBeLessThan(upstream.bytes);
});
