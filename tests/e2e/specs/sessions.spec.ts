import { SEEDED } from '../support/ids.js';
import { OPERATOR_TOKEN, SESSION_COOKIE } from '../support/servers.js';
import { alertWith, expect, SIGN_IN_URL, SIGNED_OUT, signIn, test } from '../support/test.js';

// Issue 12: the cookie carries a gateway session id, never the token; signing out ends the session at the gateway.
test.use({ storageState: SIGNED_OUT });

test('the cookie holds a gateway session id, not the operator token', async ({ page }) => {
  await signIn(page, OPERATOR_TOKEN);
  await expect(page).toHaveURL('/');
  const session = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  expect(session?.value).toMatch(/^mmf_s_[A-Za-z0-9_-]{43}$/);
  expect(session?.value).not.toContain(OPERATOR_TOKEN);
  // A session cookie with the gateway's expiry, not a browser-session cookie.
  expect(session?.expires).toBeGreaterThan(Date.now() / 1000);
});

test('the header names the signed-in operator and their role', async ({ page }) => {
  await signIn(page, OPERATOR_TOKEN);
  await expect(page).toHaveURL('/');
  const header = page.getByRole('banner');
  await expect(header).toContainText('Signed in as bootstrap-1');
  await expect(header).toContainText('ADMIN');
});

test('a copied cookie stops working the moment its session signs out', async ({ page, browser }) => {
  await signIn(page, OPERATOR_TOKEN);
  await expect(page).toHaveURL('/');
  const copied = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  if (!copied) throw new Error('signing in set no session cookie');

  // Another browser holding a copy of the cookie works while the session lives.
  const thief = await browser.newContext({ storageState: SIGNED_OUT });
  await thief.addCookies([copied]);
  const thiefPage = await thief.newPage();
  await thiefPage.goto(`/files/${SEEDED.speechWav}`);
  await expect(thiefPage.getByRole('link', { name: 'Download' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(SIGN_IN_URL);

  // At once: no waiting for a cache to run out.
  await thiefPage.goto(`/files/${SEEDED.speechWav}`);
  await expect(thiefPage).toHaveURL(SIGN_IN_URL);
  await expect(thiefPage.getByLabel('Operator token')).toBeVisible();
  const download = await thief.request.get(`/files/${SEEDED.speechWav}/download`, { maxRedirects: 0 });
  expect(download.status()).toBe(401);
  await download.dispose();
  const graphql = await thief.request.post('/api/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: '{ __typename }' },
  });
  expect(graphql.status()).toBe(401);
  await thief.close();
});

test('repeated wrong tokens from one address are throttled with a calm wait message', async ({ browser }) => {
  // The browser is on this machine, so the admin believes its X-Forwarded-For, as it would a TLS proxy's: this
  // address's failures are its own, and what the gateway throttles shows that the admin forwarded it.
  const caller = await browser.newContext({
    storageState: SIGNED_OUT,
    extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.23' },
  });
  const page = await caller.newPage();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, `wrong-token-${attempt}`);
    await expect(alertWith(page, 'not accepted')).toBeVisible();
  }
  await signIn(page, 'wrong-token-6');
  await expect(
    alertWith(page, /Too many sign-in attempts from your address\. Please wait \d+ minutes? and try again\./),
  ).toBeVisible();
  // Even the right token waits: the throttle is per address, before the token is looked at.
  await signIn(page, OPERATOR_TOKEN);
  await expect(alertWith(page, 'Too many sign-in attempts')).toBeVisible();
  await expect(page).toHaveURL(SIGN_IN_URL);
  await caller.close();

  // Another address is not affected.
  const other = await browser.newContext({
    storageState: SIGNED_OUT,
    extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.24' },
  });
  const otherPage = await other.newPage();
  await signIn(otherPage, OPERATOR_TOKEN);
  await expect(otherPage).toHaveURL('/');
  await other.close();
});
