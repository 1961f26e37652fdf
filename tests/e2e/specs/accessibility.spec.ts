import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SEEDED, UNSEEDED } from '../support/ids.js';
import { expect, SIGNED_OUT, test } from '../support/test.js';

async function expectNoAxeViolations(page: Page) {
  // Next.js streams the <title> in after the body: axe must not judge the page between the two.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).analyze();
  // Ids, impacts and offending nodes in the failure message say what to fix.
  expect(
    violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      nodes: nodes.map((node) => node.target.join(' ')),
    })),
  ).toEqual([]);
}

test.describe('signed out', () => {
  test.use({ storageState: SIGNED_OUT });

  test('sign-in page, with its error, has no axe violations', async ({ page }) => {
    await page.goto('/sign-in');
    await expectNoAxeViolations(page);
    await page.getByLabel('Operator token').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not accepted' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('look-up page, with its input error, has no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('File ID').fill('abc');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'digits' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('file page with audio has no axe violations', async ({ page }) => {
  await page.goto(`/files/${SEEDED.speechWav}`);
  await expect(page.getByRole('link', { name: 'Download' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('file page with an error has no axe violations', async ({ page }) => {
  await page.goto(`/files/${UNSEEDED.notFound}`);
  await expect(page.getByRole('heading', { level: 2, name: 'File not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('batch page with results has no axe violations', async ({ page }) => {
  await page.goto('/batch');
  await page.getByLabel('File IDs').fill(`${SEEDED.beyondSafe}\n${UNSEEDED.batchMissing}`);
  await page.getByRole('button', { name: 'Look up all' }).click();
  await expect(page.getByRole('table', { name: 'Results' }).locator('tbody tr')).toHaveCount(2);
  await expectNoAxeViolations(page);
});

test('activity page with rows and filters has no axe violations', async ({ page }) => {
  await page.goto(`/files/${SEEDED.speechWav}`);
  await page.goto('/activity');
  await expect(page.getByRole('table', { name: 'Activity' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/activity?operator=nobody-at-all');
  await expect(page.getByRole('heading', { name: 'No matching activity' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('operators page, with a new token shown and a revoke confirmation, has no axe violations', async ({
  page,
}) => {
  await page.goto('/operators');
  await expect(page.getByRole('table', { name: 'Operators' })).toBeVisible();
  await expectNoAxeViolations(page);
  const name = `e2e-axe-${Date.now()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create operator' }).click();
  await expect(page.getByLabel('New token')).toBeVisible();
  await page
    .getByRole('table', { name: 'Operators' })
    .getByRole('row')
    .filter({ hasText: name })
    .getByRole('button', { name: 'Revoke' })
    .click();
  await expect(
    page
      .getByRole('table', { name: 'Operators' })
      .getByRole('row')
      .filter({ hasText: name })
      .getByRole('button', {
        name: 'Revoke',
      }),
  ).toBeFocused();
  await expectNoAxeViolations(page);
});
