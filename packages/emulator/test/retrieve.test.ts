import { describe, expect, it } from 'vitest';
import { MISSING_FILE_ID, SEEDED } from '../src/index.js';
import { api, jsonOf, retrieveJson, useEmulator } from './helpers.js';

const emulator = useEmulator();

describe('GET /v1/files/retrieve', () => {
  it('answers the MiniMax shape with a Trace-Id header', async () => {
    const response = await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.speechWav}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('trace-id')).toMatch(/^[0-9a-f]{32}$/);
    const body = await jsonOf(response);
    expect(body.base_resp).toEqual({ status_code: 0, status_msg: 'success' });
    expect(body.file).toMatchObject({
      bytes: 96_044,
      filename: 'speech_output.wav',
      purpose: 't2a_async',
    });
    expect(Object.keys(body.file ?? {})).toEqual([
      'file_id',
      'bytes',
      'created_at',
      'filename',
      'purpose',
      'download_url',
    ]);
    expect(Number.isInteger(body.file?.created_at)).toBe(true);
  });

  it('gives each response its own Trace-Id', async () => {
    const a = await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`);
    const b = await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`);
    expect(a.headers.get('trace-id')).not.toBe(b.headers.get('trace-id'));
  });

  it.each([
    ['2^53+1', SEEDED.beyondSafe],
    ['2^63-1', SEEDED.maxId],
  ])('writes file_id %s as an exact bare JSON number', async (_label, id) => {
    const text = await (await api(emulator(), `/v1/files/retrieve?file_id=${id}`)).text();
    expect(text).toContain(`{"file":{"file_id":${id},`);
    expect(text).not.toContain(`"file_id":"`);
  });

  it('accepts leading zeros as the same id', async () => {
    const text = await (await api(emulator(), `/v1/files/retrieve?file_id=000${SEEDED.small}`)).text();
    expect(text).toContain(`"file_id":${SEEDED.small},`);
  });

  it('reports bytes above 2^31 exactly', async () => {
    const text = await (await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.over2GiB}`)).text();
    expect(text).toContain('"bytes":3221225472,');
  });

  it('reports bytes 0 for the unknown-size video', async () => {
    const body = await retrieveJson(emulator(), SEEDED.unknownSize);
    expect(body.file).toMatchObject({ bytes: 0, purpose: 'video_generation', filename: 'output.mp4' });
    expect(body.file?.download_url).toBeTruthy();
  });

  it('omits download_url for the file that has none', async () => {
    const body = await retrieveJson(emulator(), SEEDED.noDownloadUrl);
    expect(body.base_resp.status_code).toBe(0);
    expect(body.file).toBeDefined();
    expect(body.file).not.toHaveProperty('download_url');
  });

  it('carries a backup_download_url on the files that have one', async () => {
    const body = await retrieveJson(emulator(), SEEDED.maxId);
    expect(body.file?.backup_download_url).toMatch(/\/backup-storage\/9223372036854775807\//);
    expect(body.file?.download_url).toMatch(/\/storage\/9223372036854775807\//);
  });

  it('returns the non-ASCII filename intact', async () => {
    const body = await retrieveJson(emulator(), SEEDED.nonAscii);
    expect(body.file?.filename).toBe('会议 录音 – résumé.wav');
  });

  it('answers an unknown id with HTTP 200, code 2013 and a "file not found" message, without a file', async () => {
    const response = await api(emulator(), `/v1/files/retrieve?file_id=${MISSING_FILE_ID}`);
    expect(response.status).toBe(200);
    const body = await jsonOf(response);
    expect(body).toEqual({ base_resp: { status_code: 2013, status_msg: 'invalid params, file not found' } });
  });

  it.each([
    'abc',
    '-5',
    '1.5',
    '1e3',
    '9223372036854775808',
    '%EF%BC%91', // a full-width digit
  ])('answers the malformed file_id %s with 2013', async (raw) => {
    const body = await jsonOf(await api(emulator(), `/v1/files/retrieve?file_id=${raw}`));
    expect(body.base_resp.status_code).toBe(2013);
    expect(body.base_resp.status_msg).toMatch(/file_id must be an integer/);
    expect(body.file).toBeUndefined();
  });

  it('answers a missing file_id with 2013', async () => {
    const body = await jsonOf(await api(emulator(), '/v1/files/retrieve'));
    expect(body.base_resp).toEqual({ status_code: 2013, status_msg: 'invalid params, file_id is required' });
  });
});

describe('authentication', () => {
  it('answers a missing key with HTTP 200 and 1004', async () => {
    const response = await fetch(`${emulator().url}/v1/files/retrieve?file_id=${SEEDED.small}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('trace-id')).toBeTruthy();
    const body = await jsonOf(response);
    expect(body.base_resp.status_code).toBe(1004);
    expect(body.file).toBeUndefined();
  });

  it('answers a wrong key with 1004 and never echoes it', async () => {
    const response = await fetch(`${emulator().url}/v1/files/retrieve?file_id=${SEEDED.small}`, {
      headers: { Authorization: 'Bearer sk-wrong-secret-value' },
    });
    const text = await response.text();
    expect(JSON.parse(text).base_resp).toEqual({ status_code: 1004, status_msg: 'invalid api key' });
    expect(text).not.toContain('sk-wrong-secret-value');
  });

  it('answers a non-Bearer scheme with 1004', async () => {
    const response = await fetch(`${emulator().url}/v1/files/retrieve?file_id=${SEEDED.small}`, {
      headers: { Authorization: `Basic ${emulator().apiKey}` },
    });
    expect((await jsonOf(response)).base_resp.status_code).toBe(1004);
  });

  it('uses a custom key when configured', async () => {
    const { startEmulator } = await import('../src/index.js');
    const custom = await startEmulator({ port: 0, apiKey: 'custom-key' });
    try {
      const ok = await fetch(`${custom.url}/v1/files/retrieve?file_id=42`, {
        headers: { Authorization: 'Bearer custom-key' },
      });
      expect((await jsonOf(ok)).base_resp.status_code).toBe(0);
      const refused = await fetch(`${custom.url}/v1/files/retrieve?file_id=42`, {
        headers: { Authorization: 'Bearer emulator-key' },
      });
      expect((await jsonOf(refused)).base_resp.status_code).toBe(1004);
    } finally {
      await custom.close();
    }
  });
});

describe('other paths', () => {
  it('answers an unknown path with a plain 404 that is not a MiniMax body, with a Trace-Id', async () => {
    const response = await api(emulator(), '/v2/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('trace-id')).toBeTruthy();
    expect(await response.text()).toBe('404 page not found');
  });

  it('treats a path starting with // as a path', async () => {
    // Resolved as a URL, //x/healthz would name host x and path /healthz.
    const response = await api(emulator(), '//x/healthz');
    expect(response.status).toBe(404);
    await response.text();
  });

  it('serves /healthz without auth', async () => {
    const response = await fetch(`${emulator().url}/healthz`);
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual({ status: 'ok' });
    expect(response.headers.get('trace-id')).toBeTruthy();
  });

  it('names loopback in its URL and links when bound to every interface', async () => {
    const { startEmulator } = await import('../src/index.js');
    const wide = await startEmulator({ port: 0, host: '0.0.0.0' });
    try {
      expect(wide.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const body = await jsonOf(await api(wide, `/v1/files/retrieve?file_id=${SEEDED.small}`));
      expect(body.file?.download_url?.startsWith(`${wide.url}/storage/`)).toBe(true);
    } finally {
      await wide.close();
    }
  });

  it('refuses methods other than GET and HEAD on API routes', async () => {
    const response = await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
