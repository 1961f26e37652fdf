import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { lookUp } from '../src/harness/lookup.js';
import { retrieveRequests, type Stack, startStack } from '../src/harness/stack.js';

const HERD = 100;
const distinct = (from: bigint, count: number) =>
  Array.from({ length: count }, (_, index) => (from + BigInt(index)).toString());

/** Many clients asking at once must not multiply the load on an upstream that is slow or failing. */
describe('upstream amplification under faults', () => {
  let stack: Stack;

  beforeAll(async () => {
    // The slow id's latency must outlast the time 100 requests take to reach a busy gateway (a FileNotFound is not
    // cached, so a request arriving after the answer makes a second upstream request); the timeout outlasts both.
    // A fresh-clone CI run, with this suite's other files loading the machine beside it, once took over 1.5 s to
    // deliver the 100: hence 4 s, under a 15 s timeout.
    stack = await startStack({ gatewayEnv: { MINIMAX_TIMEOUT_MS: '15000', MINIMAX_MAX_RETRIES: '2' } });
  });
  afterAll(() => stack?.close());

  it(`${HERD} concurrent look-ups of one slow id make one upstream request`, async ({ task }) => {
    const id = '8500000000000001';
    stack.emulator.setFault({ fileId: id, route: 'retrieve', latencyMs: 4000 });
    const results = await Promise.all(Array.from({ length: HERD }, () => lookUp(stack.gateway, id)));
    expect(results.map((result) => result.file?.__typename)).toEqual(Array(HERD).fill('FileNotFound'));
    expect(retrieveRequests(stack.emulator, id)).toBe(1);
    record(task, { faultsSurvived: 1, requestsServedUnderFaults: HERD });
  });

  it(`${HERD} concurrent look-ups of one failing id make one round of retries (3 requests), not ${HERD * 3}`, async ({
    task,
  }) => {
    const id = '8500000000000002';
    stack.emulator.setFault({ fileId: id, route: 'retrieve', httpStatus: 503 });
    const results = await Promise.all(Array.from({ length: HERD }, () => lookUp(stack.gateway, id)));
    expect(results.map((result) => result.file?.__typename)).toEqual(Array(HERD).fill('UpstreamError'));
    expect(retrieveRequests(stack.emulator, id)).toBe(3);
    record(task, { faultsSurvived: 1, requestsServedUnderFaults: HERD });
  });

  it('rides out an upstream RPM limit: RateLimited while it lasts, served again after', async ({ task }) => {
    stack.emulator.clearRequests();
    stack.emulator.setRpmLimit(5);
    const during = await Promise.all(
      distinct(8_500_000_000_001_000n, 12).map((id) => lookUp(stack.gateway, id)),
    );
    const members = during.map((result) => result.file?.__typename);
    expect(members.filter((member) => member === 'FileNotFound').length).toBeLessThanOrEqual(5);
    expect(members.filter((member) => member === 'RateLimited').length).toBeGreaterThanOrEqual(7);
    expect(members.every((member) => member === 'FileNotFound' || member === 'RateLimited')).toBe(true);
    const limited = during.find((result) => result.file?.__typename === 'RateLimited');
    expect(limited?.file).toMatchObject({ retryable: true, upstreamCode: 1002 });
    // Each refused id was tried 1 + MINIMAX_MAX_RETRIES times, no more.
    expect(retrieveRequests(stack.emulator)).toBeLessThanOrEqual(5 + 7 * 3);
    stack.emulator.setRpmLimit(undefined);
    const after = await lookUp(stack.gateway, SEEDED.voiceClone);
    expect(after.file).toMatchObject({ __typename: 'File', id: SEEDED.voiceClone });
    record(task, { faultsSurvived: 1, requestsServedUnderFaults: 13 });
  });
});
