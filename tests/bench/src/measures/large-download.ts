// Row 7: the large seeded file (1 GiB; 64 MiB in --quick) through the gateway's /files/{id}/content, against the
// simplest Node streaming proxy of the same emulator file and the emulator answered directly. Throughput is MiB/s
// at the client; the gateway's RSS is sampled from /proc during its downloads (growth over its level before them).
import { SEEDED } from '@minimax-files/emulator';
import { startChildServer } from '../lib/child-server.js';
import { cpuMeter } from '../lib/cpu-time.js';
import { download } from '../lib/download.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { benchScript } from '../lib/paths.js';
import { roundRatio } from '../lib/report.js';
import { sampleRss } from '../lib/rss.js';
import { AUTH_HEADERS, EMULATOR_KEY, startEmulatorProcess, startGatewayProcess } from '../lib/stack.js';
import { MiB, median } from '../lib/stats.js';

const RSS_GROWTH_LIMIT_MIB = 64;

export const largeDownload: Measure = {
  name: 'large-download',
  async run({ options, log }) {
    const size = options.largeFileBytes;
    return await withProcesses(async (track) => {
      const emulator = track(await startEmulatorProcess({ largeFileBytes: size }));
      const gateway = track(await startGatewayProcess({ emulator }));
      const contentUrl = `${emulator.url}/v1/files/retrieve_content?file_id=${SEEDED.large}`;
      const proxy = track(
        await startChildServer({
          name: 'simple proxy',
          nodeArgs: ['--import', 'tsx', benchScript('baselines/simple-proxy.ts')],
          readyPath: '/healthz',
          env: { UPSTREAM_URL: contentUrl, UPSTREAM_API_KEY: EMULATOR_KEY },
        }),
      );
      const targets = {
        gateway: () => download(`${gateway.url}/files/${SEEDED.large}/content`, AUTH_HEADERS, size),
        proxy: () => download(`${proxy.url}/`, {}, size),
        direct: () => download(contentUrl, { authorization: `Bearer ${EMULATOR_KEY}` }, size),
      };
      // A small warm-up of every path (connections, JIT) before anything is timed or sampled.
      await download(`${gateway.url}/files/${SEEDED.speechWav}/content`, AUTH_HEADERS);
      await download(`${proxy.url}/`, {}, size);
      const speeds: Record<keyof typeof targets, number[]> = { gateway: [], proxy: [], direct: [] };
      const growth: number[] = [];
      const cpuPerMiB = { gateway: [] as number[], proxy: [] as number[] };
      let peakBytes = 0;
      for (let round = 0; round < options.rounds; round++) {
        const sampler = sampleRss(gateway.pid);
        const gatewayCpu = cpuMeter(gateway.pid);
        speeds.gateway.push((await targets.gateway()).mibPerSecond);
        cpuPerMiB.gateway.push(gatewayCpu.stop(size / MiB) ?? Number.NaN);
        const rss = sampler.stop();
        growth.push(rss.growthBytes);
        peakBytes = Math.max(peakBytes, rss.peakBytes);
        const proxyCpu = cpuMeter(proxy.pid);
        speeds.proxy.push((await targets.proxy()).mibPerSecond);
        cpuPerMiB.proxy.push(proxyCpu.stop(size / MiB) ?? Number.NaN);
        speeds.direct.push((await targets.direct()).mibPerSecond);
        log(
          `round ${round + 1}: gateway ${speeds.gateway.at(-1)?.toFixed(0)} MiB/s (RSS +${(rss.growthBytes / MiB).toFixed(1)} MiB), proxy ${speeds.proxy.at(-1)?.toFixed(0)}, direct ${speeds.direct.at(-1)?.toFixed(0)}`,
        );
      }
      const figure = median(speeds.gateway);
      const proxySpeed = median(speeds.proxy);
      const directSpeed = median(speeds.direct);
      const growthMiB = Math.max(...growth) / MiB;
      const label = `${size / MiB >= 1024 ? `${size / (1024 * MiB)} GiB` : `${size / MiB} MiB`} download`;
      const versusProxy = roundRatio(speeds.gateway, speeds.proxy);
      return [
        {
          measure: `${label} via /files/{id}/content`,
          figure,
          unit: 'MiB/s',
          baseline: { name: 'simple http.get pipe proxy', figure: proxySpeed, unit: 'MiB/s' },
          ...versusProxy,
          target: '≥ 0.9× the simple proxy',
          cpuMicros: { figure: median(cpuPerMiB.gateway), baseline: median(cpuPerMiB.proxy), per: 'MiB' },
          met: versusProxy.comparisonValue >= 0.9,
          details: { rounds: speeds, bytes: size },
        },
        {
          measure: `${label} via /files/{id}/content`,
          figure,
          unit: 'MiB/s',
          baseline: { name: 'emulator directly', figure: directSpeed, unit: 'MiB/s' },
          ...roundRatio(speeds.gateway, speeds.direct),
          target: 'report',
        },
        {
          measure: `${label}: gateway peak RSS growth`,
          figure: growthMiB,
          unit: 'MiB',
          target: `≤ ${RSS_GROWTH_LIMIT_MIB} MiB`,
          met: growthMiB <= RSS_GROWTH_LIMIT_MIB,
          details: { peakRssMiB: peakBytes / MiB, growthPerRoundMiB: growth.map((g) => g / MiB) },
        },
      ];
    });
  },
};
