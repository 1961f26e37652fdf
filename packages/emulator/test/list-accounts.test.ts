import { afterEach, describe, expect, it } from 'vitest';
import { SEEDED, startEmulator } from '../src/index.js';
import { api, jsonOf, readAll, retrieveJson, useEmulator } from './helpers.js';

const emulator = useEmulator();
const TWO_TO_53 = 2n ** 53n;
const fileIds = (text: string) => [...text.matchAll(/"file_id":(\d+)/g)].map((match) => match[1] as string);

const putGenerated = (body: unknown) =>
  fetch(`${emulator().url}/_emulator/generated-files`, {
    method: 'PUT',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

afterEach(async () => {
  emulator().clearFaults();
  for (const purpose of ['voice_clone', 'prompt_audio', 't2a_async_input'])
    await putGenerated({ purpose, count: 0 });
});

describe('generated accounts', () => {
  it('a control call makes a 10,000-file voice_clone account, ids exact above 2^53', async () => {
    const made = await putGenerated({ purpose: 'voice_clone', count: 10_000 });
    expect(made.status).toBe(200);
    expect(await made.json()).toEqual({ generatedFiles: { voice_clone: 10_000 } });
    const text = await (await api(emulator(), '/v1/files/list?purpose=voice_clone')).text();
    const ids = fileIds(text);
    expect(ids).toHaveLength(10_000 + 2); // the two seeded voice_clone files stay
    expect(new Set(ids).size).toBe(ids.length);
    const large = ids.filter((id) => BigInt(id) > TWO_TO_53);
    expect(large.length).toBeGreaterThan(3_000);
    // Parsed as JS numbers these would collide or change: the wire text must carry every digit.
    expect(large.some((id) => String(Number(id)) !== id)).toBe(true);
    const body = JSON.parse(text);
    expect(body.base_resp).toEqual({ status_code: 0, status_msg: 'success' });
    expect(body.files.every((file: { purpose: string }) => file.purpose === 'voice_clone')).toBe(true);
    // MiniMax's list carries no links; retrieve mints them.
    expect(text).not.toContain('download_url');
  });

  it('generated files are retrieved and downloaded like seeded ones', async () => {
    await putGenerated({ purpose: 'prompt_audio', count: 4 });
    const ids = fileIds(await (await api(emulator(), '/v1/files/list?purpose=prompt_audio')).text());
    const generated = ids.find((id) => BigInt(id) > TWO_TO_53) as string;
    const retrieved = await retrieveJson(emulator(), generated);
    expect(retrieved.file?.filename).toMatch(/^prompt_audio-\d{7}\.wav$/);
    const download = await fetch(retrieved.file?.download_url as string);
    const { bytes } = await readAll(download);
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(bytes.length).toBe(retrieved.file?.bytes);
  });

  it('the same count lists the same files on every start, and 0 removes them', async () => {
    await putGenerated({ purpose: 't2a_async_input', count: 25 });
    const first = await (await api(emulator(), '/v1/files/list?purpose=t2a_async_input')).text();
    const other = await startEmulator({ port: 0, generatedFiles: { t2a_async_input: 25 } });
    try {
      const again = await (await api(other, '/v1/files/list?purpose=t2a_async_input')).text();
      expect(fileIds(again)).toEqual(fileIds(first));
    } finally {
      await other.close();
    }
    await putGenerated({ purpose: 't2a_async_input', count: 0 });
    const seededOnly = await jsonOf(await api(emulator(), '/v1/files/list?purpose=t2a_async_input'));
    expect(seededOnly.files).toHaveLength(3);
  });

  it('refuses an unknown purpose or a bad count, changing nothing', async () => {
    for (const body of [
      { purpose: 'fine_tune', count: 3 },
      { purpose: 'voice_clone', count: -1 },
      { purpose: 'voice_clone', count: 1.5 },
      { purpose: 'voice_clone', count: 2_000_000 },
      { purpose: 'voice_clone' },
    ]) {
      const response = await putGenerated(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { error?: string }).error).toBeTruthy();
    }
    expect(() => emulator().setGeneratedFiles('voice_clone', -5)).toThrow(RangeError);
    const list = await jsonOf(await api(emulator(), '/v1/files/list?purpose=voice_clone'));
    expect(list.files).toHaveLength(2);
  });
});

describe('faults on list', () => {
  const listPath = '/v1/files/list?purpose=voice_clone';

  it('substitutes base_resp codes and HTTP statuses', async () => {
    emulator().setFault({ route: 'list', statusCode: 1004, times: 1 });
    expect((await jsonOf(await api(emulator(), listPath))).base_resp.status_code).toBe(1004);
    emulator().setFault({ route: 'list', httpStatus: 503, retryAfterSeconds: 3, times: 1 });
    const unavailable = await api(emulator(), listPath);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('3');
    await unavailable.text();
    emulator().setFault({ route: 'list', httpStatus: 429, times: 1 });
    expect((await api(emulator(), listPath)).status).toBe(429);
  });

  it('breaks the JSON, truncates, resets, hangs, waits and drips', async () => {
    emulator().setFault({ route: 'list', malformedJson: true, times: 1 });
    await expect((await api(emulator(), listPath)).json()).rejects.toThrow();

    emulator().setFault({ route: 'list', truncateBody: true, times: 1 });
    expect((await readAll(await api(emulator(), listPath))).error).toBeDefined();

    emulator().setFault({ route: 'list', resetConnection: true, times: 1 });
    await expect(api(emulator(), listPath)).rejects.toThrow();

    emulator().setFault({ route: 'list', hang: true, times: 1 });
    await expect(api(emulator(), listPath, { signal: AbortSignal.timeout(300) })).rejects.toThrow();

    emulator().setFault({ route: 'list', latencyMs: 150, times: 1 });
    const started = performance.now();
    await (await api(emulator(), listPath)).text();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);

    emulator().setFault({ route: 'list', slowDripBytesPerSecond: 20_000, times: 1 });
    const dripped = JSON.parse(await (await api(emulator(), listPath)).text());
    expect(dripped.files.map((file: { file_id: number }) => String(file.file_id))).toContain(
      SEEDED.voiceClone,
    );
  });

  it('a fault on list leaves retrieve alone', async () => {
    emulator().setFault({ route: 'list', statusCode: 1013 });
    expect((await retrieveJson(emulator(), SEEDED.voiceClone)).base_resp.status_code).toBe(0);
  });
});
