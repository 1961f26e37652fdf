import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Emulator, SEEDED, startEmulator } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, tracingEnabled } from '../src/telemetry/start-tracing.js';
import { ADMIN_MANIFEST, readManifest } from '../src/trusted-documents.js';

const TOKEN = 'tracing-test-operator-token-7f3a';
const API_KEY = 'tracing-test-emulator-key-19c4';
const MAIN = new URL('../dist/main.js', import.meta.url).pathname;
const FILE_DOCUMENT_ID = [...readManifest(ADMIN_MANIFEST)].find(([, text]) =>
  text.includes('query File('),
)?.[0];

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** A small OTLP/HTTP receiver: keeps every POST /v1/traces body (JSON parsed, protobuf as bytes). */
function startReceiver() {
  const received = { json: [] as unknown[], protobuf: [] as Buffer[], contentTypes: [] as string[] };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    if (req.url === '/v1/traces') {
      received.contentTypes.push(type);
      if (type.includes('json')) received.json.push(JSON.parse(body.toString('utf8')));
      else received.protobuf.push(body);
    }
    res.writeHead(200, {
      'content-type': type.includes('json') ? 'application/json' : 'application/x-protobuf',
    });
    res.end(type.includes('json') ? '{}' : undefined);
  });
  return { server, received };
}

interface OtlpExport {
  resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
}

function spansOf(received: { json: unknown[] }): ExportedSpan[] {
  return (received.json as OtlpExport[]).flatMap((request) =>
    request.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans)),
  );
}

const attribute = (span: ExportedSpan, key: string) => {
  const value = span.attributes.find((entry) => entry.key === key)?.value;
  return value ? Object.values(value)[0] : undefined;
};

/** The built gateway as `pnpm start` runs it, in its own process, with the OTEL_* variables given. */
async function startGatewayProcess(emulator: Emulator, env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      MINIMAX_API_KEY: emulator.apiKey,
      MINIMAX_BASE_URL: emulator.url,
      MINIMAX_MAX_RETRIES: '1',
      GATEWAY_OPERATOR_TOKENS: TOKEN,
      GATEWAY_CACHE_TTL_MS: '0',
      OTEL_BSP_SCHEDULE_DELAY: '50',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = output.match(/"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`gateway exited (${code}): ${output}`)));
  });
  return { child, url, output: () => output };
}

async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let emulator: Emulator;
let receiver: ReturnType<typeof startReceiver>;
let receiverUrl: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true, apiKey: API_KEY });
  receiver = startReceiver();
  await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => (receiver?.server as Server | undefined)?.close(resolve));
  await emulator?.close();
});

describe('traces over OTLP/HTTP (http/json)', () => {
  let gateway: Awaited<ReturnType<typeof startGatewayProcess>>;
  beforeAll(async () => {
    gateway = await startGatewayProcess(emulator, {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'gateway-under-test',
    });
  }, 30_000);
  afterAll(() => stop(gateway?.child));

  it("continues the caller's trace: HTTP request → GraphQL operation → each upstream attempt", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpanId = '00f067aa0ba902b7';
    emulator.setFault({ fileId: SEEDED.maxId, route: 'retrieve', httpStatus: 503, times: 1 });
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        cookie: 'mmf_session=secret-cookie-value',
        traceparent: `00-${traceId}-${callerSpanId}-01`,
      },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: FILE_DOCUMENT_ID } },
        variables: { id: SEEDED.maxId },
      }),
    });
    expect((await response.json()).data.file.id).toBe(SEEDED.maxId);

    const spans = await waitFor(() => {
      const inTrace = spansOf(receiver.received).filter((span) => span.traceId === traceId);
      return inTrace.filter((span) => span.name.startsWith('minimax')).length >= 2 ? inTrace : undefined;
    }, 'the trace');
    const http = spans.find((span) => span.name === 'POST graphql');
    const operation = spans.find((span) => span.name === 'graphql query File');
    const attempts = spans.filter((span) => span.name === 'minimax retrieve');
    expect(http?.parentSpanId).toBe(callerSpanId);
    expect(attribute(http as ExportedSpan, 'http.response.status_code')).toBe(200);
    expect(operation?.parentSpanId).toBe(http?.spanId);
    expect(attribute(operation as ExportedSpan, 'graphql.operation.name')).toBe('File');
    expect(attribute(operation as ExportedSpan, 'graphql.document.id')).toBe(FILE_DOCUMENT_ID);
    expect(attempts.map((span) => span.parentSpanId)).toEqual([operation?.spanId, operation?.spanId]);
    const byAttempt = attempts.sort(
      (a, b) => Number(attribute(a, 'minimax.attempt')) - Number(attribute(b, 'minimax.attempt')),
    );
    expect(byAttempt.map((span) => attribute(span, 'minimax.outcome'))).toEqual(['UpstreamError', 'ok']);
    expect(byAttempt.map((span) => attribute(span, 'minimax.route'))).toEqual(['retrieve', 'retrieve']);
    expect(attribute(byAttempt[1] as ExportedSpan, 'minimax.trace_id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it("records nothing for a request whose caller's trace is sampled out, upstream attempts included", async () => {
    const lookUp = (traceparent: string) =>
      fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', traceparent },
        body: JSON.stringify({ query: `{ file(id: "${SEEDED.small}") { __typename } }` }),
      }).then((response) => response.json());
    const unsampled = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
    const sampled = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';
    // The cache is off (GATEWAY_CACHE_TTL_MS=0): each look-up makes an upstream attempt.
    expect(await lookUp(`00-${unsampled}-00f067aa0ba902b7-00`)).toEqual({
      data: { file: { __typename: 'File' } },
    });
    // The sampled request after it is exported; by then anything the first one recorded would have been too.
    await lookUp(`00-${sampled}-00f067aa0ba902b7-01`);
    const spans = await waitFor(() => {
      const all = spansOf(receiver.received);
      return all.some((span) => span.traceId === sampled && span.name === 'minimax retrieve')
        ? all
        : undefined;
    }, 'the sampled trace');
    expect(spans.filter((span) => span.traceId === unsampled)).toEqual([]);
    // No upstream attempt started a trace of its own.
    expect(spans.filter((span) => span.name.startsWith('minimax') && !span.parentSpanId)).toEqual([]);
  });

  it('traces a download: the HTTP request, the download and its upstream attempts', async () => {
    const response = await fetch(`${gateway.url}/files/${SEEDED.small}/content`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    const spans = await waitFor(() => {
      const all = spansOf(receiver.received);
      const download = all.find(
        (span) => span.name === 'download' && attribute(span, 'minimax.file_id') === SEEDED.small,
      );
      return download ? { all, download } : undefined;
    }, 'the download span');
    const http = spans.all.find((span) => span.spanId === spans.download.parentSpanId);
    expect(http?.name).toBe('GET file_content');
    expect(attribute(http as ExportedSpan, 'url.path')).toBe(`/files/${SEEDED.small}/content`);
    const upstream = spans.all.filter((span) => span.parentSpanId === spans.download.spanId);
    expect(upstream.length).toBeGreaterThan(0);
    expect(upstream.every((span) => span.name.startsWith('minimax '))).toBe(true);
  });

  it('names the service and exports no key, token or cookie', () => {
    const exported = JSON.stringify(receiver.received.json);
    expect(exported).toContain('gateway-under-test');
    for (const secret of [API_KEY, TOKEN, 'secret-cookie-value', 'Bearer'])
      expect(exported).not.toContain(secret);
  });
});

describe('traces with the response fast path in front (metadata cache on)', () => {
  let gateway: Awaited<ReturnType<typeof startGatewayProcess>>;
  beforeAll(async () => {
    gateway = await startGatewayProcess(emulator, {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      GATEWAY_CACHE_TTL_MS: '60000',
    });
  }, 30_000);
  afterAll(() => stop(gateway?.child));

  // The fast path reads the body and hands the request to Yoga from the body's 'end' event: the operation and
  // its upstream attempt must still be in the request's trace. The replay of the same request is one HTTP span.
  it('keeps the operation under the HTTP span when the fast path hands the request to Yoga, then replays', async () => {
    const lookUp = (traceId: string) =>
      fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${TOKEN}`,
          'content-type': 'application/json',
          traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        },
        body: JSON.stringify({
          query: `query Traced { file(id: "${SEEDED.speechWav}") { __typename ... on File { id } } }`,
        }),
      }).then((response) => response.json());
    const first = 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3';
    const replayed = 'd4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4';
    const answer = { data: { file: { __typename: 'File', id: SEEDED.speechWav } } };
    expect(await lookUp(first)).toEqual(answer);
    expect(await lookUp(replayed)).toEqual(answer);
    const inTrace = (traceId: string) =>
      spansOf(receiver.received).filter((span) => span.traceId === traceId);
    const spans = await waitFor(() => {
      const found = inTrace(first);
      return found.some((span) => span.name === 'minimax retrieve') && inTrace(replayed).length
        ? found
        : undefined;
    }, 'both traces');
    const http = spans.find((span) => span.name === 'POST graphql');
    const operation = spans.find((span) => span.name === 'graphql query Traced');
    const attempt = spans.find((span) => span.name === 'minimax retrieve');
    expect(operation?.parentSpanId).toBe(http?.spanId);
    expect(attempt?.parentSpanId).toBe(operation?.spanId);
    expect(inTrace(replayed).map((span) => span.name)).toEqual(['POST graphql']);
  });
});

describe('traces over OTLP/HTTP (http/protobuf)', () => {
  it('sends protobuf to /v1/traces when asked', async () => {
    const before = receiver.received.protobuf.length;
    const gateway = await startGatewayProcess(emulator, {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
    });
    try {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ file(id: "${SEEDED.small}") { __typename } }` }),
      });
      expect(response.status).toBe(200);
      const body = await waitFor(
        () => receiver.received.protobuf.slice(before).find((bytes) => bytes.includes('minimax retrieve')),
        'a protobuf export',
      );
      // Protobuf strings are plain UTF-8 on the wire: the spans and the default service name are in there.
      expect(body.includes('POST graphql')).toBe(true);
      expect(body.includes('minimax-files-gateway')).toBe(true);
      expect(body.includes(TOKEN)).toBe(false);
      expect(receiver.received.contentTypes).toContain('application/x-protobuf');
    } finally {
      await stop(gateway.child);
    }
  }, 30_000);
});

describe('tracing off', () => {
  it('loads and starts nothing without an OTLP endpoint', async () => {
    expect(tracingEnabled({})).toBe(false);
    expect(tracingEnabled({ OTEL_SERVICE_NAME: 'x', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toBe(false);
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' };
    expect(tracingEnabled(endpoint)).toBe(true);
    expect(tracingEnabled({ ...endpoint, OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingEnabled({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(await startTracing('unused', {})).toBeUndefined();
  });
});
