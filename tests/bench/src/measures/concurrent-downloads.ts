// Row 8: 20 concurrent downloads of a 100 MiB file (4 MiB in --quick) through the gateway; its RSS, sampled from
// /proc, must stay bounded by buffers and sockets, not grow with the bytes in flight.
import { SEEDED } from '@minimax-files/emulator';
import { download } from '../lib/download.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { sampleRss } from '../lib/rss.js';
import { AUTH_HEADERS, startEmulatorProcess, startGatewayProcess } from '../lib/stack.js';
import { MiB } from '../lib/stats.js';

export const concurrentDownloads: Measure = {
  name: 'concurrent-downloads',
  async run({ options, log }) {
    const size = options.concurrentFileBytes;
    const count = options.concurrentDownloads;
    return await withProcesses(async (track) => {
      const emulator = track(await startEmulatorProcess({ largeFileBytes: size }));
      const gateway = track(await startGatewayProcess({ emulator }));
      const url = `${gateway.url}/files/${SEEDED.large}/content`;
      await download(url, AUTH_HEADERS, size);
      const sampler = sampleRss(gateway.pid);
      const started = Date.now();
      await Promise.all(Array.from({ length: count }, () => download(url, AUTH_HEADERS, size)));
      const seconds = (Date.now() - started) / 1000;
      const rss = sampler.stop();
      log(
        `${count} × ${size / MiB} MiB in ${seconds.toFixed(1)} s; RSS ${(rss.startBytes / MiB).toFixed(0)} → peak ${(rss.peakBytes / MiB).toFixed(0)} MiB`,
      );
      return [
        {
          measure: `${count} concurrent ${size / MiB} MiB downloads: gateway peak RSS`,
          figure: rss.peakBytes / MiB,
          unit: 'MiB',
          comparison: `+${(rss.growthBytes / MiB).toFixed(1)} MiB`,
          comparisonValue: rss.growthBytes / MiB,
          target: 'bounded (report peak)',
          details: {
            startRssMiB: rss.startBytes / MiB,
            growthMiB: rss.growthBytes / MiB,
            aggregateMiBPerSecond: (count * size) / MiB / seconds,
          },
        },
      ];
    });
  },
};
