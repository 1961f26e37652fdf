import { AxeBuilder } from '@axe-core/playwright';
import { paintedAfterNextClick } from '@minimax-files/testkit';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { EmulatorControl } from '../support/emulator.js';
import { trustedDocumentId } from '../support/gateway.js';
import { SEEDED } from '../support/ids.js';
import { GATEWAY_URL, OPERATOR_TOKEN } from '../support/servers.js';
import { expect, SIGNED_OUT, signIn, test } from '../support/test.js';

// Issue 15: /overview draws the gateway's usage (Query.usage, summed from the audit trail) as charts with table
// alternatives, switches range through the address, refreshes in place and is for OPERATOR and ADMIN only.

const MISSING = '4242424242424242101';
const REFUSED = '4242424242424242102';

/** A look-up sent to the gateway as the admin's trusted File document, with the bootstrap token: audited. */
async function lookUpDirectly(request: APIRequestContext, id: string) {
  const response = await request.post(`${GATEWAY_URL}/graphql`, {
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    data: {
      extensions: { persistedQuery: { version: 1, sha256Hash: trustedDocumentId('File') } },
      variables: { id },
    },
  });
  expect(response.ok()).toBe(true);
}

async function createOperatorDirectly(request: APIRequestContext, role: 'VIEWER' | 'OPERATOR') {
  const response = await request.post(`${GATEWAY_URL}/graphql`, {
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    data: {
      extensions: {
        persistedQuery: { version: 1, sha256Hash: trustedDocumentId('CreateOperator', 'mutation') },
      },
      variables: { name: `e2e-overview-${role.toLowerCase()}-${Date.now()}`, role },
    },
  });
  const body = (await response.json()) as { data?: { createOperator?: { token: string } } };
  const token = body.data?.createOperator?.token;
  if (!token) throw new Error(`createOperator failed: ${JSON.stringify(body)}`);
  return token;
}

async function signedInAs(browser: Browser, token: string, address: string) {
  const context = await browser.newContext({
    storageState: SIGNED_OUT,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  const page = await context.newPage();
  await signIn(page, token);
  await expect(page).toHaveURL('/');
  return { context, page };
}

const figure = (page: Page, name: string) => page.getByRole('figure', { name });

/** How many pixels of a chart's canvas have this colour: proof that the series was drawn, not just the axes. */
function pixelsOf(page: Page, chart: string, hex: string): Promise<number> {
  return figure(page, chart)
    .locator('canvas')
    .evaluate((element, colour) => {
      const canvas = element as HTMLCanvasElement;
      const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? {
        data: [],
      };
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16)) as [
        number,
        number,
        number,
      ];
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const near =
          Math.abs((data[i] ?? 0) - r) + Math.abs((data[i + 1] ?? 0) - g) + Math.abs((data[i + 2] ?? 0) - b);
        if (near < 24 && (data[i + 3] ?? 0) > 200) count += 1;
      }
      return count;
    }, hex);
}
const charts = (page: Page) => page.locator('figure .chart canvas');

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ storageState: SIGNED_OUT });
  const control = new EmulatorControl(request);
  await control.setFault({ fileId: REFUSED, route: 'retrieve', statusCode: 1004 });
  for (const id of [SEEDED.speechWav, SEEDED.maxId, SEEDED.speechWav, MISSING, REFUSED]) {
    await lookUpDirectly(request, id);
  }
  await control.clearFaults();
  const download = await request.get(`${GATEWAY_URL}/files/${SEEDED.speechWav}/content`, {
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
  });
  expect(download.ok()).toBe(true);
  await download.body();
  await request.dispose();
});

test('Overview in the navigation: five charts drawn from the audit trail, each with its table, and the top lists', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Last hour' })).toHaveAttribute('aria-current', 'page');

  for (const name of [
    'Look-ups by outcome',
    'Upstream requests and budget',
    'Upstream latency',
    'Gateway latency',
    'Bytes downloaded',
  ]) {
    await expect(figure(page, name)).toBeVisible();
  }
  await expect(charts(page)).toHaveCount(5);
  for (const canvas of await charts(page).all()) await expect(canvas).toBeVisible();
  // The seeded look-ups, latency, requests and bytes are drawn (Okabe-Ito: File blue, p50 blue, requests sky
  // blue, bytes bluish green), not only the axes.
  await expect.poll(() => pixelsOf(page, 'Look-ups by outcome', '#0072B2')).toBeGreaterThan(20);
  // The few refused look-ups stack on top of every other spec's look-ups in the same minutes: a thin band.
  await expect.poll(() => pixelsOf(page, 'Look-ups by outcome', '#D55E00')).toBeGreaterThan(0);
  await expect.poll(() => pixelsOf(page, 'Upstream latency', '#0072B2')).toBeGreaterThan(10);
  await expect.poll(() => pixelsOf(page, 'Gateway latency', '#0072B2')).toBeGreaterThan(10);
  await expect.poll(() => pixelsOf(page, 'Upstream requests and budget', '#56B4E9')).toBeGreaterThan(20);
  await expect.poll(() => pixelsOf(page, 'Bytes downloaded', '#009E73')).toBeGreaterThan(20);

  // OVERVIEW_SCREENSHOT=<path>: the README's picture of this page, as drawn from this seeded data.
  if (process.env.OVERVIEW_SCREENSHOT) {
    await page.setViewportSize({ width: 1280, height: 1100 });
    await expect(charts(page)).toHaveCount(5);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: process.env.OVERVIEW_SCREENSHOT });
  }

  // The look-ups chart's table alternative: one column per outcome that happened, counts per minute.
  const lookups = figure(page, 'Look-ups by outcome');
  await lookups.getByText('Show as a table').click();
  const table = lookups.getByRole('table');
  await expect(table).toBeVisible();
  for (const outcome of ['File', 'FileNotFound', 'AuthenticationFailed']) {
    await expect(table.getByRole('columnheader', { name: outcome, exact: true })).toBeVisible();
  }

  // The gateway latency's table: p50 and p95 per minute, the seeded look-ups' minutes in milliseconds.
  const gateway = figure(page, 'Gateway latency');
  await gateway.getByText('Show as a table').click();
  const latencyTable = gateway.getByRole('table', { name: /Gateway latency of look-ups per interval/ });
  await expect(latencyTable).toBeVisible();
  for (const column of ['Interval', 'p50', 'p95']) {
    await expect(latencyTable.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  }
  await expect(latencyTable.getByRole('cell', { name: /^\d+ ms$/ }).first()).toBeVisible();
  await expect(page.locator('.overview-totals div').filter({ hasText: 'Gateway latency' })).toContainText(
    / ms \/ \d+ ms$/,
  );

  const topFiles = page.getByRole('region', { name: 'Top files' });
  await expect(topFiles.getByRole('link', { name: SEEDED.speechWav })).toHaveAttribute(
    'href',
    `/files/${SEEDED.speechWav}`,
  );
  await expect(page.getByRole('region', { name: 'Top operators' })).toContainText('bootstrap-1');
  const errors = page.getByRole('region', { name: 'Last upstream errors' });
  const refusal = errors.getByRole('row').filter({ hasText: REFUSED });
  await expect(refusal).toContainText('AuthenticationFailed');
  await expect(refusal).toContainText('1004');
  await expect(refusal.locator('code')).toHaveText(/^[0-9a-f]{32}$/);
  await refusal.getByRole('link', { name: REFUSED }).click();
  await expect(page).toHaveURL(new RegExp(`/files/${REFUSED}$`));
});

test('the overview passes axe with every table alternative open', async ({ page }) => {
  // Five tables of 60-odd rows each and the rest of the page: axe takes seconds on a loaded machine.
  test.setTimeout(60_000);
  await page.goto('/overview');
  await expect(charts(page)).toHaveCount(5);
  for (const summary of await page.getByText('Show as a table').all()) await summary.click();
  // A table is rendered once its disclosure has opened: all five are on the page before axe looks.
  await expect(page.locator('figure table')).toHaveCount(5);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => node.target.join(' ')) })),
  ).toEqual([]);
});

test('the range is in the address: switching redraws the charts for a day and a week, and a deep link works', async ({
  page,
}) => {
  await page.goto('/overview');
  await page.getByRole('link', { name: 'Last day' }).click();
  await expect(page).toHaveURL(/\/overview\?range=day$/);
  await expect(page.getByRole('link', { name: 'Last day' })).toHaveAttribute('aria-current', 'page');
  await expect(charts(page)).toHaveCount(5);
  await figure(page, 'Look-ups by outcome').getByText('Show as a table').click();
  // 24 or 25 hourly rows (the range is widened to whole hours), rendered once the disclosure has opened.
  const rows = figure(page, 'Look-ups by outcome').locator('tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(24);

  await page.goto('/overview?range=week');
  await expect(page.getByRole('link', { name: 'Last week' })).toHaveAttribute('aria-current', 'page');
  await expect(charts(page)).toHaveCount(5);
});

test('refreshes in place every ~10 s: new look-ups appear without a reload and nothing moves', async ({
  page,
  playwright,
}) => {
  test.setTimeout(60_000);
  await page.goto('/overview');
  await expect(charts(page)).toHaveCount(5);
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const before = await charts(page).first().boundingBox();
  const status = page.getByTestId('overview-status');
  const firstStatus = await status.textContent();
  const lookups = page.locator('.overview-totals div').filter({ hasText: 'Look-ups' }).locator('dd');
  const lookupsBefore = Number((await lookups.textContent())?.replace(/,/g, ''));

  const request = await playwright.request.newContext({ storageState: SIGNED_OUT });
  const fresh = `42424242424242421${String(Date.now()).slice(-2)}`;
  await lookUpDirectly(request, fresh);
  await request.dispose();

  await expect(status).not.toHaveText(firstStatus ?? '', { timeout: 25_000 });
  await expect(status).toContainText('refreshes every 10 seconds');
  await expect
    .poll(async () => Number((await lookups.textContent())?.replace(/,/g, '')))
    .toBeGreaterThan(lookupsBefore);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(await charts(page).first().boundingBox()).toEqual(before);
  await figure(page, 'Look-ups by outcome').getByText('Show as a table').click();
  await expect(figure(page, 'Look-ups by outcome').getByRole('table')).toBeVisible();
});

test('a refresh that cannot reach the gateway keeps the last figures and says so calmly', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/overview');
  await expect(charts(page)).toHaveCount(5);
  // The browser's next refresh fails as it would with the admin's server gone.
  await page.route('**/api/graphql', (route) => route.abort('connectionrefused'));
  const status = page.getByTestId('overview-status');
  await expect(status).toContainText('Could not reach the gateway', { timeout: 25_000 });
  await expect(status).toContainText('showing the figures of');
  await expect(charts(page)).toHaveCount(5);
});

test('an OPERATOR has the Overview; a VIEWER has no link and the page says it is not for them', async ({
  browser,
  playwright,
}) => {
  const request = await playwright.request.newContext({ storageState: SIGNED_OUT });
  const operatorToken = await createOperatorDirectly(request, 'OPERATOR');
  const viewerToken = await createOperatorDirectly(request, 'VIEWER');
  await request.dispose();

  const operator = await signedInAs(browser, operatorToken, '198.51.100.151');
  await operator.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(charts(operator.page)).toHaveCount(5);
  await operator.context.close();

  const viewer = await signedInAs(browser, viewerToken, '198.51.100.152');
  await expect(
    viewer.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }),
  ).toHaveCount(0);
  await viewer.page.goto('/overview');
  await expect(
    viewer.page.getByRole('heading', { name: 'The overview is for operators and admins' }),
  ).toBeVisible();
  await expect(charts(viewer.page)).toHaveCount(0);
  await viewer.context.close();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

test('first chart visible after navigation: p50 of 7 loads, printed', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/overview');
  await expect(charts(page)).toHaveCount(5);
  const inPage: number[] = [];
  const harness: number[] = [];
  for (let i = 0; i < 7; i++) {
    await page.goto('/');
    const drawn = page.evaluate(paintedAfterNextClick, 'figure .chart canvas');
    const started = Date.now();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    inPage.push(Math.round(await drawn));
    harness.push(Date.now() - started);
    await expect(charts(page)).toHaveCount(5);
  }
  console.log(
    `overview first chart painted after clicking Overview, timed in the page: p50 ${median(inPage)} ms (target 500 ms); all: ${inPage.join(', ')} ms. ` +
      `Through the harness (click and round trips included): p50 ${median(harness)} ms`,
  );
  // A report, not a timing assert: only a page that never draws fails here.
  expect(median(inPage)).toBeLessThan(15_000);
});
