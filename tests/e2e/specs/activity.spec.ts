import { readFile } from 'node:fs/promises';
import { SEEDED } from '../support/ids.js';
import { OPERATOR_TOKEN } from '../support/servers.js';
import { expect, SIGNED_OUT, signIn, test } from '../support/test.js';

// Issue 12: /activity shows the audit trail, newest first, filtered from the address, exportable as CSV.

test('a look-up and a download show up as rows, filtered by file and action, linking to the file', async ({
  page,
  emulator,
}) => {
  const id = SEEDED.speechWav;
  const expected = await emulator.content(id);
  // As if from another machine through a proxy on this one: the admin passes the browser's address on, so the
  // gateway audits the look-up under it, not under the admin's. (Chromium sends no extra headers with a download
  // the browser process takes over; the download route's forwarding is covered in the admin's forward.test.ts.)
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.88' });
  await page.goto(`/files/${id}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download' }).click(),
  ]);
  expect((await readFile(await download.path())).length).toBe(expected.length);

  // Filters are applied through the form and end up in the address.
  await page.goto('/activity');
  await page.getByLabel('File ID').fill(id);
  await page.getByLabel('Action').selectOption('DOWNLOAD');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`/activity\\?.*file=${id}`));
  await expect(page).toHaveURL(/action=DOWNLOAD/);

  const table = page.getByRole('table', { name: 'Activity' });
  // Downloads are recorded before the bytes start, and completed as they end: poll until this one is complete.
  await expect(async () => {
    await page.reload();
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toContainText('Download');
    await expect(rows.first()).toContainText('complete');
  }).toPass({ timeout: 15_000 });
  const rows = table.locator('tbody tr');
  for (const text of await rows.allInnerTexts()) {
    expect(text).toContain(id);
    expect(text).toContain('Download');
  }
  await expect(rows.first()).toContainText('bootstrap-1');

  // Look-ups are written in batches (within ~100 ms): the look-up is there too.
  await page.goto(`/activity?file=${id}&action=LOOKUP`);
  await expect(async () => {
    await page.reload();
    await expect(table.locator('tbody tr').first()).toContainText('Look-up');
  }).toPass({ timeout: 15_000 });
  await expect(table.locator('tbody tr').first()).toContainText('File');
  await expect(table.locator('tbody tr').first()).toContainText('203.0.113.88');

  // Each row links to its file.
  await table.getByRole('link', { name: id }).first().click();
  await expect(page).toHaveURL(`/files/${id}`);
});

test('Export CSV holds exactly the events the page shows', async ({ page }) => {
  const id = SEEDED.beyondSafe;
  await page.goto(`/files/${id}`);
  await page.goto(`/activity?file=${id}`);
  const table = page.getByRole('table', { name: 'Activity' });
  await expect(async () => {
    await page.reload();
    await expect(table.locator('tbody tr').first()).toContainText(id);
  }).toPass({ timeout: 15_000 });
  const shown = await table.locator('tbody tr').count();

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('minimax-files-activity.csv');
  const lines = (await readFile(await csv.path(), 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe('at,operator,role,action,file_id,outcome,bytes,client_address,request_id,detail');
  expect(lines).toHaveLength(shown + 1);
  for (const line of lines.slice(1)) expect(line).toContain(`,${id},`);
});

test('a time range narrows the rows; filters that match nothing, or make no sense, say so calmly', async ({
  page,
}) => {
  await page.goto('/activity?operator=nobody-at-all');
  await expect(page.getByRole('heading', { name: 'No matching activity' })).toBeVisible();
  await expect(page.getByLabel('Operator')).toHaveValue('nobody-at-all');

  // The time range (UTC, minutes): the last hour has events, the next hour has none yet.
  const utcMinute = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
  await page.goto(`/activity?from=${utcMinute(-3_600_000)}&to=${utcMinute(60_000)}`);
  await expect(page.getByRole('table', { name: 'Activity' }).locator('tbody tr').first()).toBeVisible();
  await expect(page.getByLabel('From (UTC)')).toHaveValue(utcMinute(-3_600_000));
  await page.goto(`/activity?from=${utcMinute(3_600_000)}`);
  await expect(page.getByRole('heading', { name: 'No matching activity' })).toBeVisible();

  await page.goto('/activity?file=12ab&from=2026-12-01T09:00&to=2026-12-01T08:00');
  const problems = page.getByRole('alert').filter({ hasText: 'These filters cannot be used' });
  await expect(problems).toContainText('File ID:');
  await expect(problems).toContainText('From must be earlier than To.');
  await expect(page.getByRole('table', { name: 'Activity' })).toHaveCount(0);
});

test('sign-ins are recorded with the caller address the admin forwarded', async ({ page, browser }) => {
  // Another browser signs in from its own address (a loopback browser's X-Forwarded-For is believed, as a TLS
  // proxy's would be): the gateway audits that address, not the admin's.
  const elsewhere = await browser.newContext({
    storageState: SIGNED_OUT,
    extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.77' },
  });
  await signIn(await elsewhere.newPage(), OPERATOR_TOKEN);
  await elsewhere.close();

  await page.goto('/activity?action=SIGN_IN&operator=bootstrap-1');
  const rows = page.getByRole('table', { name: 'Activity' }).locator('tbody tr');
  // Other specs sign in as bootstrap-1 from the admin's own address at the same time: find this sign-in's row.
  const forwarded = rows.filter({ hasText: '203.0.113.77' }).first();
  await expect(forwarded).toContainText('Sign-in');
  await expect(forwarded).toContainText('ok');
});

test('Older events follows the gateway cursor, 50 rows a page, and Newest events comes back', async ({
  page,
}) => {
  // One batch of 60 ids is 60 look-up events (unknown ids: the emulator answers at once).
  const ids = Array.from(
    { length: 60 },
    (_, n) => `55550000000${Date.now() % 100000}${String(n).padStart(2, '0')}`,
  );
  await page.goto('/batch');
  await page.getByLabel('File IDs').fill(ids.join('\n'));
  await page.getByRole('button', { name: 'Look up all' }).click();
  await expect(page.getByRole('table', { name: 'Results' }).locator('tbody tr')).toHaveCount(60);

  await page.goto('/activity?action=LOOKUP&operator=bootstrap-1');
  const rows = page.getByRole('table', { name: 'Activity' }).locator('tbody tr');
  // Look-ups are written in batches (within ~100 ms): wait until a full page and a next one are there.
  await expect(async () => {
    await page.reload();
    await expect(rows).toHaveCount(50);
    await expect(page.getByRole('link', { name: 'Older events' })).toBeVisible();
  }).toPass({ timeout: 15_000 });
  const newest = await rows.allInnerTexts();

  await page.getByRole('link', { name: 'Older events' }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(rows.first()).toBeVisible();
  const older = await rows.allInnerTexts();
  // No event on both pages, and the filters came along.
  for (const row of older) expect(newest).not.toContain(row);
  for (const row of older) expect(row).toContain('Look-up');

  await page.getByRole('link', { name: 'Newest events' }).click();
  await expect(page).not.toHaveURL(/after=/);
  await expect(page).toHaveURL(/action=LOOKUP/);
  await expect(rows).toHaveCount(50);
});
