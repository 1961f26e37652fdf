// Row 10: core's retrieve() against bare fetch + JSON.parse of the same emulator URL, sequential calls in one
// process on the server core (interleaved rounds). What the client's validation, int64-exact parsing and error
// mapping cost over the least a caller could do.
import { SEEDED } from '@minimax-files/emulator';
import { runChildScript } from '../lib/child-script.js';
import type { Measure } from '../lib/measure.js';
import { roundRatio } from '../lib/report.js';
import { EMULATOR_KEY, withEmulator } from '../lib/stack.js';

export const coreRetrieve: Measure = {
  name: 'core-retrieve',
  async run({ options, log }) {
    return await withEmulator(async (_track, emulator) => {
      const result = await runChildScript<{
        coreP50Ms: number;
        fetchP50Ms: number;
        coreRounds: number[];
        fetchRounds: number[];
      }>('baselines/core-direct.ts', {
        BENCH_MODE: 'vs-fetch',
        BENCH_IDS: [SEEDED.speechWav, SEEDED.maxId, SEEDED.beyondSafe].join(','),
        BENCH_SAMPLES: String(options.latencySamples),
        BENCH_ROUNDS: String(options.rounds),
        MINIMAX_BASE_URL: emulator.url,
        MINIMAX_API_KEY: EMULATOR_KEY,
      });
      log(`core p50 ${result.coreP50Ms.toFixed(3)} ms, bare fetch p50 ${result.fetchP50Ms.toFixed(3)} ms`);
      const versus = roundRatio(result.coreRounds, result.fetchRounds);
      return [
        {
          measure: 'core retrieve() p50, sequential',
          figure: result.coreP50Ms,
          unit: 'ms',
          baseline: { name: 'bare fetch + JSON.parse', figure: result.fetchP50Ms, unit: 'ms' },
          ...versus,
          target: '≤ 1.1×',
          met: versus.comparisonValue <= 1.1,
          details: {
            coreRounds: result.coreRounds,
            fetchRounds: result.fetchRounds,
            samplesPerRound: options.latencySamples,
          },
        },
      ];
    });
  },
};
