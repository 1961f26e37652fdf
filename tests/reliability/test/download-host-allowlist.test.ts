import { type Emulator, SEEDED, startEmulator } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { type CountingProxy, startCountingProxy } from '../src/harness/counting-proxy.js';
import { downloadThroughGateway, isCompleteCopy, referenceBytes } from '../src/harness/download.js';
import { type GatewayProcess, startGateway } from '../src/harness/gateway-process.js';
import { lookUp } from '../src/harness/lookup.js';
import { API_KEY } from '../src/harness/stack.js';

const FILES = [SEEDED.speechWav, SEEDED.maxId, SEEDED.withBackup];

/**
 * The emulator writes download links on http://localhost:<proxy>, a counting stand-in for a storage host.
 * The API itself is on 127.0.0.1, so "localhost" is a different host that only MINIMAX_DOWNLOAD_HOSTS can allow.
 */
describe('download links outside MINIMAX_DOWNLOAD_HOSTS are never fetched', () => {
  let emulator: Emulator;
  let proxy: CountingProxy;
  let refusing: GatewayProcess;
  let allowing: GatewayProcess;
  const expected = new Map<string, Buffer>();

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, quiet: true, apiKey: API_KEY });
    proxy = await startCountingProxy(emulator.url);
    // The catalogue is the same on every start: read the real bytes while links still point at the emulator.
    for (const id of FILES) expected.set(id, await referenceBytes(emulator, id));
    await emulator.close();
    // Restart the emulator so its links point at the proxy (which forwards back to it on the same port).
    emulator = await startEmulator({
      port: Number(new URL(emulator.url).port),
      quiet: true,
      apiKey: API_KEY,
      downloadOrigin: `http://localhost:${proxy.port}`,
    });
    proxy.hits.length = 0;
    const upstream = { upstreamUrl: emulator.url, apiKey: API_KEY };
    refusing = await startGateway({
      ...upstream,
      env: { MINIMAX_DOWNLOAD_HOSTS: '*.example.com,files.minimax.io' },
    });
    allowing = await startGateway({
      ...upstream,
      env: { MINIMAX_DOWNLOAD_HOSTS: `localhost:${proxy.port}` },
    });
  });
  afterAll(async () => {
    await refusing?.stop();
    await allowing?.stop();
    await proxy?.close();
    await emulator?.close();
  });

  it('refuses the link with no request to its host (and no crash)', async ({ task }) => {
    proxy.hits.length = 0;
    for (const id of FILES) {
      const response = await downloadThroughGateway(refusing, id);
      // Serving the bytes from the API host itself (retrieve_content) is fine; a short or fake file is not.
      if (response.status === 200) expect(isCompleteCopy(response, expected.get(id) as Buffer)).toBe(true);
      else expect(response.status, response.text).toBe(502);
    }
    record(task, { leaksFound: proxy.hits.length });
    expect(proxy.hits).toEqual([]);
    expect(refusing.isRunning()).toBe(true);
  });

  it('still answers the metadata look-up', async () => {
    const lookup = await lookUp(refusing, SEEDED.speechWav);
    expect(lookup.file).toMatchObject({ __typename: 'File', id: SEEDED.speechWav });
    expect(proxy.hits).toEqual([]);
  });

  it('does fetch from the host once it is allowed, without the API key (the counter works)', async ({
    task,
  }) => {
    proxy.hits.length = 0;
    for (const id of FILES) {
      const response = await downloadThroughGateway(allowing, id);
      expect(isCompleteCopy(response, expected.get(id) as Buffer)).toBe(true);
    }
    expect(proxy.hits.length).toBeGreaterThanOrEqual(FILES.length);
    const withKey = proxy.hits.filter((hit) => hit.hasAuthorization);
    record(task, { leaksFound: withKey.length });
    expect(withKey).toEqual([]);
  });
});

/** A link that carries credentials is refused even on an allowed host: they would go to that host. */
describe('download links with credentials in them are never fetched', () => {
  let emulator: Emulator;
  let proxy: CountingProxy;
  let gateway: GatewayProcess;

  beforeAll(async () => {
    const first = await startEmulator({ port: 0, quiet: true, apiKey: API_KEY });
    const port = Number(new URL(first.url).port);
    await first.close();
    proxy = await startCountingProxy(`http://127.0.0.1:${port}`);
    emulator = await startEmulator({
      port,
      quiet: true,
      apiKey: API_KEY,
      downloadOrigin: `http://operator:hunter2@localhost:${proxy.port}`,
    });
    gateway = await startGateway({
      upstreamUrl: emulator.url,
      apiKey: API_KEY,
      env: { MINIMAX_DOWNLOAD_HOSTS: `localhost:${proxy.port}` },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await proxy?.close();
    await emulator?.close();
  });

  it('makes no request to the host and answers without a 5xx crash or a short file', async ({ task }) => {
    const response = await downloadThroughGateway(gateway, SEEDED.speechWav);
    if (response.status === 200) expect(response.complete).toBe(true);
    else expect(response.status, response.text).toBe(502);
    expect(response.text).not.toContain('hunter2');
    record(task, { leaksFound: proxy.hits.length });
    expect(proxy.hits).toEqual([]);
    expect(gateway.isRunning()).toBe(true);
  });
});
