import type { FaultRule } from '@minimax-files/emulator';
import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import type { FileResultMember } from '../src/harness/file-result.js';
import { type Lookup, lookUp } from '../src/harness/lookup.js';
import { retrieveRequests, type Stack, startStack } from '../src/harness/stack.js';

const MAX_RETRIES = 2;
// Long enough for a busy two-core machine (at 1 s, a fresh-clone run saw a 250 ms answer time out while the
// other suites' load tests ran beside it), short enough that a hang resolves in about 11 s.
const TIMEOUT_MS = 3_000;

interface Row {
  name: string;
  fault: Omit<FaultRule, 'fileId' | 'route'>;
  member: FileResultMember;
  retryable: boolean;
  /** Upstream attempts the design promises: 1 + MINIMAX_MAX_RETRIES for retryable kinds, else 1. */
  attempts: number;
  upstreamCode?: number;
  httpStatus?: number;
  retryAfterSeconds?: number;
}

const retried = 1 + MAX_RETRIES;

function code(statusCode: number, member: FileResultMember, retryable: boolean): Row {
  return {
    name: `base_resp ${statusCode}`,
    fault: { statusCode },
    member,
    retryable,
    attempts: retryable ? retried : 1,
    upstreamCode: statusCode,
  };
}

/** Every row of the contract's table, each on its own file id so they can run at once. */
const ROWS: Row[] = [
  code(1000, 'UpstreamError', true),
  code(1001, 'UpstreamTimeout', true),
  code(1002, 'RateLimited', true),
  code(1004, 'AuthenticationFailed', false),
  code(1008, 'InsufficientBalance', false),
  code(1013, 'UpstreamError', true),
  code(1024, 'UpstreamError', true),
  code(1026, 'ContentRejected', false),
  code(1027, 'ContentRejected', false),
  code(1033, 'UpstreamError', true),
  code(1039, 'RateLimited', true),
  code(2013, 'InvalidFileId', false),
  code(1234, 'UpstreamError', false),
  {
    name: 'a non-zero code whose status_msg says the file does not exist',
    fault: { statusCode: 2013, statusMsg: 'invalid params, file not found' },
    member: 'FileNotFound',
    retryable: false,
    attempts: 1,
  },
  {
    name: 'status_code 0 without a file',
    fault: { httpStatus: 200, httpBody: '{"base_resp":{"status_code":0,"status_msg":"success"}}' },
    member: 'FileNotFound',
    retryable: false,
    attempts: 1,
  },
  {
    name: 'HTTP 404 with a MiniMax body',
    fault: { httpStatus: 404 },
    member: 'FileNotFound',
    retryable: false,
    attempts: 1,
  },
  {
    name: 'HTTP 404 that is not MiniMax (wrong base URL)',
    fault: { httpStatus: 404, httpBody: '<html><body>404 Not Found</body></html>' },
    member: 'UpstreamError',
    retryable: false,
    attempts: 1,
    httpStatus: 404,
  },
  { name: 'HTTP 429', fault: { httpStatus: 429 }, member: 'RateLimited', retryable: true, attempts: retried },
  {
    name: 'HTTP 429 with Retry-After: 1 (waited out)',
    fault: { httpStatus: 429, retryAfterSeconds: 1 },
    member: 'RateLimited',
    retryable: true,
    attempts: retried,
    retryAfterSeconds: 1,
  },
  {
    name: 'HTTP 429 with Retry-After: 120 (too long to wait: answered at once)',
    fault: { httpStatus: 429, retryAfterSeconds: 120 },
    member: 'RateLimited',
    retryable: true,
    attempts: 1,
    retryAfterSeconds: 120,
  },
  ...[500, 502, 503].map(
    (httpStatus): Row => ({
      name: `HTTP ${httpStatus}`,
      fault: { httpStatus },
      member: 'UpstreamError',
      retryable: true,
      attempts: retried,
      httpStatus,
    }),
  ),
  {
    name: 'malformed JSON',
    fault: { malformedJson: true },
    member: 'UpstreamError',
    retryable: false,
    attempts: 1,
  },
  {
    name: 'truncated JSON (shorter than Content-Length)',
    fault: { truncateBody: true },
    member: 'UpstreamError',
    retryable: false,
    attempts: 1,
  },
  {
    name: 'connection reset before answering',
    fault: { resetConnection: true },
    member: 'UpstreamError',
    retryable: true,
    attempts: retried,
  },
  { name: 'a hang', fault: { hang: true }, member: 'UpstreamTimeout', retryable: true, attempts: retried },
  {
    name: 'a slow drip (the body outlasts the per-attempt timeout)',
    fault: { slowDripBytesPerSecond: 10 },
    member: 'UpstreamTimeout',
    retryable: true,
    attempts: retried,
  },
  {
    name: 'latency below the per-attempt timeout',
    fault: { latencyMs: 250 },
    member: 'FileNotFound',
    retryable: false,
    attempts: 1,
  },
];

/** Ids that are not in the catalogue: without a fault they answer FileNotFound. */
const idFor = (index: number) => String(7_100_000_000_000_000n + BigInt(index));

describe('upstream fault matrix through the gateway', () => {
  let stack: Stack;
  const outcomes = new Map<string, { lookup: Lookup; attempts: number; after: Lookup }>();

  beforeAll(async () => {
    stack = await startStack({
      gatewayEnv: {
        MINIMAX_MAX_RETRIES: String(MAX_RETRIES),
        MINIMAX_TIMEOUT_MS: String(TIMEOUT_MS),
        GATEWAY_UPSTREAM_CONCURRENCY: '64',
      },
    });
    ROWS.forEach((row, index) => {
      stack.emulator.setFault({ ...row.fault, fileId: idFor(index), route: 'retrieve' });
    });
    const lookups = await Promise.all(ROWS.map((_, index) => lookUp(stack.gateway, idFor(index))));
    const attempts = ROWS.map((_, index) => retrieveRequests(stack.emulator, idFor(index)));
    stack.emulator.clearFaults();
    const after = await Promise.all(ROWS.map((_, index) => lookUp(stack.gateway, idFor(index))));
    ROWS.forEach((row, index) => {
      outcomes.set(row.name, {
        lookup: lookups[index] as Lookup,
        attempts: attempts[index] as number,
        after: after[index] as Lookup,
      });
    });
  }, 60_000);
  afterAll(() => stack?.close());

  it.each(ROWS)('$name → $member, $attempts upstream attempt(s)', (row) => {
    const outcome = outcomes.get(row.name);
    if (!outcome) throw new Error(`no outcome for ${row.name}`);
    const { lookup, attempts } = outcome;
    expect(lookup.response.status, lookup.response.text).toBe(200);
    expect(lookup.response.json?.errors).toBeUndefined();
    expect(lookup.file?.__typename, lookup.response.text).toBe(row.member);
    if (row.member !== 'File') {
      expect(lookup.file?.retryable).toBe(row.retryable);
      expect(lookup.file?.message).toMatch(/\S/);
    }
    if (row.upstreamCode !== undefined) expect(lookup.file?.upstreamCode).toBe(row.upstreamCode);
    if (row.httpStatus !== undefined) expect(lookup.file?.httpStatus).toBe(row.httpStatus);
    if (row.retryAfterSeconds !== undefined)
      expect(lookup.file?.retryAfterSeconds).toBe(row.retryAfterSeconds);
    if (row.member === 'AuthenticationFailed') expect(lookup.file?.regionHint).toMatch(/api\.minimaxi\.com/);
    expect(attempts).toBe(row.attempts);
  });

  it('answers the same ids correctly once the faults are gone (nothing failed is cached)', ({ task }) => {
    const wrong = ROWS.flatMap((row, index) => {
      const after = outcomes.get(row.name)?.after;
      return after?.file?.__typename === 'FileNotFound' && after.file.id === idFor(index)
        ? []
        : [`${row.name}: ${after?.response.text}`];
    });
    expect(wrong).toEqual([]);
    record(task, { faultsSurvived: ROWS.length, requestsServedUnderFaults: ROWS.length });
  });

  it('waits out a short Retry-After instead of hammering the upstream', () => {
    const outcome = outcomes.get('HTTP 429 with Retry-After: 1 (waited out)');
    expect(outcome?.lookup.elapsedMs).toBeGreaterThanOrEqual(2 * 1000 - 50);
  });

  it('stays up and serves a seeded file after the whole matrix', async () => {
    expect(stack.gateway.isRunning()).toBe(true);
    const lookup = await lookUp(stack.gateway, SEEDED.maxId);
    expect(lookup.file).toMatchObject({ __typename: 'File', id: SEEDED.maxId });
  });
});
