import type { Page } from '@playwright/test';
import { SEEDED } from '../support/ids.js';
import { expect, lookUp, test } from '../support/test.js';

/** Starts summing layout shifts from the first byte of every page: the Cumulative Layout Shift a user feels. */
async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { layoutShift: number };
    record.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) record.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function layoutShiftSoFar(page: Page): Promise<number> {
  // Entries arrive asynchronously after the frame that shifted.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

test('the file page does not jump while its result streams in', async ({ page }) => {
  await recordLayoutShift(page);
  await page.goto(`/files/${SEEDED.maxId}`);
  await expect(page.getByRole('link', { name: 'Download' })).toBeVisible();
  expect(await layoutShiftSoFar(page)).toBeLessThan(0.1);
});

test('a slow look-up shows a busy placeholder, then the result without a jump', async ({
  page,
  emulator,
}) => {
  // An id no other spec looks up, and of a purpose no list covers (a list warms the cache of every file in it),
  // so the gateway has nothing cached and really waits for the slow upstream.
  const id = SEEDED.small;
  await emulator.setFault({ fileId: id, route: 'retrieve', latencyMs: 1_200 });
  await recordLayoutShift(page);
  await page.goto('/');
  await lookUp(page, id);
  await expect(page.getByRole('button', { name: 'Look up' })).toHaveAttribute('aria-busy', 'true');
  // The placeholder takes the result's place while the upstream is slow, so nothing moves when it arrives.
  await expect(page.getByRole('status').filter({ hasText: 'Looking the file up…' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download' })).toBeVisible();
  expect(await layoutShiftSoFar(page)).toBeLessThan(0.1);
});
