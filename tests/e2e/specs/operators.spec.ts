import type { Browser, Page } from '@playwright/test';
import { SEEDED } from '../support/ids.js';
import { SESSION_COOKIE } from '../support/servers.js';
import { alertWith, expect, SIGN_IN_URL, SIGNED_OUT, signIn, test } from '../support/test.js';

// Issue 12: an ADMIN creates a named operator on /operators, the token is shown once, the operator signs in with
// it and sees only what their role may use, and revoking them ends their session at once.

/** A context for another person: signed out, with an address of its own (the admin believes a loopback browser). */
async function otherPerson(browser: Browser, address: string) {
  const context = await browser.newContext({
    storageState: SIGNED_OUT,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  return { context, page: await context.newPage() };
}

/** Creates an operator through the form and returns the token the page shows once. */
async function createOperator(page: Page, name: string, role: 'VIEWER' | 'OPERATOR' | 'ADMIN') {
  await page.goto('/operators');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Create operator' }).click();
  const token = page.getByLabel('New token');
  await expect(token).toHaveValue(/^mmf_op_[A-Za-z0-9_-]{43}$/);
  return token.inputValue();
}

function operatorRow(page: Page, name: string) {
  return page.getByRole('table', { name: 'Operators' }).getByRole('row').filter({ hasText: name });
}

test('an ADMIN creates an operator; the token is shown once and can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const name = `e2e-copy-${Date.now()}`;
  const token = await createOperator(page, name, 'OPERATOR');
  await page.getByRole('button', { name: 'Copy token' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await expect(operatorRow(page, name)).toContainText('OPERATOR');
  await expect(operatorRow(page, name)).toContainText('Active');

  // Shown once: a new visit of the page does not have it.
  await page.reload();
  await expect(operatorRow(page, name)).toBeVisible();
  expect(await page.content()).not.toContain(token);
  await expect(page.getByLabel('New token')).toHaveCount(0);
});

test('a refused name is explained and nothing is created', async ({ page }) => {
  await page.goto('/operators');
  await page.getByLabel('Name').fill('bootstrap-9');
  await page.getByRole('button', { name: 'Create operator' }).click();
  await expect(alertWith(page, 'GATEWAY_OPERATOR_TOKENS')).toBeVisible();
  await expect(page.getByLabel('New token')).toHaveCount(0);
  await expect(operatorRow(page, 'bootstrap-9')).toHaveCount(0);
});

test('a VIEWER signs in with the new token and sees only what the role may use', async ({
  page,
  browser,
}) => {
  const name = `e2e-viewer-${Date.now()}`;
  const token = await createOperator(page, name, 'VIEWER');

  const viewer = await otherPerson(browser, '198.51.100.41');
  await signIn(viewer.page, token);
  await expect(viewer.page).toHaveURL('/');
  const header = viewer.page.getByRole('banner');
  await expect(header).toContainText(`Signed in as ${name}`);
  await expect(header).toContainText('VIEWER');
  const nav = viewer.page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Browse' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Activity' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Operators' })).toHaveCount(0);

  // No Download and no player on a file a VIEWER may look up; the gateway refuses the route itself too.
  await viewer.page.goto(`/files/${SEEDED.speechWav}`);
  await expect(viewer.page.getByText(SEEDED.speechWav).first()).toBeVisible();
  await expect(viewer.page.getByRole('link', { name: 'Download' })).toHaveCount(0);
  await expect(viewer.page.locator('audio')).toHaveCount(0);
  const download = await viewer.context.request.get(`/files/${SEEDED.speechWav}/download`);
  expect(download.status()).toBe(403);

  // Browsing: the rows come, but no row offers Download or Play (the gateway gives a VIEWER no download URL).
  await viewer.page.goto('/browse?purpose=voice_clone');
  const rows = viewer.page.locator('table tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect(viewer.page.getByRole('link', { name: /^Download/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: /^Play/ })).toHaveCount(0);

  // Typing the address of an ADMIN page gets the gateway's refusal, calmly.
  await viewer.page.goto('/activity');
  await expect(
    viewer.page.getByRole('heading', { name: 'Only admins can read the activity log' }),
  ).toBeVisible();
  await viewer.page.goto('/operators');
  await expect(viewer.page.getByRole('heading', { name: 'Only admins can manage operators' })).toBeVisible();
  await expect(viewer.page.getByRole('button', { name: 'Create operator' })).toHaveCount(0);
  await viewer.context.close();
});

test('revoking an operator ends their session at once and their token stops working', async ({
  page,
  browser,
}) => {
  const name = `e2e-revoked-${Date.now()}`;
  const token = await createOperator(page, name, 'OPERATOR');

  const revoked = await otherPerson(browser, '198.51.100.42');
  await signIn(revoked.page, token);
  await expect(revoked.page).toHaveURL('/');
  await revoked.page.goto(`/files/${SEEDED.speechWav}`);
  await expect(revoked.page.getByRole('link', { name: 'Download' })).toBeVisible();

  const row = operatorRow(page, name);
  await row.getByRole('button', { name: 'Revoke' }).click();
  // A confirmation first: Cancel leaves the operator alone.
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toContainText('Active');
  await row.getByRole('button', { name: 'Revoke' }).click();
  // The question is asked in the row; the confirming button is named Revoke too.
  await expect(row).toContainText(`Revoke ${name}? Their token and sessions stop working at once.`);
  await row.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);

  // Their session: the next page load goes back to sign-in; downloads are refused.
  await revoked.page.goto(`/files/${SEEDED.speechWav}`);
  await expect(revoked.page).toHaveURL(SIGN_IN_URL);
  const download = await revoked.context.request.get(`/files/${SEEDED.speechWav}/download`);
  expect(download.status()).toBe(401);
  // Their token: not accepted any more, and no session cookie is set.
  await revoked.context.clearCookies();
  await signIn(revoked.page, token);
  await expect(alertWith(revoked.page, 'not accepted')).toBeVisible();
  const cookies = await revoked.context.cookies();
  expect(cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
  await revoked.context.close();
});
