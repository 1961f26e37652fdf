import { createCatalogue, MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, eventually, graphqlAs, type Json, unique } from './helpers/callers.js';
import { ENGINES } from './helpers/databases.js';
import { OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

const SMALL_BYTES =
  createCatalogue({ largeFileBytes: 4 * 1024 * 1024 }).get(SEEDED.small)?.content.size ?? -1;
const FILE = 'query File($id: FileID!) { file(id: $id) { __typename } }';
const USAGE = `query Usage($from: DateTime!, $to: DateTime!, $interval: Int!) {
  usage(from: $from, to: $to, interval: $interval) {
    from to interval upstreamBudget
    buckets { start upstreamRequests bytesDownloaded lookups { outcome count } }
    total {
      upstreamRequests upstreamLatencyP50Ms upstreamLatencyP95Ms gatewayLatencyP50Ms gatewayLatencyP95Ms
      bytesDownloaded lookups { outcome count }
    }
    topFiles { fileId downloads bytes }
    topOperators { name lookups downloads bytes }
    upstreamErrors { at actor action fileId outcome upstreamCode traceId }
  }
}`;

describe.each(ENGINES)('Query.usage through the gateway on the %s database', (engine) => {
  let stack: Stack;
  let actor: string;
  let operator: string;
  let viewer: string;
  const lastHour = () => ({
    from: new Date(Date.now() - 3_600_000).toISOString(),
    to: new Date().toISOString(),
  });

  beforeAll(async () => {
    stack = await startStack({ database: engine, env: { MINIMAX_RPM: '600' } });
    actor = unique('overview');
    operator = await createOperator(stack, { token: OPERATOR_TOKEN }, actor, 'OPERATOR');
    viewer = await createOperator(stack, { token: OPERATOR_TOKEN }, unique('viewer'), 'VIEWER');
    await stack.emulator.setFault({
      fileId: SEEDED.beyondSafe,
      route: 'retrieve',
      statusCode: 1004,
      times: 1,
    });
    for (const id of [SEEDED.small, SEEDED.small, MISSING_FILE_ID, SEEDED.beyondSafe]) {
      await graphqlAs(stack, { token: operator }, FILE, { id });
    }
    const download = await fetch(`${stack.url}/files/${SEEDED.small}/content`, {
      headers: { authorization: `Bearer ${operator}` },
    });
    expect((await download.arrayBuffer()).byteLength).toBe(SMALL_BYTES);
  }, 60_000);
  afterAll(() => stack?.close());

  it('answers an OPERATOR the look-ups by outcome, upstream requests and latency, bytes, top files and operators, and the upstream errors with their trace ids', async () => {
    const usage: Json = await eventually(async () => {
      const { body } = await graphqlAs(stack, { token: operator }, USAGE, { ...lastHour(), interval: 60 });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      const found = body.data.usage;
      const mine = found.topOperators.find((row: Json) => row.name === actor);
      // The download's row is completed (outcome and bytes) after its last byte: wait for that too.
      const complete = BigInt(found.total.bytesDownloaded) >= BigInt(SMALL_BYTES);
      return mine?.lookups >= 4 && mine?.downloads >= 1 && complete ? found : undefined;
    });
    expect(usage.interval).toBe(60);
    expect(usage.buckets.length).toBeGreaterThanOrEqual(60);
    // MINIMAX_RPM 600 per 60-second window: 600 upstream requests per one-minute bucket.
    expect(usage.upstreamBudget).toBe(600);
    const count = (outcome: string) =>
      usage.total.lookups.find((row: Json) => row.outcome === outcome)?.count ?? 0;
    expect(count('File')).toBeGreaterThanOrEqual(2);
    expect(count('FileNotFound')).toBeGreaterThanOrEqual(1);
    expect(count('AuthenticationFailed')).toBeGreaterThanOrEqual(1);
    // small once (then cached), the missing id, the refused one, and the download's metadata is cached: 3 or more.
    expect(usage.total.upstreamRequests).toBeGreaterThanOrEqual(3);
    expect(usage.total.upstreamLatencyP50Ms).toBeGreaterThan(0);
    expect(usage.total.upstreamLatencyP95Ms).toBeGreaterThanOrEqual(usage.total.upstreamLatencyP50Ms);
    // The gateway's own latency of the look-ups, as it served them (every look-up is timed, cache hits too).
    expect(usage.total.gatewayLatencyP50Ms).toBeGreaterThan(0);
    expect(usage.total.gatewayLatencyP95Ms).toBeGreaterThanOrEqual(usage.total.gatewayLatencyP50Ms);
    expect(BigInt(usage.total.bytesDownloaded)).toBeGreaterThanOrEqual(BigInt(SMALL_BYTES));
    expect(usage.topFiles).toContainEqual({
      fileId: SEEDED.small,
      downloads: expect.any(Number),
      bytes: expect.anything(),
    });
    expect(usage.topOperators).toContainEqual({
      name: actor,
      lookups: 4,
      downloads: 1,
      bytes: String(SMALL_BYTES),
    });
    expect(usage.upstreamErrors).toContainEqual({
      at: expect.any(String),
      actor,
      action: 'LOOKUP',
      fileId: SEEDED.beyondSafe,
      outcome: 'AuthenticationFailed',
      upstreamCode: 1004,
      traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('answers hourly buckets from the roll-ups with the same totals', async () => {
    const day = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString() };
    const { body } = await graphqlAs(stack, { token: operator }, USAGE, { ...day, interval: 3600 });
    expect(body.errors).toBeUndefined();
    expect(body.data.usage.buckets.length).toBeGreaterThanOrEqual(24);
    expect(body.data.usage.upstreamBudget).toBe(36_000);
    expect(body.data.usage.topOperators).toContainEqual(expect.objectContaining({ name: actor, lookups: 4 }));
  });

  it('refuses a VIEWER (FORBIDDEN, audited) and a bad range (BAD_USER_INPUT)', async () => {
    const refused = await graphqlAs(stack, { token: viewer }, USAGE, { ...lastHour(), interval: 60 });
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const tooFine = await graphqlAs(stack, { token: operator }, USAGE, { ...lastHour(), interval: 30 });
    expect(tooFine.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(tooFine.body.errors[0].message).toMatch(/interval/);
    const backwards = await graphqlAs(stack, { token: operator }, USAGE, {
      from: new Date().toISOString(),
      to: new Date(Date.now() - 60_000).toISOString(),
      interval: 60,
    });
    expect(backwards.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
