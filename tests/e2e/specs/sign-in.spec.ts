import { OPERATOR_TOKEN, SESSION_COOKIE } from '../support/servers.js';
import { alertWith, expect, SIGN_IN_URL, SIGNED_OUT, signIn, test } from '../support/test.js';

test.use({ storageState: SIGNED_OUT });

test('a wrong token is refused with an alert and no session', async ({ page }) => {
  await signIn(page, 'not-an-operator-token');
  await expect(alertWith(page, 'not accepted')).toBeVisible();
  await expect(page).toHaveURL(SIGN_IN_URL);
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
});

test('the right token opens the look-up page with an httpOnly, SameSite=Strict session', async ({ page }) => {
  await signIn(page, OPERATOR_TOKEN);
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Look up a file' })).toBeVisible();
  await expect(page.getByLabel('File ID')).toBeVisible();

  const session = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Strict');
});

test('the token field hides what is typed and works from the keyboard', async ({ page }) => {
  await page.goto('/sign-in');
  const field = page.getByLabel('Operator token');
  await expect(field).toHaveAttribute('type', 'password');
  await field.fill(OPERATOR_TOKEN);
  await field.press('Enter');
  await expect(page).toHaveURL('/');
});

test('signing out clears the session and protected pages send back to sign-in', async ({ page }) => {
  await signIn(page, OPERATOR_TOKEN);
  await expect(page).toHaveURL('/');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(SIGN_IN_URL);
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();

  await page.goto('/batch');
  await expect(page).toHaveURL(SIGN_IN_URL);
});
