import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { SEEDED } from '../src/index.js';
import { api, jsonOf, useEmulator } from './helpers.js';

const emulator = useEmulator();
afterEach(() => {
  emulator().clearFaults();
  emulator().setRpmLimit(undefined);
});

const control = (path: string, init: RequestInit = {}) => fetch(`${emulator().url}/_emulator${path}`, init);
const postFault = (rule: unknown) =>
  control('/faults', {
    method: 'POST',
    body: JSON.stringify(rule),
    headers: { 'Content-Type': 'application/json' },
  });

describe('control endpoint', () => {
  it('POST /_emulator/faults adds a rule that the API then applies', async () => {
    const response = await postFault({ fileId: SEEDED.maxId, statusCode: 1008, times: 1 });
    expect(response.status).toBe(201);
    expect((await jsonOf(response)).faults).toEqual([{ fileId: SEEDED.maxId, statusCode: 1008, times: 1 }]);
    const body = await jsonOf(await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.maxId}`));
    expect(body.base_resp.status_code).toBe(1008);
    const after = await jsonOf(await control('/faults'));
    expect(after.faults).toEqual([]);
  });

  it('accepts an array of rules and normalises numeric file ids', async () => {
    const response = await postFault([
      { fileId: 42, statusCode: 1000 },
      { route: 'list', httpStatus: 500 },
    ]);
    expect(response.status).toBe(201);
    const { faults } = await jsonOf(await control('/faults'));
    expect(faults).toEqual([
      { fileId: '42', statusCode: 1000 },
      { route: 'list', httpStatus: 500 },
    ]);
  });

  it('DELETE /_emulator/faults clears every rule', async () => {
    await postFault({ statusCode: 1000 });
    expect((await control('/faults', { method: 'DELETE' })).status).toBe(200);
    const body = await jsonOf(await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`));
    expect(body.base_resp.status_code).toBe(0);
  });

  it('answers 400 for invalid JSON or an invalid rule', async () => {
    const broken = await control('/faults', {
      method: 'POST',
      body: '{nope',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    const invalid = await postFault({ latencyMs: 'slow' });
    expect(invalid.status).toBe(400);
    expect((await jsonOf(invalid)).error).toMatch(/latencyMs must be a number/);
    expect((await jsonOf(await control('/faults'))).faults).toEqual([]);
  });

  it('GET /_emulator/catalogue lists the seeded files with names, sizes and fresh links', async () => {
    const { files } = (await jsonOf(await control('/catalogue'))) as unknown as {
      files: { id: string; name?: string; bytes: number; reportedBytes: number; downloadUrl?: string }[];
    };
    expect(files.length).toBeGreaterThanOrEqual(12);
    const over2GiB = files.find((file) => file.id === SEEDED.over2GiB);
    expect(over2GiB).toMatchObject({ name: 'over2GiB', bytes: 3221225472, reportedBytes: 3221225472 });
    const unknownSize = files.find((file) => file.id === SEEDED.unknownSize);
    expect(unknownSize).toMatchObject({ reportedBytes: 0, bytes: 786_509 });
    const noUrl = files.find((file) => file.id === SEEDED.noDownloadUrl);
    expect(noUrl?.downloadUrl).toBeUndefined();
    const wav = files.find((file) => file.id === SEEDED.speechWav);
    expect((await fetch(wav?.downloadUrl ?? '')).status).toBe(200);
  });

  it('PUT /_emulator/rpm-limit sets and clears the limit', async () => {
    const put = (rpmLimit: unknown) =>
      control('/rpm-limit', {
        method: 'PUT',
        body: JSON.stringify({ rpmLimit }),
        headers: { 'content-type': 'application/json' },
      });
    expect((await put(1)).status).toBe(200);
    const codes: number[] = [];
    for (let i = 0; i < 2; i++) {
      codes.push(
        (await jsonOf(await api(emulator(), '/v1/files/list?purpose=t2a_async'))).base_resp.status_code,
      );
    }
    expect(codes).toEqual([0, 1002]);
    expect((await put(null)).status).toBe(200);
    const body = await jsonOf(await api(emulator(), '/v1/files/list?purpose=t2a_async'));
    expect(body.base_resp.status_code).toBe(0);
    expect((await put('many')).status).toBe(400);
  });

  it('answers 404 for an unknown control action', async () => {
    expect((await control('/nothing')).status).toBe(404);
  });

  // Issue 10 item 5: a cross-site page could POST a fault as text/plain (no preflight), or reach the endpoint
  // through DNS rebinding under its own Host name.
  it('refuses a body that is not JSON (a cross-site form or text/plain fetch), changing nothing', async () => {
    const response = await control('/faults', {
      method: 'POST',
      body: JSON.stringify({ fileId: SEEDED.maxId, statusCode: 1008 }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(415);
    expect((await jsonOf(await control('/faults'))).faults).toEqual([]);
  });

  it('answers only loopback Host names', async () => {
    const { port } = new URL(emulator().url);
    const withHost = (host: string, method = 'GET', body = '') =>
      new Promise<number>((resolve, reject) => {
        const outgoing = request({
          host: '127.0.0.1',
          port,
          path: '/_emulator/faults',
          method,
          headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        });
        outgoing.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        outgoing.on('error', reject);
        outgoing.end(body);
      });
    expect(await withHost(`localhost:${port}`)).toBe(200);
    expect(await withHost(`[::1]:${port}`)).toBe(200);
    expect(await withHost(`evil.example:${port}`)).toBe(403);
    const rule = JSON.stringify({ fileId: SEEDED.maxId, statusCode: 1008 });
    expect(await withHost('evil.example', 'POST', rule)).toBe(403);
    expect((await jsonOf(await control('/faults'))).faults).toEqual([]);
  });
});
