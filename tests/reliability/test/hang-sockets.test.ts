import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { downloadThroughGateway, referenceBytes } from '../src/harness/download.js';
import { lookUp } from '../src/harness/lookup.js';
import { type Stack, startStack } from '../src/harness/stack.js';

const TIMEOUT_MS = 500;
const MAX_RETRIES = 2;
// Below core's 32 connections per upstream origin, so that every attempt really reaches the upstream.
const HANGING = 24;
// Idle keep-alive connections to the upstream are closed by the pool after about 4 s of disuse.
const SETTLE_MS = 6_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hangingId = (index: number) => String(8_000_000_000_000_000n + BigInt(index));

/** Polls until the gateway holds at most `limit` sockets; returns the last count. */
async function socketsSettle(stack: Stack, limit: number, withinMs = SETTLE_MS): Promise<number> {
  const deadline = performance.now() + withinMs;
  let count = stack.gateway.openSockets();
  while (count > limit && performance.now() < deadline) {
    await sleep(50);
    count = stack.gateway.openSockets();
  }
  return count;
}

describe('an upstream that never answers cannot pin sockets or memory', () => {
  let stack: Stack;
  let baseline: number;

  const hungAttempts = () =>
    stack.emulator.requests.filter(
      (entry) => entry.route === 'retrieve' && entry.fileId?.startsWith('80000000'),
    ).length;

  beforeAll(async () => {
    stack = await startStack({
      gatewayEnv: {
        MINIMAX_TIMEOUT_MS: String(TIMEOUT_MS),
        MINIMAX_MAX_RETRIES: String(MAX_RETRIES),
        GATEWAY_UPSTREAM_CONCURRENCY: '64',
      },
    });
    // Warm up: keep-alive connections to the upstream exist from here on and belong to the baseline.
    for (const id of [SEEDED.speechWav, SEEDED.small, SEEDED.maxId]) await lookUp(stack.gateway, id);
    await downloadThroughGateway(stack.gateway, SEEDED.small);
    await sleep(200);
    baseline = stack.gateway.openSockets();
  });
  afterAll(() => stack?.close());

  it(`times out ${HANGING} hung look-ups as UpstreamTimeout and lets go of every socket`, async ({
    task,
  }) => {
    for (let index = 0; index < HANGING; index++) {
      stack.emulator.setFault({ fileId: hangingId(index), route: 'retrieve', hang: true });
    }
    // The gateway's embedded database grows its heap with its first audit writes and keeps it: as many answered
    // look-ups first, so the figure below is what the hung ones cost.
    await Promise.all(
      Array.from({ length: HANGING }, (_, index) =>
        lookUp(stack.gateway, String(8_100_000_000_000_000n + BigInt(index))),
      ),
    );
    const rssBefore = stack.gateway.rssBytes();
    const started = performance.now();
    const lookups = Promise.all(
      Array.from({ length: HANGING }, (_, index) => lookUp(stack.gateway, hangingId(index))),
    );
    // Once every first attempt has reached the upstream, each hung look-up holds two sockets.
    const firstAttemptsArrived = async () => {
      const deadline = performance.now() + TIMEOUT_MS;
      while (performance.now() < deadline && hungAttempts() < HANGING) await sleep(10);
    };
    await firstAttemptsArrived();
    const whileHung = stack.gateway.openSockets();
    const results = await lookups;
    const elapsed = performance.now() - started;
    const after = await socketsSettle(stack, baseline + 2);
    const rssAfter = stack.gateway.rssBytes();

    // The count does see sockets held by hung requests (one to the client and one upstream each).
    expect(whileHung).toBeGreaterThanOrEqual(baseline + HANGING);
    expect(results.map((result) => result.file?.__typename)).toEqual(Array(HANGING).fill('UpstreamTimeout'));
    expect(results.every((result) => result.file?.retryable === true)).toBe(true);
    // Three attempts of 300 ms plus two backoffs (at most 0.5 s and 1 s): bounded, not forever.
    expect(elapsed).toBeLessThan((MAX_RETRIES + 1) * TIMEOUT_MS + 1_500 + 1_500);
    expect(hungAttempts()).toBe(HANGING * (MAX_RETRIES + 1));
    record(task, {
      faultsSurvived: HANGING,
      requestsServedUnderFaults: HANGING,
      leaksFound: Math.max(0, after - (baseline + 2)),
      peakRssBytes: Math.max(rssBefore, rssAfter),
    });
    expect(
      after,
      `sockets: baseline ${baseline}, while hung ${whileHung}, after ${after}`,
    ).toBeLessThanOrEqual(baseline + 2);
    expect(rssAfter - rssBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('times out hung downloads and lets go of their sockets', async ({ task }) => {
    // Both ways to the bytes hang: the signed link and the API's own content route.
    stack.emulator.setFault({ fileId: SEEDED.voiceClone, route: 'storage', hang: true });
    stack.emulator.setFault({ fileId: SEEDED.voiceClone, route: 'retrieve_content', hang: true });
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => downloadThroughGateway(stack.gateway, SEEDED.voiceClone)),
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(504));
    const after = await socketsSettle(stack, baseline + 2);
    record(task, {
      faultsSurvived: 10,
      requestsServedUnderFaults: 10,
      leaksFound: Math.max(0, after - baseline - 2),
    });
    expect(after).toBeLessThanOrEqual(baseline + 2);
    stack.emulator.clearFaults();
  });

  it('stops the upstream transfer when the client walks away from a slow download', async ({ task }) => {
    stack.emulator.clearRequests();
    const expected = await referenceBytes(stack.emulator, SEEDED.promptAudio);
    // Ten seconds of body: far longer than this test waits.
    stack.emulator.setFault({
      fileId: SEEDED.promptAudio,
      route: 'storage',
      slowDripBytesPerSecond: Math.ceil(expected.length / 10),
    });
    const controllers = Array.from({ length: 10 }, () => new AbortController());
    const downloads = controllers.map((controller) =>
      fetch(`${stack.gateway.url}/files/${SEEDED.promptAudio}/content`, {
        headers: { authorization: `Bearer ${stack.gateway.token}` },
        signal: controller.signal,
      }).then((response) => response.arrayBuffer()),
    );
    const streamingDeadline = performance.now() + 3_000;
    while (stack.gateway.openSockets() < baseline + 10 && performance.now() < streamingDeadline)
      await sleep(20);
    const whileStreaming = stack.gateway.openSockets();
    for (const controller of controllers) controller.abort();
    await Promise.allSettled(downloads);
    const after = await socketsSettle(stack, baseline + 2);
    record(task, { leaksFound: Math.max(0, after - baseline - 2) });
    expect(whileStreaming).toBeGreaterThanOrEqual(baseline + 10);
    expect(
      after,
      `sockets: baseline ${baseline}, streaming ${whileStreaming}, after ${after}`,
    ).toBeLessThanOrEqual(baseline + 2);
    stack.emulator.clearFaults();
  });

  it('still answers correctly afterwards', async () => {
    const lookup = await lookUp(stack.gateway, SEEDED.nonAscii);
    expect(lookup.file).toMatchObject({ __typename: 'File', id: SEEDED.nonAscii });
  });
});
