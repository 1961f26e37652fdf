import { afterEach, describe, expect, it } from 'vitest';
import { SEEDED, startEmulator } from '../src/index.js';
import { api, downloadUrlOf, jsonOf, readAll, retrieveJson, useEmulator } from './helpers.js';

const emulator = useEmulator();
afterEach(() => emulator().clearFaults());

const retrievePath = (id: string = SEEDED.small) => `/v1/files/retrieve?file_id=${id}`;
const baseResp = async (response: Response) => (await jsonOf(response)).base_resp;

describe('substituted answers', () => {
  it('answers any base_resp code with HTTP 200 and a default message', async () => {
    emulator().setFault({ statusCode: 1008 });
    const response = await api(emulator(), retrievePath());
    expect(response.status).toBe(200);
    expect(response.headers.get('trace-id')).toBeTruthy();
    expect(await baseResp(response)).toEqual({ status_code: 1008, status_msg: 'insufficient balance' });
  });

  it('uses the given statusMsg', async () => {
    emulator().setFault({ statusCode: 1027, statusMsg: 'output new_sensitive' });
    expect(await baseResp(await api(emulator(), retrievePath()))).toEqual({
      status_code: 1027,
      status_msg: 'output new_sensitive',
    });
  });

  it('answers status_code 0 without a file when asked', async () => {
    emulator().setFault({ statusCode: 0 });
    const body = await jsonOf(await api(emulator(), retrievePath()));
    expect(body).toEqual({ base_resp: { status_code: 0, status_msg: 'success' } });
  });

  it('answers an HTTP 5xx with an HTML page', async () => {
    emulator().setFault({ httpStatus: 502 });
    const response = await api(emulator(), retrievePath());
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<title>502 Bad Gateway</title>');
  });

  it('answers HTTP 404 and 429 with MiniMax JSON bodies', async () => {
    emulator().setFault({ httpStatus: 404, times: 1 });
    const notFound = await api(emulator(), retrievePath());
    expect(notFound.status).toBe(404);
    expect((await baseResp(notFound)).status_msg).toMatch(/file not found/);
    emulator().setFault({ httpStatus: 429, times: 1 });
    const limited = await api(emulator(), retrievePath());
    expect(limited.status).toBe(429);
    expect((await baseResp(limited)).status_code).toBe(1002);
  });

  it('answers an HTTP status with a chosen body or base_resp', async () => {
    emulator().setFault({ httpStatus: 404, httpBody: 'Not Found', times: 1 });
    const plain = await api(emulator(), retrievePath());
    expect(plain.status).toBe(404);
    expect(plain.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await plain.text()).toBe('Not Found');
    emulator().setFault({ httpStatus: 503, statusCode: 1013, times: 1 });
    const json = await api(emulator(), retrievePath());
    expect(json.status).toBe(503);
    expect(await baseResp(json)).toEqual({ status_code: 1013, status_msg: 'internal service error' });
  });

  it('adds Retry-After to whatever is answered', async () => {
    emulator().setFault({ statusCode: 1002, retryAfterSeconds: 7 });
    const response = await api(emulator(), retrievePath());
    expect(response.headers.get('retry-after')).toBe('7');
    expect((await baseResp(response)).status_code).toBe(1002);
  });

  it('answers malformed JSON as a complete HTTP 200 message', async () => {
    emulator().setFault({ malformedJson: true });
    const response = await api(emulator(), retrievePath());
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.length).toBe(Number(response.headers.get('content-length')));
    expect(() => JSON.parse(text)).toThrow();
  });
});

describe('transport faults', () => {
  it('adds latency', async () => {
    emulator().setFault({ latencyMs: 150 });
    const started = performance.now();
    const response = await api(emulator(), retrievePath());
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect((await baseResp(response)).status_code).toBe(0);
  });

  it('hangs until the client gives up', async () => {
    emulator().setFault({ hang: true, times: 1 });
    const attempt = api(emulator(), retrievePath(), { signal: AbortSignal.timeout(150) });
    await expect(attempt).rejects.toThrow(/timeout|aborted/i);
    expect((await baseResp(await api(emulator(), retrievePath()))).status_code).toBe(0);
  });

  it('close() ends hanging requests at once', async () => {
    const own = await startEmulator({ port: 0, faults: [{ hang: true }] });
    const pending = fetch(`${own.url}${retrievePath()}`, {
      headers: { Authorization: `Bearer ${own.apiKey}` },
    });
    pending.catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(3000); // without closing sockets it would wait forever
    await expect(pending).rejects.toThrow();
  });

  it('resets the connection', async () => {
    emulator().setFault({ resetConnection: true, times: 1 });
    const error = await api(emulator(), retrievePath()).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
  });

  it('truncates a JSON body after announcing its full length', async () => {
    emulator().setFault({ truncateBody: true, times: 1 });
    const response = await api(emulator(), retrievePath());
    const announced = Number(response.headers.get('content-length'));
    const { bytes, error } = await readAll(response);
    expect(error).toBeDefined();
    expect(bytes.length).toBe(Math.floor(announced / 2));
  });

  it('truncates a download after announcing its full length', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.unknownSize);
    emulator().setFault({ route: 'storage', truncateBody: true, times: 1 });
    const response = await fetch(url);
    expect(response.headers.get('content-length')).toBe('786509');
    const { bytes, error } = await readAll(response);
    expect(error).toBeDefined();
    expect(bytes.length).toBe(Math.floor(786_509 / 2));
  });

  it('drips the body slowly but completely', async () => {
    emulator().setFault({ slowDripBytesPerSecond: 2000, times: 1 });
    const started = performance.now();
    const response = await api(emulator(), retrievePath());
    const text = await response.text();
    const elapsed = performance.now() - started;
    expect(JSON.parse(text).base_resp.status_code).toBe(0);
    expect(elapsed).toBeGreaterThanOrEqual((text.length / 2000) * 1000 * 0.8);
  });
});

describe('matching', () => {
  it('applies `times` to the next N matching requests only', async () => {
    emulator().setFault({ statusCode: 1001, times: 2 });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++)
      codes.push((await baseResp(await api(emulator(), retrievePath()))).status_code);
    expect(codes).toEqual([1001, 1001, 0]);
  });

  it('targets one file id, leaving the others alone', async () => {
    emulator().setFault({ fileId: SEEDED.maxId, statusCode: 1026 });
    expect((await baseResp(await api(emulator(), retrievePath(SEEDED.maxId)))).status_code).toBe(1026);
    expect((await baseResp(await api(emulator(), retrievePath(SEEDED.small)))).status_code).toBe(0);
  });

  it('targets one route', async () => {
    emulator().setFault({ route: 'retrieve_content', statusCode: 1013 });
    expect((await baseResp(await api(emulator(), retrievePath()))).status_code).toBe(0);
    const content = await api(emulator(), `/v1/files/retrieve_content?file_id=${SEEDED.small}`);
    expect((await baseResp(content)).status_code).toBe(1013);
  });

  it('lets the storage link fail while the backup link works', async () => {
    const { file } = await retrieveJson(emulator(), SEEDED.withBackup);
    emulator().setFault({ route: 'storage', httpStatus: 503 });
    expect((await fetch(file?.download_url ?? '')).status).toBe(503);
    expect((await fetch(file?.backup_download_url ?? '')).status).toBe(200);
  });

  it('lets the latest matching rule win over an older global one', async () => {
    emulator().setFault({ statusCode: 1000 });
    emulator().setFault({ fileId: SEEDED.maxId, statusCode: 1039 });
    expect((await baseResp(await api(emulator(), retrievePath(SEEDED.maxId)))).status_code).toBe(1039);
    expect((await baseResp(await api(emulator(), retrievePath(SEEDED.small)))).status_code).toBe(1000);
  });

  it('never faults the control and health endpoints', async () => {
    emulator().setFault({ httpStatus: 500 });
    expect((await fetch(`${emulator().url}/healthz`)).status).toBe(200);
    expect((await fetch(`${emulator().url}/_emulator/faults`)).status).toBe(200);
  });

  it('clearFaults() removes every rule', async () => {
    emulator().setFault({ statusCode: 1000 });
    emulator().clearFaults();
    expect((await baseResp(await api(emulator(), retrievePath()))).status_code).toBe(0);
  });

  it('takes rules from the faults option at start', async () => {
    const own = await startEmulator({
      port: 0,
      faults: [{ fileId: SEEDED.small, statusCode: 1004, times: 1 }],
    });
    try {
      expect((await baseResp(await api(own, retrievePath()))).status_code).toBe(1004);
      expect((await baseResp(await api(own, retrievePath()))).status_code).toBe(0);
    } finally {
      await own.close();
    }
  });

  it('rejects rules with unknown fields or wrong types', () => {
    expect(() => emulator().setFault({ statusCod: 1000 } as never)).toThrow(/unknown fault rule field/);
    expect(() => emulator().setFault({ hang: 'yes' } as never)).toThrow(/boolean/);
    expect(() => emulator().setFault({ route: 'control' } as never)).toThrow(/route/);
    expect(() => emulator().setFault({ statusCode: 1000, times: 0 })).toThrow(/times/);
    expect(() => emulator().setFault({ latencyMs: -5 })).toThrow(/negative/);
    expect(() => emulator().setFault({ httpStatus: 99 })).toThrow(/httpStatus/);
  });
});

describe('RPM limit', () => {
  it('answers 1002 past N API requests a minute', async () => {
    const own = await startEmulator({ port: 0, rpmLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await baseResp(await api(own, retrievePath()))).status_code);
      expect(codes).toEqual([0, 0, 0, 1002, 1002]);
      own.setRpmLimit(undefined);
      expect((await baseResp(await api(own, retrievePath()))).status_code).toBe(0);
    } finally {
      await own.close();
    }
  });

  it('does not count storage downloads (object storage has its own limits)', async () => {
    const own = await startEmulator({ port: 0, rpmLimit: 1 });
    try {
      const url = await downloadUrlOf(own, SEEDED.small);
      for (let i = 0; i < 3; i++) expect((await fetch(url)).status).toBe(200);
      expect((await baseResp(await api(own, retrievePath()))).status_code).toBe(1002);
    } finally {
      await own.close();
    }
  });
});
