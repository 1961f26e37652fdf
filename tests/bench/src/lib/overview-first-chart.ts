import { paintedAfterNextClick } from '@minimax-files/testkit';
import { startSignedInAdmin } from './admin-session.js';
import { withProcesses } from './measure.js';

export interface FirstChartTimings {
  /** From `/`, a click on `Overview` in the navigation (the last hour, 1 min buckets from the rows). */
  hourMs: number[];
  /** From the overview, a click on `Last week` (1 h buckets from the roll-ups). */
  weekMs: number[];
}

const CHART = 'figure .chart canvas';

/**
 * The admin (production build) signed in over a gateway whose audit store is `gatewayEnv`'s: the milliseconds from
 * a click to the first chart painted, timed in the page, for the overview's default range and for its week.
 */
export async function timeOverviewFirstChart(
  gatewayEnv: NodeJS.ProcessEnv,
  loads: number,
): Promise<FirstChartTimings> {
  return await withProcesses(async (track) => {
    const { admin, page } = await startSignedInAdmin(track, undefined, gatewayEnv);
    const timings: FirstChartTimings = { hourMs: [], weekMs: [] };
    // Two untimed rounds: the Next server's first renders of the route and the database's first plans.
    for (let round = -2; round < loads; round++) {
      await page.goto(`${admin.url}/`);
      const hour = page.evaluate(paintedAfterNextClick, CHART);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
      const hourMs = await hour;
      const week = page.evaluate(paintedAfterNextClick, CHART);
      await page.getByRole('navigation', { name: 'Range' }).getByRole('link', { name: 'Last week' }).click();
      const weekMs = await week;
      if (round < 0) continue;
      timings.hourMs.push(hourMs);
      timings.weekMs.push(weekMs);
    }
    return timings;
  });
}
