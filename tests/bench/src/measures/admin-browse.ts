// Row: in Debian's chromium, signed in to the built admin app (over the built gateway and an emulator account of
// 10,000 generated voice_clone files; 1,000 in --quick), open /browse?purpose=voice_clone at a different page each
// time and time until the first row of the table is on screen. The gateway runs as configured by default (its
// brief list cache answers most loads); the very first load, which lists all 10,000 files upstream, is reported
// on its own.
import type { Page } from 'playwright-core';
import { startSignedInAdmin } from '../lib/admin-session.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { p50Row } from '../lib/report.js';
import { percentile } from '../lib/stats.js';

const TARGET_P50_MS = 300;
const PAGE_ROWS = 50;

/** Opens one page of the list and returns the milliseconds until its first row is visible. */
async function timeFirstRows(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('table tbody tr').first().waitFor({ state: 'visible' });
  return performance.now() - started;
}

export const adminBrowse: Measure = {
  name: 'admin-browse',
  async run({ options, log }) {
    return await withProcesses(async (track) => {
      const { admin, page } = await startSignedInAdmin(track, (emulator) =>
        emulator.setGeneratedFiles('voice_clone', options.browseFiles),
      );

      const pages = Math.ceil(options.browseFiles / PAGE_ROWS);
      const urlOf = (n: number) => `${admin.url}/browse?purpose=voice_clone&page=${1 + ((n * 37) % pages)}`;
      const firstEver = await timeFirstRows(page, urlOf(0));
      const rows = await page.locator('table tbody tr').count();
      if (rows !== PAGE_ROWS) throw new Error(`/browse showed ${rows} rows, expected ${PAGE_ROWS}`);
      // Untimed warm-up: the Next server's first renders of the route.
      for (let n = 1; n <= 5; n++) await timeFirstRows(page, urlOf(n));
      const timings: number[] = [];
      for (let n = 0; n < options.browseLoads; n++) timings.push(await timeFirstRows(page, urlOf(n + 6)));

      const p50 = percentile(timings, 50);
      log(
        `first rows p50 ${p50.toFixed(0)} ms over ${timings.length} loads of ${options.browseFiles} files; very first load ${firstEver.toFixed(0)} ms`,
      );
      return [
        p50Row(
          `admin: /browse, ${options.browseFiles.toLocaleString('en-US')} files → first rows (${timings.length}×)`,
          timings,
          TARGET_P50_MS,
          { details: { firstEverLoadMs: Math.round(firstEver), rowsRendered: rows } },
        ),
      ];
    });
  },
};
