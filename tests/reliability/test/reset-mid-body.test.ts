import { type Emulator, SEEDED, startEmulator } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { type CountingProxy, startCountingProxy } from '../src/harness/counting-proxy.js';
import { curlDownload, hasCurl } from '../src/harness/curl.js';
import {
  downloadThroughGateway,
  fetchDownload,
  isCompleteCopy,
  referenceBytes,
} from '../src/harness/download.js';
import { type GatewayProcess, startGateway } from '../src/harness/gateway-process.js';
import { lookUp } from '../src/harness/lookup.js';
import { API_KEY } from '../src/harness/stack.js';

const RESET_FILE = SEEDED.speechWav;
const RESET_LOOKUP = '8300000000000001';

/**
 * A peer that dies mid-body: a proxy in front of the emulator sends the headers and the first bytes, then a
 * TCP reset. It stands in for both the API host (a metadata answer cut by a reset) and the storage host.
 */
describe('a connection reset in the middle of a body', () => {
  let emulator: Emulator;
  let apiProxy: CountingProxy;
  let storageProxy: CountingProxy;
  let gateway: GatewayProcess;
  let expected: Buffer;
  let expectedSmall: Buffer;

  beforeAll(async () => {
    const first = await startEmulator({ port: 0, quiet: true, apiKey: API_KEY });
    // The catalogue is the same on every start: read the real bytes while links still point at the emulator.
    expected = await referenceBytes(first, RESET_FILE);
    expectedSmall = await referenceBytes(first, SEEDED.small);
    const port = Number(new URL(first.url).port);
    await first.close();
    const target = `http://127.0.0.1:${port}`;
    storageProxy = await startCountingProxy(target, {
      resetAfterBytes: (path) => (path.includes(RESET_FILE) ? 4096 : undefined),
    });
    apiProxy = await startCountingProxy(target, {
      resetAfterBytes: (path) => (path.includes(`file_id=${RESET_LOOKUP}`) ? 20 : undefined),
    });
    emulator = await startEmulator({
      port,
      quiet: true,
      apiKey: API_KEY,
      downloadOrigin: `http://localhost:${storageProxy.port}`,
    });
    gateway = await startGateway({
      upstreamUrl: apiProxy.url,
      apiKey: API_KEY,
      env: { MINIMAX_DOWNLOAD_HOSTS: `localhost:${storageProxy.port}` },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await apiProxy?.close();
    await storageProxy?.close();
    await emulator?.close();
  });

  it('a metadata answer cut by a reset → UpstreamError, retried only if it says retryable', async ({
    task,
  }) => {
    apiProxy.hits.length = 0;
    const lookup = await lookUp(gateway, RESET_LOOKUP);
    expect(lookup.response.status).toBe(200);
    expect(lookup.file?.__typename).toBe('UpstreamError');
    const attempts = apiProxy.hits.filter((hit) => hit.path.includes(RESET_LOOKUP)).length;
    expect(attempts).toBe(lookup.file?.retryable ? 3 : 1);
    record(task, { faultsSurvived: 1, requestsServedUnderFaults: 1 });
  });

  it('a download cut by a reset reaches the client as a failed transfer (node:http, fetch and curl)', async ({
    task,
  }) => {
    const raw = await downloadThroughGateway(gateway, RESET_FILE);
    expect(raw.complete, `${raw.status}, ${raw.body.length} bytes`).toBe(false);
    expect(raw.body.length).toBeLessThan(expected.length);
    const viaFetch = await fetchDownload(gateway, RESET_FILE);
    expect(viaFetch.bodyError, `fetch read ${viaFetch.bytes?.length} bytes without an error`).toBeDefined();
    if (hasCurl) {
      const viaCurl = await curlDownload(`${gateway.url}/files/${RESET_FILE}/content`, gateway.token);
      expect(viaCurl.exitCode, `curl wrote ${viaCurl.bytes} bytes and exited 0`).not.toBe(0);
    }
    record(task, { faultsSurvived: 3, requestsServedUnderFaults: 3 });
  });

  it('stays up and serves other files through the same hosts exactly', async () => {
    expect(gateway.isRunning()).toBe(true);
    const response = await downloadThroughGateway(gateway, SEEDED.small);
    expect(isCompleteCopy(response, expectedSmall)).toBe(true);
    const lookup = await lookUp(gateway, SEEDED.maxId);
    expect(lookup.file).toMatchObject({ __typename: 'File', id: SEEDED.maxId });
  });
});
