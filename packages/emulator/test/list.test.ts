import { describe, expect, it } from 'vitest';
import { PURPOSES, SEEDED } from '../src/index.js';
import { api, jsonOf, useEmulator } from './helpers.js';

const emulator = useEmulator();

describe('GET /v1/files/list', () => {
  it('lists the files of one purpose, in MiniMax shape', async () => {
    const response = await api(emulator(), '/v1/files/list?purpose=voice_clone');
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.base_resp).toEqual({ status_code: 0, status_msg: 'success' });
    expect(body.files?.every((file: { purpose: string }) => file.purpose === 'voice_clone')).toBe(true);
    expect(text).toContain(`"file_id":${SEEDED.nonAscii},`);
    expect(text).toContain(`"file_id":${SEEDED.voiceClone},`);
  });

  it('seeds at least a dozen files across all five purposes', async () => {
    let total = 0;
    for (const purpose of PURPOSES) {
      const body = await jsonOf(await api(emulator(), `/v1/files/list?purpose=${purpose}`));
      expect(body.files?.length, purpose).toBeGreaterThan(0);
      total += body.files?.length ?? 0;
    }
    expect(total).toBeGreaterThanOrEqual(12);
  });

  it('writes the big ids exactly in the list too', async () => {
    const text = await (await api(emulator(), '/v1/files/list?purpose=t2a_async')).text();
    expect(text).toContain(`"file_id":${SEEDED.maxId},`);
  });

  it('requires a known purpose (2013)', async () => {
    const missing = await jsonOf(await api(emulator(), '/v1/files/list'));
    expect(missing.base_resp.status_code).toBe(2013);
    const unknown = await jsonOf(await api(emulator(), '/v1/files/list?purpose=fine_tune'));
    expect(unknown.base_resp.status_code).toBe(2013);
  });

  it('requires the key (1004)', async () => {
    const body = await jsonOf(await fetch(`${emulator().url}/v1/files/list?purpose=t2a_async`));
    expect(body.base_resp.status_code).toBe(1004);
  });
});
