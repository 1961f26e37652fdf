// Trusted documents: uncached file(id) sent as the admin's persisted File document (an id, no text; no parse, no
// validation, graphql-jit's precompiled plan) against core's retrieve() called directly on the same emulator, with
// the same document sent as text (an arbitrary document: Yoga's parse/validate caches and graphql-js's execute)
// beside it. Throughput at 50 connections on fresh ids (every request goes upstream; upstream bound 50, as many as
// the baseline keeps in flight), and p50 at 1 connection with the gateway's metadata cache off.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEEDED } from '@minimax-files/emulator';
import { coreDirectLatency, coreDirectThroughput } from '../lib/core-direct.js';
import { freshIdRange } from '../lib/fresh-ids.js';
import { expectFile } from '../lib/graphql.js';
import { runLoad } from '../lib/load.js';
import type { Measure } from '../lib/measure.js';
import { REPO_ROOT } from '../lib/paths.js';
import { roundRatio } from '../lib/report.js';
import { AUTH_HEADERS, startGatewayProcess, withEmulator } from '../lib/stack.js';
import { median } from '../lib/stats.js';

const CONNECTIONS = 50;
const TARGET_RATIO = 0.35;
const TARGET_OVERHEAD_MS = 0.25;

/** The admin's File look-up as codegen wrote it into the manifest: its id and its text. */
function adminFileDocument(): { id: string; text: string } {
  const manifest = JSON.parse(
    readFileSync(resolve(REPO_ROOT, 'apps/admin/src/gql/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const entry = Object.entries(manifest).find(([, text]) => text.includes('query File('));
  if (!entry) throw new Error("the admin's manifest has no File query");
  return { id: entry[0], text: entry[1] };
}

type Kind = 'persisted' | 'arbitrary';

export const trustedDocuments: Measure = {
  name: 'trusted-documents',
  async run({ options, log }) {
    const document = adminFileDocument();
    const bodyOf = (kind: Kind, id: string) =>
      JSON.stringify(
        kind === 'persisted'
          ? { extensions: { persistedQuery: { version: 1, sha256Hash: document.id } }, variables: { id } }
          : { query: document.text, variables: { id }, operationName: 'File' },
      );

    return await withEmulator(async (track, emulator) => {
      const gateway = track(
        await startGatewayProcess({
          emulator,
          env: { GATEWAY_UPSTREAM_CONCURRENCY: String(CONNECTIONS), GATEWAY_CACHE_TTL_MS: '0' },
        }),
      );
      const url = `${gateway.url}/graphql`;
      for (const kind of ['persisted', 'arbitrary'] as const) {
        await expectFile(url, bodyOf(kind, SEEDED.maxId), AUTH_HEADERS, SEEDED.maxId);
      }

      const throughput = (kind: Kind, seconds: number) => {
        const ids = freshIdRange();
        return runLoad({
          url,
          headers: AUTH_HEADERS,
          connections: CONNECTIONS,
          durationSeconds: seconds,
          bodyFor: () => bodyOf(kind, ids.next()),
          serverPid: gateway.pid,
        });
      };
      const latency = (kind: Kind, amount: number) =>
        runLoad({ url, headers: AUTH_HEADERS, connections: 1, amount, body: bodyOf(kind, SEEDED.speechWav) });

      for (const kind of ['persisted', 'arbitrary'] as const) {
        await throughput(kind, options.warmupSeconds);
        await latency(kind, 200);
      }
      const rps = { persisted: [] as number[], arbitrary: [] as number[], core: [] as number[] };
      const cpu = { persisted: [] as number[], arbitrary: [] as number[], core: [] as number[] };
      const p50 = { persisted: [] as number[], arbitrary: [] as number[], core: [] as number[] };
      for (let round = 0; round < options.rounds; round++) {
        for (const kind of ['persisted', 'arbitrary'] as const) {
          const result = await throughput(kind, options.loadSeconds);
          rps[kind].push(result.requestsPerSecond);
          if (result.cpuMicrosPerRequest !== undefined) cpu[kind].push(result.cpuMicrosPerRequest);
          p50[kind].push((await latency(kind, options.latencySamples)).p50Ms);
        }
        const core = await coreDirectThroughput(emulator.url, {
          concurrency: CONNECTIONS,
          seconds: options.loadSeconds,
        });
        rps.core.push(core.requestsPerSecond);
        cpu.core.push(core.cpuMicrosPerCall);
        const coreLatency = await coreDirectLatency(emulator.url, {
          id: SEEDED.speechWav,
          samples: options.latencySamples,
        });
        p50.core.push(coreLatency.p50Ms);
        log(
          `round ${round + 1}: persisted ${Math.round(rps.persisted.at(-1) ?? 0)} req/s p50 ${p50.persisted.at(-1)?.toFixed(3)} ms, arbitrary ${Math.round(rps.arbitrary.at(-1) ?? 0)} req/s p50 ${p50.arbitrary.at(-1)?.toFixed(3)} ms, core ${Math.round(core.requestsPerSecond)} calls/s p50 ${coreLatency.p50Ms.toFixed(3)} ms`,
        );
      }

      const throughputBaseline = {
        name: `core retrieve() direct, ${CONNECTIONS} in flight`,
        figure: median(rps.core),
        unit: 'req/s',
      };
      const latencyBaseline = { name: 'core retrieve() direct', figure: median(p50.core), unit: 'ms' };
      const overhead = (kind: Kind) => median(p50[kind].map((value, i) => value - (p50.core[i] as number)));
      const details = { documentId: document.id, rps, p50, upstreamBound: CONNECTIONS };
      const rows = (kind: Kind, label: string, targets: boolean) => {
        const ratio = roundRatio(rps[kind], rps.core);
        const added = overhead(kind);
        return [
          {
            measure: `uncached file(id) req/s, 50 conn, ${label}`,
            figure: median(rps[kind]),
            unit: 'req/s',
            baseline: throughputBaseline,
            ...ratio,
            target: targets ? `≥ ${TARGET_RATIO}× core direct` : 'report',
            ...(targets && { met: ratio.comparisonValue >= TARGET_RATIO }),
            cpuMicros: { figure: median(cpu[kind]), baseline: median(cpu.core) },
            details,
          },
          {
            measure: `uncached file(id) p50, 1 conn, ${label}`,
            figure: median(p50[kind]),
            unit: 'ms',
            baseline: latencyBaseline,
            comparison: `${added >= 0 ? '+' : ''}${added.toFixed(2)} ms`,
            comparisonValue: added,
            target: targets ? `overhead ≤ ${TARGET_OVERHEAD_MS} ms` : 'report',
            ...(targets && { met: added <= TARGET_OVERHEAD_MS }),
            details,
          },
        ];
      };
      return [
        ...rows('persisted', 'trusted document', true),
        ...rows('arbitrary', 'same document as text', false),
      ];
    });
  },
};
