// Row 5: 1000 concurrent look-ups of one id make one upstream request. The emulator holds that id's retrieve for a
// while (a latency fault) so the requests really overlap; the emulator's request log counts the upstream calls.
import { SEEDED } from '@minimax-files/emulator';
import type { Measure } from '../lib/measure.js';
import { fileRequestBody } from '../lib/queries.js';
import { AUTH_HEADERS, startGatewayProcess, withEmulator } from '../lib/stack.js';

const HOLD_MS = 300;

export const dedupeConcurrent: Measure = {
  name: 'dedupe-concurrent',
  async run({ options, log }) {
    return await withEmulator(async (track, emulator) => {
      const gateway = track(await startGatewayProcess({ emulator }));
      const id = SEEDED.speechWav;
      await emulator.setFault({ fileId: id, route: 'retrieve', latencyMs: HOLD_MS });
      await emulator.clearRequests();
      const count = options.dedupeRequests;
      const body = fileRequestBody(id);
      const started = Date.now();
      // Every answer is checked, not only counted: a fast wrong answer would hide a broken de-duplication.
      const answers = await Promise.all(
        Array.from({ length: count }, async () => {
          const response = await fetch(`${gateway.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...AUTH_HEADERS },
            body,
          });
          return (await response.json()) as { data?: { file?: { __typename?: string; id?: string } } };
        }),
      );
      const elapsedMs = Date.now() - started;
      const wrong = answers.filter(
        (a) => a.data?.file?.__typename !== 'File' || a.data.file.id !== id,
      ).length;
      if (wrong > 0) throw new Error(`${wrong} of ${count} answers were not File ${id}`);
      const upstream = (await emulator.requests()).filter(
        (r) => r.route === 'retrieve' && r.fileId === id,
      ).length;
      log(`${count} look-ups in ${elapsedMs} ms, ${upstream} upstream request(s)`);
      return [
        {
          measure: `${count} concurrent look-ups of one id`,
          figure: upstream,
          unit: 'upstream req',
          target: '1 upstream request',
          met: upstream === 1,
          details: { lookUps: count, holdMs: HOLD_MS, elapsedMs },
        },
      ];
    });
  },
};
