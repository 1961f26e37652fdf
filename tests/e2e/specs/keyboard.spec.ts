import type { Locator, Page } from '@playwright/test';
import { SEEDED } from '../support/ids.js';
import { expect, test } from '../support/test.js';

/** Presses Tab until the target has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a look-up and its Download are reachable by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByLabel('File ID'));
  await page.keyboard.type(SEEDED.beyondSafe);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/files/${SEEDED.beyondSafe}`);

  const download = page.getByRole('link', { name: 'Download' });
  await expect(download).toBeVisible();
  await tabTo(page, download);
  await expect(download).toBeFocused();
});

test('keyboard focus is visible on the look-up controls', async ({ page }) => {
  await page.goto('/');
  const field = page.getByLabel('File ID');
  await field.focus();
  await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: 'Look up' });
  await expect(button).toBeFocused();
  const focusStyle = await button.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
  });
  const hasOutline = focusStyle.outline !== 'none' && focusStyle.width !== '0px';
  expect(hasOutline || focusStyle.shadow !== 'none', JSON.stringify(focusStyle)).toBe(true);
});
