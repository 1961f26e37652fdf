// Row 9: in Debian's chromium, signed in to the built admin app (over the built gateway and the emulator), click
// `Look up` and time until the file's metadata is on screen, 20 times (5 in --quick) over the seeded files; and the
// first-load JavaScript of the look-up page, gzipped, from the Next build output.
import { SEEDED } from '@minimax-files/emulator';
import { startSignedInAdmin } from '../lib/admin-session.js';
import { gzippedScriptBytes } from '../lib/first-load-js.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { p50Row } from '../lib/report.js';
import { OPERATOR_TOKEN } from '../lib/stack.js';
import { percentile } from '../lib/stats.js';

const TARGET_P50_MS = 150;
const LOOKUP_IDS = [SEEDED.speechWav, SEEDED.beyondSafe, SEEDED.maxId, SEEDED.nonAscii, SEEDED.withBackup];

export const adminLookup: Measure = {
  name: 'admin-lookup',
  async run({ options, log }) {
    return await withProcesses(async (track) => {
      const { gateway, page } = await startSignedInAdmin(track);

      // A cold first load of the look-up page: every script it fetches, before any other navigation.
      const scripts = new Map<string, Buffer>();
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        pending.push(
          response
            .body()
            .then((body) => void scripts.set(response.url(), body))
            .catch(() => undefined),
        );
      });
      await page.reload({ waitUntil: 'networkidle' });
      await Promise.all(pending);
      page.removeAllListeners('response');
      const firstLoad = gzippedScriptBytes(scripts);

      const filenames = new Map<string, string>();
      for (const id of LOOKUP_IDS) {
        const response = await fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR_TOKEN}` },
          body: JSON.stringify({
            query: 'query($id: FileID!) { file(id: $id) { ... on File { filename } } }',
            variables: { id },
          }),
        });
        const body = (await response.json()) as { data: { file: { filename: string } } };
        filenames.set(id, body.data.file.filename);
      }

      const timings: number[] = [];
      const urlChanged: number[] = [];
      // One untimed pass over the ids first: the Next server's first renders and the gateway's cold cache are
      // what a first look-up pays once, not what the p50 of an operator's look-ups is about.
      const warmUp = LOOKUP_IDS.length;
      for (let n = 0; n < warmUp + options.adminLookups; n++) {
        const id = LOOKUP_IDS[n % LOOKUP_IDS.length] as string;
        await page.getByLabel('File ID').fill(id);
        const started = performance.now();
        await page.getByRole('button', { name: 'Look up', exact: true }).click();
        // Where the time goes: until the address bar shows /files/{id}, then until the result is on screen.
        await page.waitForURL(`**/files/${id}`, { waitUntil: 'commit' });
        if (n >= warmUp) urlChanged.push(performance.now() - started);
        await page.getByRole('heading', { level: 2, name: filenames.get(id) }).waitFor({ state: 'visible' });
        await page.locator('dd', { hasText: id }).first().waitFor({ state: 'visible' });
        if (n < warmUp) continue;
        timings.push(performance.now() - started);
      }
      const p50 = percentile(timings, 50);
      log(
        `look-up p50 ${p50.toFixed(0)} ms over ${timings.length}; first-load JS ${(firstLoad.bytes / 1024).toFixed(1)} KiB gzip in ${firstLoad.files} files`,
      );
      return [
        p50Row(`admin: Look up → metadata visible (${timings.length}×)`, timings, TARGET_P50_MS, {
          details: { untilAddressChangesP50Ms: percentile(urlChanged, 50) },
        }),
        {
          measure: 'admin: look-up page first-load JS (gzip)',
          figure: firstLoad.bytes / 1024,
          unit: 'KiB',
          target: 'report',
          details: { scripts: firstLoad.files },
        },
      ];
    });
  },
};
