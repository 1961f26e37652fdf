/**
 * OpenTelemetry for the admin's server, by the standard variables: with `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) set, traces go there over OTLP/HTTP (`OTEL_EXPORTER_OTLP_PROTOCOL`
 * `http/protobuf` or `http/json`) as `OTEL_SERVICE_NAME` (default minimax-files-admin). Next.js then records its
 * own request and render spans, and the admin's requests to the gateway carry the W3C trace context
 * (src/server/trace-headers.ts), so one trace runs admin → gateway → upstream. Without an endpoint the SDK is
 * never imported.
 */
export async function startTracing(
  env: NodeJS.ProcessEnv = process.env,
): Promise<(() => Promise<void>) | undefined> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim())
    return undefined;
  const { NodeSDK, resources } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({
    resourceDetectors: [resources.envDetector], // not the process detector: it would export the command line
    ...(!env.OTEL_SERVICE_NAME && { serviceName: 'minimax-files-admin' }),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();
  return () => sdk.shutdown();
}
