// Tracing: cached file(id) requests/s at 50 connections through three gateways in one run: tracing off (no OTLP
// endpoint: no SDK, no span code), tracing on (every request traced and exported over OTLP/HTTP protobuf to a local
// sink, batched as the SDK does by default), and tracing configured but sampled out (endpoint set,
// OTEL_TRACES_SAMPLER=always_off: the span code runs, nothing is recorded). Rounds are interleaved.
import { startChildServer } from '../lib/child-server.js';
import { compareGatewayVariants } from '../lib/gateway-variants.js';
import type { Measure } from '../lib/measure.js';
import { benchScript } from '../lib/paths.js';
import { startGatewayProcess, withEmulator } from '../lib/stack.js';

const TARGET_ON = 0.85;
const TARGET_SAMPLED_OUT = 0.98;

export const tracingOverhead: Measure = {
  name: 'tracing-overhead',
  async run(context) {
    return await withEmulator(async (track, emulator) => {
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
      return await compareGatewayVariants(
        {
          gateways,
          reference: { side: 'off', name: 'same gateway, tracing off (no endpoint)', label: 'tracing off' },
          rows: [
            {
              side: 'on',
              measure: 'cached file(id) req/s, 50 conn, tracing on (OTLP export)',
              target: TARGET_ON,
            },
            {
              side: 'sampledOut',
              measure: 'cached file(id) req/s, 50 conn, tracing configured, sampled out',
              target: TARGET_SAMPLED_OUT,
            },
          ],
          details: { protocol: 'http/protobuf' },
        },
        context,
      );
    });
  },
};
