import type { FaultRule } from '@minimax-files/emulator';
import type { APIRequestContext, Page } from '@playwright/test';
import type { EmulatorControl } from '../support/emulator.js';
import { gatewayErrorMessage } from '../support/gateway.js';
import { UNSEEDED } from '../support/ids.js';
import { expect, test } from '../support/test.js';

// Each case injects one upstream answer for an id of its own (so no cache can answer), then opens its page.

/** The error member's alert, found by its level-2 heading. */
function errorAlert(page: Page, heading: string) {
  return page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
}

interface Setup {
  page: Page;
  emulator: EmulatorControl;
  request: APIRequestContext;
}

/**
 * Makes metadata look-ups of `id` answer with the fault, opens `/files/{id}` and checks the alert: its heading,
 * the gateway's message word for word, and a next step after it.
 */
async function openWithFault(
  { page, emulator, request }: Setup,
  id: string,
  heading: string,
  fault: Omit<FaultRule, 'fileId' | 'route'>,
) {
  await emulator.setFault({ fileId: id, route: 'retrieve', ...fault });
  const message = await gatewayErrorMessage(request, id);
  await page.goto(`/files/${id}`);
  const alert = errorAlert(page, heading);
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(message);
  await expect(alert).toContainText(new RegExp(`${escapeRegExp(message)}\\s*\\S.{20,}`, 's'));
  return alert;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('an unknown id shows File not found, naming the id, with no Download', async ({ page }) => {
  await page.goto(`/files/${UNSEEDED.notFound}`);
  const alert = errorAlert(page, 'File not found');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(UNSEEDED.notFound);
  await expect(page.getByRole('link', { name: 'Download' })).toHaveCount(0);
});

const NOT_RETRYABLE = [
  { heading: 'Invalid file ID', id: UNSEEDED.invalid, statusCode: 2013 },
  { heading: 'Insufficient balance', id: UNSEEDED.balance, statusCode: 1008 },
  { heading: 'Content rejected', id: UNSEEDED.content, statusCode: 1026 },
];

for (const { heading, id, statusCode } of NOT_RETRYABLE) {
  test(`upstream status ${statusCode} shows ${heading} with its message and no Retry`, async ({
    page,
    emulator,
    request,
  }) => {
    const alert = await openWithFault({ page, emulator, request }, id, heading, { statusCode });
    await expect(alert.getByRole('button', { name: 'Retry', exact: true })).toHaveCount(0);
  });
}

test('a refused key shows Authentication failed with the region hint', async ({
  page,
  emulator,
  request,
}) => {
  const alert = await openWithFault(
    { page, emulator, request },
    UNSEEDED.authentication,
    'Authentication failed',
    {
      statusCode: 1004,
    },
  );
  await expect(alert).toContainText('api.minimaxi.com');
});

test('Rate limited counts down from retryAfterSeconds, then Retry looks up again', async ({
  page,
  emulator,
  request,
}) => {
  const alert = await openWithFault({ page, emulator, request }, UNSEEDED.rateLimited, 'Rate limited', {
    statusCode: 1002,
    retryAfterSeconds: 2,
  });
  await expect(alert).toContainText(/Retry in [12] s/);
  const retry = alert.getByRole('button', { name: 'Retry', exact: true });
  await expect(retry).toBeEnabled({ timeout: 4_000 });
  await expect(alert).not.toContainText(/Retry in \d+ s/);

  await emulator.clearFaults();
  await retry.click();
  await expect(errorAlert(page, 'File not found')).toBeVisible();
});

const RETRYABLE = [
  { heading: 'Upstream timeout', id: UNSEEDED.timeout, statusCode: 1001 },
  { heading: 'Upstream error', id: UNSEEDED.upstream, statusCode: 1000 },
];

for (const { heading, id, statusCode } of RETRYABLE) {
  test(`upstream status ${statusCode} shows ${heading} with the trace id and a working Retry`, async ({
    page,
    emulator,
    request,
  }) => {
    const alert = await openWithFault({ page, emulator, request }, id, heading, { statusCode });
    // The emulator, like MiniMax, sends a Trace-Id header: the operator quotes it to support.
    await expect(alert).toContainText(/Trace ID: [0-9a-f]{32}/);

    await emulator.clearFaults();
    await alert.getByRole('button', { name: 'Retry', exact: true }).click();
    await expect(errorAlert(page, 'File not found')).toBeVisible();
  });
}
