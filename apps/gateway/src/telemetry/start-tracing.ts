/**
 * The OpenTelemetry SDK, configured by the standard variables: traces go over OTLP/HTTP to
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) with `OTEL_EXPORTER_OTLP_PROTOCOL`
 * (`http/protobuf`, the default, or `http/json`), as `OTEL_SERVICE_NAME`. The sampler, batching and headers follow
 * the SDK's own variables (`OTEL_TRACES_SAMPLER`, `OTEL_BSP_*`, `OTEL_EXPORTER_OTLP_HEADERS`).
 * Without an endpoint nothing is loaded: the SDK is imported only when it will export.
 */
export interface Tracing {
  /** Exports what is buffered, then stops. */
  shutdown(): Promise<void>;
}

type Env = Record<string, string | undefined>;

/** An endpoint is set, and neither `OTEL_SDK_DISABLED=true` nor `OTEL_TRACES_EXPORTER=none` turns tracing off. */
export function tracingEnabled(env: Env = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === 'none') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

export async function startTracing(
  defaultServiceName: string,
  env: Env = process.env,
): Promise<Tracing | undefined> {
  if (!tracingEnabled(env)) return undefined;
  const { NodeSDK, resources } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({
    // Only OTEL_SERVICE_NAME / OTEL_RESOURCE_ATTRIBUTES: the process detector would export the command line.
    resourceDetectors: [resources.envDetector],
    ...(!env.OTEL_SERVICE_NAME && { serviceName: defaultServiceName }),
    // Traces only: the gateway's metrics are Prometheus (/metrics) and its logs go to stdout.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
