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
  // The admin's spans end (and are exported) after the gateway's: wait until the whole chain has arrived.
  const chainOf = (all: Span[]) => {
    const found = all.find(
      (span) =>
        span.name === 'graphql query File' &&
        BigInt(span.startTimeUnixNano) >= startedNs &&
        all.some((other) => other.parentSpanId === span.spanId && other.name === 'minimax retrieve'),
    );
    if (!found) return undefined;
    const byId = new Map(
      all.filter((span) => span.traceId === found.traceId).map((span) => [span.spanId, span]),
    );
    const chain: Span[] = [found];
    for (let span = byId.get(found.parentSpanId ?? ''); span; span = byId.get(span.parentSpanId ?? '')) {
      chain.push(span);
    }
    const root = chain.at(-1);
    return root?.service === 'minimax-files-admin' && !root.parentSpanId ? { found, chain } : undefined;
  };
  await expect
    .poll(
      async () => {
        spans = (await (await request.get(`${OTLP_URL}/spans`)).json()) as Span[];
        operation = chainOf(spans)?.found;
        return operation !== undefined;
      },
      { timeout: 15_000, message: 'a trace from the admin through the gateway to the upstream' },
    )
    .toBe(true);
  const chain = chainOf(spans)?.chain ?? [];
  if (!operation) return;

  // operation ← the gateway's HTTP span ← admin spans, up to the admin's root: one trace.
  const [, http, caller] = chain;
  expect(http).toMatchObject({ service: 'minimax-files-gateway', name: 'POST graphql' });
  expect(caller?.service).toBe('minimax-files-admin');
  expect(chain.slice(2).every((span) => span.service === 'minimax-files-admin')).toBe(true);
  expect(attribute(operation, 'graphql.document.id')).toBe(fileDocument);
  const upstream = spans.find(
    (span) => span.parentSpanId === operation?.spanId && span.name === 'minimax retrieve',
  );
  expect(upstream && attribute(upstream, 'minimax.outcome')).toBe('FileNotFound');
  expect(upstream && attribute(upstream, 'minimax.trace_id')).toMatch(/^[0-9a-f]{32}$/);

  // No key, token or cookie in anything exported, from either service.
  const exported = JSON.stringify(spans);
  for (const secret of [MINIMAX_API_KEY, OPERATOR_TOKEN, 'mmf_session', 'Bearer']) {
    expect(exported).not.toContain(secret);
  }
});
