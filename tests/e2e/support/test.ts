import { test as base, expect, type Page } from '@playwright/test';
import { EmulatorControl } from './emulator.js';

interface Fixtures {
  /** The emulator's control endpoint and raw API; its faults are cleared before and after every test. */
  emulator: EmulatorControl;
}

export const test = base.extend<Fixtures>({
  emulator: [
    async ({ playwright }, use) => {
      // No session cookie: cookies are per host, not per port, and the emulator must not see the operator's.
      const request = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
      const emulator = new EmulatorControl(request);
      await emulator.clearFaults();
      await use(emulator);
      await emulator.clearFaults();
      await request.dispose();
    },
    // Automatic: a fault left behind by a failed test must never leak into the next one.
    { auto: true },
  ],
});

export { expect };

/** For specs that start signed out (the project default is the signed-in operator). */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** Signs in through the form, as an operator would (callers check where it lands). */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Operator token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Looks an id up through the form on the current page. */
export async function lookUp(page: Page, input: string): Promise<void> {
  await page.getByLabel('File ID').fill(input);
  await page.getByRole('button', { name: 'Look up' }).click();
}

/** The value next to a term of the file panel's description list. */
export function detail(page: Page, term: string) {
  return page
    .locator('dl dt')
    .filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** The sign-in page, with or without a query (a `next=` back link is a reasonable addition). */
export const SIGN_IN_URL = /\/sign-in(\?.*)?$/;

/**
 * An alert holding the text. Filtered rather than `getByRole('alert')` alone: Next.js keeps its own
 * role="alert" route announcer on every page.
 */
export function alertWith(page: Page, text: string | RegExp) {
  return page.getByRole('alert').filter({ hasText: text });
}
