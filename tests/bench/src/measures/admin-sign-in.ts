// Row: in Debian's chromium against the built admin app (over the built gateway and the emulator), time from the
// click on `Sign in` until the look-up page is on screen with the operator's name in the header: the token is
// exchanged for a gateway session (POST /sessions: a session row and an audit event written), the cookie set, and
// the first page rendered with `me`. Beside it, in the same rounds, a full load (document and scripts) of the same
// page by an operator already signed in: sign-in is a server action answered with the page's RSC payload, so it
// skips the document load and usually comes out faster than the baseline.
import type { Page } from 'playwright-core';
import { startSignedInAdmin } from '../lib/admin-session.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { p50Row } from '../lib/report.js';
import { OPERATOR_TOKEN } from '../lib/stack.js';
import { percentile } from '../lib/stats.js';

const TARGET_P50_MS = 200;

/** Until the look-up page shows its heading and the header names the operator. */
async function firstPageVisible(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Look up a file' }).waitFor({ state: 'visible' });
  await page.getByText('Signed in as').waitFor({ state: 'visible' });
}

export const adminSignIn: Measure = {
  name: 'admin-sign-in',
  async run({ options, log }) {
    return await withProcesses(async (track) => {
      const { admin, page } = await startSignedInAdmin(track);
      const signInTimings: number[] = [];
      const signedInTimings: number[] = [];
      // Untimed rounds first: the Next server's first renders of the action and the page.
      const warmUp = options.quick ? 1 : 3;

      for (let n = 0; n < warmUp + options.adminLookups; n++) {
        // The baseline: the same first page for an operator whose session already exists.
        let started = performance.now();
        await page.goto(`${admin.url}/`, { waitUntil: 'commit' });
        await firstPageVisible(page);
        const signedIn = performance.now() - started;

        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.waitForURL(`${admin.url}/sign-in`);
        await page.getByLabel('Operator token').fill(OPERATOR_TOKEN);
        started = performance.now();
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${admin.url}/`, { waitUntil: 'commit' });
        await firstPageVisible(page);
        const signIn = performance.now() - started;

        if (n < warmUp) continue;
        signInTimings.push(signIn);
        signedInTimings.push(signedIn);
      }

      const p50 = percentile(signInTimings, 50);
      const baseline = percentile(signedInTimings, 50);
      log(`sign-in → first page p50 ${p50.toFixed(0)} ms; signed-in load p50 ${baseline.toFixed(0)} ms`);
      return [
        p50Row(
          `admin: Sign in → first page visible (${signInTimings.length}×)`,
          signInTimings,
          TARGET_P50_MS,
          {
            baseline: { name: 'a full load of that page, signed in', figure: baseline, unit: 'ms' },
            comparison: `${p50 - baseline >= 0 ? '+' : ''}${(p50 - baseline).toFixed(0)} ms`,
            comparisonValue: p50 - baseline,
            details: { signedInTimingsMs: signedInTimings.map((t) => Math.round(t)) },
          },
        ),
      ];
    });
  },
};
