import { type FaultRule, SEEDED } from '@minimax-files/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { curlDownload, hasCurl } from '../src/harness/curl.js';
import {
  downloadThroughGateway,
  fetchDownload,
  isCompleteCopy,
  referenceBytes,
  sha256,
} from '../src/harness/download.js';
import { apiRequests, type Stack, startStack } from '../src/harness/stack.js';

const FILE = SEEDED.speechWav;
const TIMEOUT_MS = 500;
const TEXT_FILE = SEEDED.noDownloadUrl;

describe('download faults through GET /files/{id}/content', () => {
  let stack: Stack;
  let expected: Buffer;
  let expectedText: Buffer;

  beforeAll(async () => {
    stack = await startStack({ gatewayEnv: { MINIMAX_TIMEOUT_MS: String(TIMEOUT_MS) } });
    expected = await referenceBytes(stack.emulator, FILE);
    expectedText = await referenceBytes(stack.emulator, TEXT_FILE);
    expect(expected.length).toBeGreaterThan(10_000);
  });
  afterEach(() => stack.emulator.clearFaults());
  afterAll(() => stack?.close());

  const storageFault = (rule: Omit<FaultRule, 'fileId' | 'route'>, fileId = FILE) =>
    stack.emulator.setFault({ ...rule, fileId, route: 'storage' });
  // Every source cut short: a storage link slower than TIMEOUT_MS on a busy machine falls back to retrieve_content,
  // which would otherwise serve the whole file and make the truncation unobservable.
  const truncateEverySource = () => {
    storageFault({ truncateBody: true });
    stack.emulator.setFault({ fileId: FILE, route: 'retrieve_content', truncateBody: true });
  };

  it('serves the exact bytes when nothing is wrong', async () => {
    const response = await downloadThroughGateway(stack.gateway, FILE);
    expect(response.status).toBe(200);
    expect(Number(response.headers['content-length'])).toBe(expected.length);
    expect(sha256(response.body)).toBe(sha256(expected));
  });

  it('turns a truncated storage body into a failed transfer, never a short file (node:http and fetch)', async ({
    task,
  }) => {
    truncateEverySource();
    const raw = await downloadThroughGateway(stack.gateway, FILE);
    expect(raw.complete, `${raw.status} ${raw.body.length} of ${raw.headers['content-length']}`).toBe(false);
    expect(raw.body.length).toBeLessThan(expected.length);
    const viaFetch = await fetchDownload(stack.gateway, FILE);
    expect(viaFetch.bodyError, `fetch read ${viaFetch.bytes?.length} bytes without an error`).toBeDefined();
    record(task, { faultsSurvived: 2, requestsServedUnderFaults: 2 });
  });

  it.runIf(hasCurl)('makes curl report a transfer error for a truncated storage body', async ({ task }) => {
    truncateEverySource();
    const result = await curlDownload(`${stack.gateway.url}/files/${FILE}/content`, stack.gateway.token);
    expect(result.exitCode, `curl wrote ${result.bytes} bytes`).not.toBe(0);
    record(task, { faultsSurvived: 1, requestsServedUnderFaults: 1 });
  });

  it('turns a truncated retrieve_content body (file without download_url) into a failed transfer', async ({
    task,
  }) => {
    stack.emulator.setFault({ fileId: TEXT_FILE, route: 'retrieve_content', truncateBody: true });
    const raw = await downloadThroughGateway(stack.gateway, TEXT_FILE);
    expect(raw.complete && raw.status === 200 && raw.body.length === expectedText.length).toBe(false);
    if (raw.status === 200) expect(raw.complete).toBe(false);
    record(task, { faultsSurvived: 1, requestsServedUnderFaults: 1 });
  });

  it.for<[string, Omit<FaultRule, 'fileId' | 'route'>]>([
    ['a connection reset before the storage answers', { resetConnection: true }],
    ['a storage host that hangs', { hang: true }],
    ['HTTP 403 from the storage (an expired link)', { httpStatus: 403 }],
    ['HTTP 500 from the storage', { httpStatus: 500 }],
  ])(
    '%s: either the exact bytes (from a fallback) or a clean 5xx error, never a short 200',
    async ([, rule], { task }) => {
      storageFault(rule);
      const response = await downloadThroughGateway(stack.gateway, FILE);
      if (response.status === 200) {
        expect(isCompleteCopy(response, expected)).toBe(true);
      } else {
        expect([502, 503, 504]).toContain(response.status);
        expect(response.complete).toBe(true);
        expect(JSON.parse(response.text)).toMatchObject({
          error: { kind: expect.any(String), message: expect.any(String) },
        });
      }
      record(task, { faultsSurvived: 1, requestsServedUnderFaults: 1 });
    },
  );

  it('delivers every byte of a slow drip that keeps moving (no false timeout on a long download)', async ({
    task,
  }) => {
    // Paced to take about 1.5 s in all.
    storageFault({ slowDripBytesPerSecond: Math.ceil(expected.length / 1.5) });
    const started = performance.now();
    const response = await downloadThroughGateway(stack.gateway, FILE);
    const elapsed = performance.now() - started;
    expect(isCompleteCopy(response, expected)).toBe(true);
    // Slower than the per-attempt timeout, so a timeout covering the whole body would have cut it.
    expect(elapsed).toBeGreaterThan(2 * TIMEOUT_MS);
    record(task, { faultsSurvived: 1, requestsServedUnderFaults: 1 });
  });

  it.for<[string, number, Omit<FaultRule, 'fileId' | 'route'>]>([
    ['authentication failed (1004)', 502, { statusCode: 1004 }],
    ['file not found (HTTP 404)', 404, { httpStatus: 404 }],
    ['rate limited (HTTP 429, Retry-After 120)', 429, { httpStatus: 429, retryAfterSeconds: 120 }],
    ['an upstream hang on the metadata look-up', 504, { hang: true }],
  ])(
    'metadata fault before a download — %s → HTTP %i with a JSON reason',
    async ([, status, rule], { task }) => {
      const id = String(7_700_000_000_000_000n + BigInt(status));
      stack.emulator.setFault({ ...rule, fileId: id, route: 'retrieve' });
      const response = await downloadThroughGateway(stack.gateway, id);
      expect(response.status, response.text).toBe(status);
      expect(JSON.parse(response.text)).toMatchObject({ error: { kind: expect.any(String) } });
      if (status === 429) expect(response.headers['retry-after']).toBe('120');
      record(task, { faultsSurvived: 1, requestsServedUnderFaults: 1 });
    },
  );

  it.each(['abc', '0', '-1', '9223372036854775808', '1e3', '%20%201', '%D9%A7'])(
    'refuses the malformed id %s with 400 and no upstream request',
    async (id) => {
      stack.emulator.clearRequests();
      const response = await downloadThroughGateway(stack.gateway, id);
      expect(response.status, response.text).toBe(400);
      expect(apiRequests(stack.emulator)).toBe(0);
    },
  );

  it('is still up and serves the exact bytes after every fault', async () => {
    expect(stack.gateway.isRunning()).toBe(true);
    const response = await downloadThroughGateway(stack.gateway, FILE);
    expect(isCompleteCopy(response, expected)).toBe(true);
  });
});
