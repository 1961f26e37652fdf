import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { FaultRule } from '@minimax-files/emulator';
import type { Page } from '@playwright/test';
import { EmulatorControl } from '../support/emulator.js';
import { SEEDED } from '../support/ids.js';
import { expect, test } from '../support/test.js';

// The account holds 10,000 generated voice_clone files (besides the seeded ones) while this file runs. The
// gateway of this suite keeps no list cache (GATEWAY_LIST_CACHE_TTL_MS=0), so an injected list fault shows at once.
const GENERATED = 10_000;
const PAGE_ROWS = 50;

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  await new EmulatorControl(request).setGeneratedFiles('voice_clone', GENERATED);
  await request.dispose();
});
test.afterAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  await new EmulatorControl(request).setGeneratedFiles('voice_clone', 0);
  await request.dispose();
});

const table = (page: Page) => page.getByRole('table');
const rows = (page: Page) => table(page).locator('tbody tr');
const column = (page: Page, index: number) => rows(page).locator(`td:nth-child(${index})`);
const filenames = (page: Page) => column(page, 1).allTextContents();
const ids = (page: Page) => column(page, 2).allTextContents();
const totals = (page: Page) => page.locator('#browse-totals');

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => node.target.join(' ')) })),
  ).toEqual([]);
}

test('Browse in the navigation; choosing a purpose lists its files, each id a link to its page', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse' }).click();
  await expect(page).toHaveURL(/\/browse$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Browse files' })).toBeVisible();

  await page.getByLabel('Purpose').selectOption('prompt_audio');
  await expect(page).toHaveURL(/\/browse\?purpose=prompt_audio$/);
  const link = rows(page).getByRole('link', { name: SEEDED.promptAudio, exact: true });
  await expect(link).toHaveAttribute('href', `/files/${SEEDED.promptAudio}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/files/${SEEDED.promptAudio}$`));
  await expect(page.getByRole('link', { name: 'Download' })).toBeVisible();
});

test('10,000 files: the deep link shows the newest 50 rows with totals and pages, never every row', async ({
  page,
}) => {
  await page.goto('/browse?purpose=voice_clone');
  await expect(page.getByLabel('Purpose')).toHaveValue('voice_clone');
  await expect(rows(page)).toHaveCount(PAGE_ROWS);
  expect(await page.locator('tr').count()).toBeLessThanOrEqual(PAGE_ROWS + 1);
  await expect(totals(page)).toContainText(/^10,0\d\d files · [\d.]+ (KiB|MiB|GiB) in total$/);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(/Page 1 of 20\d/);

  const created = await rows(page)
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect([...created].sort().reverse()).toEqual(created);
  // Ids past 2^53 to the last digit (every third generated id is one).
  expect((await ids(page)).some((id) => BigInt(id) > 2n ** 53n)).toBe(true);

  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2 of');
  await expect(rows(page)).toHaveCount(PAGE_ROWS);
  const secondPage = await rows(page).locator('time').first().getAttribute('datetime');
  expect((secondPage ?? '') <= (created.at(-1) ?? '')).toBe(true);
});

test('Filter narrows the rows by filename or id as you type, and the address keeps it', async ({ page }) => {
  await page.goto('/browse?purpose=voice_clone');
  await expect(rows(page)).toHaveCount(PAGE_ROWS);
  const [someName] = (await filenames(page)).slice(7, 8);
  const [someId] = (await ids(page)).slice(3, 4);

  const filter = page.getByLabel('Filter');
  const fragment = (someName as string).slice(12, 19); // the 7 digits of `voice_clone-0123456.wav`
  await filter.pressSequentially(fragment, { delay: 40 });
  await expect(page).toHaveURL(new RegExp(`filter=${fragment}`));
  await expect(rows(page).filter({ hasText: someName as string })).toHaveCount(1);
  for (const name of await filenames(page)) expect(name).toContain(fragment);
  await expect(totals(page)).toContainText(`match “${fragment}”`);

  await filter.fill(someId as string);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).getByRole('link', { name: someId as string, exact: true })).toBeVisible();

  await filter.fill('no such file anywhere');
  await expect(page.getByText('has “no such file anywhere” in its filename or ID')).toBeVisible();
  await page.getByRole('link', { name: 'Clear the filter' }).click();
  await expect(rows(page)).toHaveCount(PAGE_ROWS);
  await expect(filter).toHaveValue('');
});

test('sorting by a column, both ways, kept in a deep link with purpose and filter', async ({ page }) => {
  await page.goto('/browse?purpose=voice_clone&filter=voice_clone-00');
  await expect(rows(page)).toHaveCount(PAGE_ROWS);
  const header = page.getByRole('columnheader', { name: 'Filename' });
  await header.getByRole('link').click();
  await expect(page).toHaveURL(/sort=filename&dir=asc/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await filenames(page);
  expect(ascending).toEqual([...ascending].sort());

  await header.getByRole('link').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = await filenames(page);
  expect(descending).toEqual([...descending].sort().reverse());

  await page.getByRole('columnheader', { name: 'Size' }).getByRole('link').click();
  await expect(page).toHaveURL(/sort=size&dir=desc/);

  // A fresh load of the address shows the same view.
  await page.goto(page.url());
  await expect(page.getByLabel('Purpose')).toHaveValue('voice_clone');
  await expect(page.getByLabel('Filter')).toHaveValue('voice_clone-00');
  await expect(page.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: 'Filename' })).not.toHaveAttribute('aria-sort');
});

test('Export CSV saves every file the view shows, across its pages, in its order', async ({ page }) => {
  await page.goto('/browse?purpose=voice_clone&filter=voice_clone-01&sort=filename&dir=asc');
  await expect(rows(page).first()).toBeVisible();
  const count = Number((await totals(page).textContent())?.match(/^([\d,]+) file/)?.[1]?.replaceAll(',', ''));
  expect(count).toBeGreaterThan(PAGE_ROWS);
  const firstPage = await ids(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('minimax-files-voice_clone.csv');
  const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
  expect(lines[0]).toBe('file_id,filename,purpose,bytes,created_at');
  expect(lines.at(-1)).toBe('');
  const records = lines.slice(1, -1).map((line) => line.split(','));
  expect(records).toHaveLength(count);
  expect(records.slice(0, PAGE_ROWS).map(([id]) => id)).toEqual(firstPage);
  for (const [, filename, purpose, bytes] of records) {
    expect(filename).toContain('voice_clone-01');
    expect(purpose).toBe('voice_clone');
    expect(bytes).toMatch(/^\d+$/);
  }
});

test('each row downloads and plays its file through the admin', async ({ page, emulator }) => {
  await page.goto(`/browse?purpose=voice_clone&filter=${SEEDED.voiceClone}`);
  await expect(rows(page)).toHaveCount(1);
  const upstream = await emulator.retrieve(SEEDED.voiceClone);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    rows(page)
      .getByRole('link', { name: `Download ${upstream.filename}` })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe(upstream.filename);
  expect((await readFile(await download.path())).equals(await emulator.content(SEEDED.voiceClone))).toBe(
    true,
  );

  await rows(page)
    .getByRole('button', { name: `Play ${upstream.filename}` })
    .click();
  const audio = rows(page).locator('audio');
  await expect(audio).toBeFocused();
  await audio.evaluate((element: HTMLAudioElement) => {
    element.muted = true;
  });
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime > 0 || element.ended))
    .toBe(true);
});

test('an account with no files of the purpose says so calmly', async ({ page, emulator }) => {
  await emulator.setFault({
    route: 'list',
    httpStatus: 200,
    httpBody: '{"files":[],"base_resp":{"status_code":0,"status_msg":"success"}}',
  });
  await page.goto('/browse?purpose=t2a_async_input');
  await expect(page.getByRole('heading', { level: 2, name: 'No t2a_async_input files yet' })).toBeVisible();
  await expect(table(page)).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: /error|failed/i })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

const FAILURES: { heading: string; fault: Omit<FaultRule, 'route'> }[] = [
  { heading: 'Authentication failed', fault: { statusCode: 1004 } },
  { heading: 'Rate limited', fault: { statusCode: 1002 } },
  { heading: 'Insufficient balance', fault: { statusCode: 1008 } },
  { heading: 'Upstream timeout', fault: { statusCode: 1001 } },
  { heading: 'Upstream error', fault: { httpStatus: 503 } },
];

for (const { heading, fault } of FAILURES) {
  test(`a list failing with ${JSON.stringify(fault)} shows ${heading}, calmly, with a next step`, async ({
    page,
    emulator,
  }) => {
    await emulator.setFault({ route: 'list', ...fault });
    await page.goto('/browse?purpose=prompt_audio');
    const alert = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
    await expect(alert).toBeVisible();
    await expect(alert.locator('.next-step')).not.toBeEmpty();
    await expect(table(page)).toHaveCount(0);
    // The controls stay usable: the operator can pick another purpose or try again.
    await expect(page.getByLabel('Purpose')).toBeEnabled();
    if (heading === 'Authentication failed') await expectNoAxeViolations(page);
  });
}

test('browse pages have no axe violations: no purpose yet, 10,000 files, a filter with no match', async ({
  page,
}) => {
  await page.goto('/browse');
  await expect(page.getByText('Choose a purpose to list its files.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/browse?purpose=voice_clone&sort=filename&dir=asc');
  await expect(rows(page)).toHaveCount(PAGE_ROWS);
  await expectNoAxeViolations(page);
  await page.goto('/browse?purpose=voice_clone&filter=zzz-nothing');
  await expect(page.getByRole('link', { name: 'Clear the filter' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('keyboard only: pick a purpose, filter, sort and open a file', async ({ page }) => {
  await page.goto('/browse');
  await page.getByLabel('Purpose').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/purpose=voice_clone|purpose=prompt_audio|purpose=t2a_async_input/);
  await page.getByLabel('Purpose').selectOption('voice_clone');
  await expect(rows(page)).toHaveCount(PAGE_ROWS);

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Filter')).toBeFocused();
  await page.keyboard.type('voice_clone-002');
  await expect(page).toHaveURL(/filter=voice_clone-002/);
  await expect(page.getByLabel('Filter')).toBeFocused();

  // The next stops are the sort links in the column headers, then the first row's links.
  await page.keyboard.press('Tab'); // Export CSV
  await page.keyboard.press('Tab');
  const filenameSort = page.getByRole('columnheader', { name: 'Filename' }).getByRole('link');
  await expect(filenameSort).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Filename' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  const firstId = rows(page).first().getByRole('link').first();
  const id = (await firstId.textContent()) ?? '';
  await firstId.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/files/${id}$`));
});

test('a signed-in operator reaches the list in the first HTML (server-rendered rows)', async ({ page }) => {
  const response = await page.request.get('/browse?purpose=prompt_audio');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`/files/${SEEDED.promptAudio}`);
});
