import type { FaultRule } from '@minimax-files/emulator';
import type { Page } from '@playwright/test';
import { UNSEEDED } from '../support/ids.js';
import { expect, test } from '../support/test.js';

// Each case injects one upstream answer for an id of its own, then opens that id's page.

/** The error member's alert, found by its level-2 heading. */
function errorAlert(page: Page, heading: string) {
  return page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
}

/** The fault for one id, applied to metadata look-ups only. */
function faultFor(fileId: string, rule: Omit<FaultRule, 'fileId' | 'route'>): FaultRule {
  return { fileId, route: 'retrieve', ...rule };
}

test('an unknown id shows File not found', async ({ page }) => {
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
  test(`upstream status ${statusCode} shows ${heading} with no Retry`, async ({ page, emulator }) => {
    await emulator.setFault(faultFor(id, { statusCode }));
    await page.goto(`/files/${id}`);
    const alert = errorAlert(page, heading);
    await expect(alert).toBeVisible();
    // A message and a next step beyond the heading itself.
    await expect(alert).toHaveText(new RegExp(`${heading}.{20,}`, 's'));
    await expect(alert.getByRole('button', { name: 'Retry', exact: true })).toHaveCount(0);
  });
}

test('a refused key shows Authentication failed with the region hint', async ({ page, emulator }) => {
  const id = UNSEEDED.authentication;
  await emulator.setFault(faultFor(id, { statusCode: 1004 }));
  await page.goto(`/files/${id}`);
  const alert = errorAlert(page, 'Authentication failed');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('api.minimaxi.com');
});

test('Rate limited counts down from retryAfterSeconds, then Retry looks up again', async ({
  page,
  emulator,
}) => {
  const id = UNSEEDED.rateLimited;
  await emulator.setFault(faultFor(id, { statusCode: 1002, retryAfterSeconds: 2 }));
  await page.goto(`/files/${id}`);
  const alert = errorAlert(page, 'Rate limited');
  await expect(alert).toBeVisible();
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
  }) => {
    await emulator.setFault(faultFor(id, { statusCode }));
    await page.goto(`/files/${id}`);
    const alert = errorAlert(page, heading);
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/Trace ID: \S+/);

    await emulator.clearFaults();
    await alert.getByRole('button', { name: 'Retry', exact: true }).click();
    await expect(errorAlert(page, 'File not found')).toBeVisible();
  });
}
