import { expect, test as setup } from '@playwright/test';
import { OPERATOR_STATE_PATH, OPERATOR_TOKEN } from './servers.js';
import { signIn } from './test.js';

// Signs in once and saves the cookie, so that every other spec starts on a signed-in page.
setup('operator signs in', async ({ page }) => {
  await signIn(page, OPERATOR_TOKEN);
  await expect(page).toHaveURL('/');
  await page.context().storageState({ path: OPERATOR_STATE_PATH });
});
