// Tracing: cached file(id) requests/s at 50 connections through three gateways in one run: tracing off (no OTLP
// endpoint: no SDK, no span code), tracing on (every request traced and exported over OTLP/HTTP protobuf to a local
// sink, batched as the SDK does by default), and tracing configured but sampled out (endpoint set,
// OTEL_TRACES_SAMPLER=always_off: the span code runs, nothing is recorded). Rounds are interleaved.
import { SEEDED } from '@minimax-files/emulator';
import { startChildServer } from '../lib/child-server.js';
import { expectFile } from '../lib/graphql.js';
import { runLoad } from '../lib/load.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { benchScript } from '../lib/paths.js';
import { fileRequestBody } from '../lib/queries.js';
import { roundRatio } from '../lib/report.js';
import { AUTH_HEADERS, startEmulatorProcess, startGatewayProcess } from '../lib/stack.js';
import { median } from '../lib/stats.js';

const CONNECTIONS = 50;
const TARGET_ON = 0.85;
const TARGET_SAMPLED_OUT = 0.98;

export const tracingOverhead: Measure = {
  name: 'tracing-overhead',
  async run({ options, log }) {
    return await withProcesses(async (track) => {
      const emulator = track(await startEmulatorProcess());
      const sink = track(
        await startChildServer({
          name: 'otlp sink',
          nodeArgs: ['--import', 'tsx', benchScript('baselines/otlp-sink.ts')],
          slot: 'load',
        }),
      );
      const traced = { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' };
      const gateways = {
        off: track(await startGatewayProcess({ emulator, name: 'gateway, tracing off' })),
        on: track(await startGatewayProcess({ emulator, name: 'gateway, tracing on', env: traced })),
        sampledOut: track(
          await startGatewayProcess({
            emulator,
            name: 'gateway, sampled out',
            env: { ...traced, OTEL_TRACES_SAMPLER: 'always_off' },
          }),
        ),
      };
      const body = fileRequestBody(SEEDED.speechWav);
      const load = (name: keyof typeof gateways, seconds: number) =>
        runLoad({
          url: `${gateways[name].url}/graphql`,
          headers: AUTH_HEADERS,
          body,
          connections: CONNECTIONS,
          durationSeconds: seconds,
          serverPid: gateways[name].pid,
        });
      const names = Object.keys(gateways) as (keyof typeof gateways)[];
      for (const name of names) {
        await expectFile(`${gateways[name].url}/graphql`, body, AUTH_HEADERS, SEEDED.speechWav);
        await load(name, options.warmupSeconds);
      }
      const rps = { off: [] as number[], on: [] as number[], sampledOut: [] as number[] };
      const cpu = { off: [] as number[], on: [] as number[], sampledOut: [] as number[] };
      for (let round = 0; round < options.rounds; round++) {
        for (const name of names) {
          const result = await load(name, options.loadSeconds);
          rps[name].push(result.requestsPerSecond);
          if (result.cpuMicrosPerRequest !== undefined) cpu[name].push(result.cpuMicrosPerRequest);
        }
        log(
          `round ${round + 1}: off ${Math.round(rps.off.at(-1) ?? 0)}, on ${Math.round(rps.on.at(-1) ?? 0)}, sampled out ${Math.round(rps.sampledOut.at(-1) ?? 0)} req/s`,
        );
      }
      const baseline = {
        name: 'same gateway, tracing off (no endpoint)',
        figure: median(rps.off),
        unit: 'req/s',
      };
      const on = roundRatio(rps.on, rps.off);
      const sampledOut = roundRatio(rps.sampledOut, rps.off);
      const details = { connections: CONNECTIONS, rps, cpu, protocol: 'http/protobuf' };
      return [
        {
          measure: 'cached file(id) req/s, 50 conn, tracing on (OTLP export)',
          figure: median(rps.on),
          unit: 'req/s',
          baseline,
          ...on,
          target: `≥ ${TARGET_ON}× tracing off`,
          met: on.comparisonValue >= TARGET_ON,
          cpuMicros: { figure: median(cpu.on), baseline: median(cpu.off) },
          details,
        },
        {
          measure: 'cached file(id) req/s, 50 conn, tracing configured, sampled out',
          figure: median(rps.sampledOut),
          unit: 'req/s',
          baseline,
          ...sampledOut,
          target: `≥ ${TARGET_SAMPLED_OUT}× tracing off`,
          met: sampledOut.comparisonValue >= TARGET_SAMPLED_OUT,
          cpuMicros: { figure: median(cpu.sampledOut), baseline: median(cpu.off) },
          details,
        },
      ];
    });
  },
};
