import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { iecUnit } from '../support/file-panel.js';
import { SEEDED, UNSEEDED } from '../support/ids.js';
import { alertWith, expect, test } from '../support/test.js';

const COLUMNS = ['File ID', 'Status', 'Filename', 'Purpose', 'Size'];

async function lookUpAll(page: Page, input: string) {
  await page.goto('/batch');
  await expect(page.getByRole('heading', { level: 1, name: 'Batch look-up' })).toBeVisible();
  await page.getByLabel('File IDs').fill(input);
  await page.getByRole('button', { name: 'Look up all' }).click();
  return page.getByRole('table', { name: 'Results' });
}

test('pasted ids (newlines, commas, spaces) come back one row each, with a status', async ({
  page,
  emulator,
}) => {
  const beyondSafe = await emulator.retrieve(SEEDED.beyondSafe);
  const maxId = await emulator.retrieve(SEEDED.maxId);
  const sent: unknown[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/graphql')) sent.push(request.postDataJSON()?.variables);
  });

  const table = await lookUpAll(
    page,
    `${SEEDED.beyondSafe},${SEEDED.maxId}\n  ${UNSEEDED.batchMissing}  12ab`,
  );
  await expect(table.getByRole('columnheader')).toHaveText(COLUMNS);

  // The invalid id is named in an alert and never sent; the valid ones go out in one call.
  await expect(alertWith(page, '12ab')).toBeVisible();
  expect(sent).toEqual([{ ids: [SEEDED.beyondSafe, SEEDED.maxId, UNSEEDED.batchMissing] }]);

  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('th, td')).toHaveText([
    SEEDED.beyondSafe,
    'Found',
    beyondSafe.filename,
    beyondSafe.purpose,
    new RegExp(`^\\d+(\\.\\d+)? ${iecUnit(beyondSafe.bytes)}$`),
  ]);
  await expect(rows.nth(1).locator('th, td').nth(0)).toHaveText(SEEDED.maxId);
  await expect(rows.nth(1).locator('th, td').nth(2)).toHaveText(maxId.filename);
  await expect(rows.nth(2).locator('th, td').nth(0)).toHaveText(UNSEEDED.batchMissing);
  await expect(rows.nth(2).locator('th, td').nth(1)).toHaveText('File not found');
});

test('Export CSV saves minimax-files.csv with exact ids and statuses', async ({ page, emulator }) => {
  const beyondSafe = await emulator.retrieve(SEEDED.beyondSafe);
  const table = await lookUpAll(page, `${SEEDED.beyondSafe} ${UNSEEDED.batchMissing}`);
  await expect(table.locator('tbody tr')).toHaveCount(2);

  const exportCsv = page
    .getByRole('link', { name: 'Export CSV' })
    .or(page.getByRole('button', { name: 'Export CSV' }));
  const [download] = await Promise.all([page.waitForEvent('download'), exportCsv.click()]);
  expect(download.suggestedFilename()).toBe('minimax-files.csv');

  const lines = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
  expect(lines).toEqual([
    'file_id,status,filename,purpose,bytes',
    `${SEEDED.beyondSafe},Found,${beyondSafe.filename},${beyondSafe.purpose},${beyondSafe.bytes}`,
    `${UNSEEDED.batchMissing},File not found,,,`,
  ]);
});

test('more than 100 ids are refused before any look-up', async ({ page }) => {
  const ids = Array.from({ length: 101 }, (_, index) => String(index + 1)).join('\n');
  await page.goto('/batch');
  await page.getByLabel('File IDs').fill(ids);
  await page.getByRole('button', { name: 'Look up all' }).click();
  await expect(alertWith(page, '100')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Results' })).toHaveCount(0);
});
