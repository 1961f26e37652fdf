import { expectFilePanel } from '../support/file-panel.js';
import { escapeHtml } from '../support/html.js';
import { SEEDED } from '../support/ids.js';
import { alertWith, detail, expect, lookUp, test } from '../support/test.js';

// Both ids lose digits as JavaScript numbers: every digit must survive from the field to the panel.
for (const id of [SEEDED.beyondSafe, SEEDED.maxId]) {
  test(`looking up ${id} shows the file with every digit`, async ({ page, emulator }) => {
    const upstream = await emulator.retrieve(id);
    await page.goto('/');
    await lookUp(page, id);
    await expect(page).toHaveURL(`/files/${id}`);
    await expectFilePanel(page, id, upstream);
  });
}

test('a deep link shows the same result, rendered on the server', async ({ page, emulator }) => {
  const id = SEEDED.maxId;
  const upstream = await emulator.retrieve(id);

  const response = await page.request.get(`/files/${id}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(escapeHtml(upstream.filename));

  await page.goto(`/files/${id}`);
  await expectFilePanel(page, id, upstream);
  await expect(page.getByLabel('File ID')).toHaveValue(id);
});

test('surrounding spaces are trimmed and Enter submits', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('File ID').fill(`   ${SEEDED.beyondSafe} \t`);
  await page.getByLabel('File ID').press('Enter');
  await expect(page).toHaveURL(`/files/${SEEDED.beyondSafe}`);
});

const INVALID_INPUTS = {
  letters: '12ab34',
  zero: '0',
  'one past 2^63-1': '9223372036854775808',
  'a sign': '-5',
  'a decimal point': '1.5',
};

for (const [what, input] of Object.entries(INVALID_INPUTS)) {
  test(`${what} (${input}) is refused in the browser without navigating`, async ({ page }) => {
    await page.goto('/');
    await lookUp(page, input);
    await expect(alertWith(page, 'digits')).toBeVisible();
    await expect(page).toHaveURL('/');
  });
}

test('recent look-ups list the ids looked up in this browser, newest first', async ({ page }) => {
  await page.goto('/');
  await lookUp(page, SEEDED.beyondSafe);
  await expect(page).toHaveURL(`/files/${SEEDED.beyondSafe}`);
  await lookUp(page, SEEDED.maxId);
  await expect(page).toHaveURL(`/files/${SEEDED.maxId}`);

  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Recent look-ups' });
  await expect(recent.getByRole('link')).toHaveText([SEEDED.maxId, SEEDED.beyondSafe]);

  await recent.getByRole('link', { name: SEEDED.beyondSafe }).click();
  await expect(page).toHaveURL(`/files/${SEEDED.beyondSafe}`);
});

test('a video MiniMax reports with bytes: 0 shows Unknown size and inline video', async ({ page }) => {
  const id = SEEDED.unknownSize;
  await page.goto(`/files/${id}`);
  await expect(detail(page, 'Size')).toHaveText(/^\s*Unknown\s*$/);
  await expect(page.locator('video[controls]')).toHaveAttribute('src', `/files/${id}/download?inline=1`);
});

test('Copy file ID puts the exact id on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/files/${SEEDED.maxId}`);
  await page.getByRole('button', { name: 'Copy file ID' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(SEEDED.maxId);
});

test('the main navigation leads to Batch and back to Look up, by keyboard too', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Batch' }).click();
  await expect(page).toHaveURL('/batch');
  await expect(page.getByRole('heading', { level: 1, name: 'Batch look-up' })).toBeVisible();

  await nav.getByRole('link', { name: 'Look up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Look up a file' })).toBeVisible();
});
