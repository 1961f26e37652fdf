import { trustedDocumentId } from '../support/gateway.js';
import { UNSEEDED } from '../support/ids.js';
import { MINIMAX_API_KEY, OPERATOR_TOKEN, OTLP_URL } from '../support/servers.js';
import { expect, lookUp, test } from '../support/test.js';

interface Span {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startTimeUnixNano: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

const attribute = (span: Span, key: string) => {
  const value = span.attributes.find((entry) => entry.key === key)?.value;
  return value ? Object.values(value)[0] : undefined;
};

// The suite's admin and gateway export their traces to the OTLP receiver playwright.config.ts starts.
test('one look-up is one trace: admin → gateway → GraphQL operation → upstream attempt', async ({
  page,
  request,
}) => {
  // An id no other test asks for: the look-up cannot be answered from the gateway's cache.
  const id = UNSEEDED.traced;
  await page.goto('/');
  // The receiver holds every span of the suite so far: this test's trace is the one that starts after this point.
  const startedNs = BigInt(Date.now() - 1_000) * 1_000_000n;
  await lookUp(page, id);
  await expect(page.getByRole('heading', { level: 2, name: 'File not found' })).toBeVisible();

  const fileDocument = trustedDocumentId('File');
  let spans: Span[] = [];
  let operation: Span | undefined;
  await expect
    .poll(
      async () => {
        spans = (await (await request.get(`${OTLP_URL}/spans`)).json()) as Span[];
        // The gateway's File operation whose trace the admin started and whose upstream attempt has been exported.
        operation = spans.find(
          (span) =>
            span.name === 'graphql query File' &&
            BigInt(span.startTimeUnixNano) >= startedNs &&
            spans.some(
              (other) => other.traceId === span.traceId && other.service === 'minimax-files-admin',
            ) &&
            spans.some((other) => other.parentSpanId === span.spanId && other.name === 'minimax retrieve'),
        );
        return operation !== undefined;
      },
      { timeout: 10_000, message: 'a trace from the admin through the gateway to the upstream' },
    )
    .toBe(true);
  if (!operation) return;

  const trace = spans.filter((span) => span.traceId === operation?.traceId);
  const byId = new Map(trace.map((span) => [span.spanId, span]));
  const http = byId.get(operation.parentSpanId ?? '');
  expect(http).toMatchObject({ service: 'minimax-files-gateway', name: 'POST graphql' });
  expect(attribute(operation, 'graphql.document.id')).toBe(fileDocument);
  const upstream = trace.find(
    (span) => span.parentSpanId === operation?.spanId && span.name === 'minimax retrieve',
  );
  expect(upstream && attribute(upstream, 'minimax.outcome')).toBe('FileNotFound');
  expect(upstream && attribute(upstream, 'minimax.trace_id')).toMatch(/^[0-9a-f]{32}$/);

  // The gateway's HTTP span continues an admin span, and the admin's spans lead up to one root: one trace.
  const caller = byId.get(http?.parentSpanId ?? '');
  expect(caller?.service).toBe('minimax-files-admin');
  let root = caller;
  while (root?.parentSpanId) root = byId.get(root.parentSpanId);
  expect(root?.service).toBe('minimax-files-admin');
  expect(root?.parentSpanId ?? '').toBe('');

  // No key, token or cookie in anything exported, from either service.
  const exported = JSON.stringify(spans);
  for (const secret of [MINIMAX_API_KEY, OPERATOR_TOKEN, 'mmf_session', 'Bearer']) {
    expect(exported).not.toContain(secret);
  }
});
