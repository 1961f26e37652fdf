import { describe, expect, it } from 'vitest';
import { createCatalogue, MISSING_FILE_ID, readRange, SEEDED } from '../src/index.js';
import { api, jsonOf, useEmulator } from './helpers.js';

const emulator = useEmulator();
const catalogue = createCatalogue();

describe('GET /v1/files/retrieve_content', () => {
  it('serves the bytes with the key, with type and length', async () => {
    const response = await api(emulator(), `/v1/files/retrieve_content?file_id=${SEEDED.noDownloadUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('trace-id')).toBeTruthy();
    const bytes = Buffer.from(await response.arrayBuffer());
    const entry = catalogue.get(SEEDED.noDownloadUrl);
    expect(entry).toBeDefined();
    if (entry) expect(bytes.equals(readRange(entry.content))).toBe(true);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
  });

  it('serves the file with the largest id', async () => {
    const response = await api(emulator(), `/v1/files/retrieve_content?file_id=${SEEDED.maxId}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
  });

  it('honours Range', async () => {
    const response = await api(emulator(), `/v1/files/retrieve_content?file_id=${SEEDED.speechWav}`, {
      headers: { Range: 'bytes=0-11' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 0-11/96044');
    expect(Buffer.from(await response.arrayBuffer()).toString('ascii', 8, 12)).toBe('WAVE');
  });

  it('answers 416 for a range past the end', async () => {
    const response = await api(emulator(), `/v1/files/retrieve_content?file_id=${SEEDED.speechWav}`, {
      headers: { Range: 'bytes=96044-' },
    });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */96044');
  });

  it('serves the empty file as 200 with Content-Length 0', async () => {
    const response = await api(emulator(), `/v1/files/retrieve_content?file_id=${SEEDED.empty}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('0');
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('requires the key (1004 JSON, no bytes)', async () => {
    const response = await fetch(`${emulator().url}/v1/files/retrieve_content?file_id=${SEEDED.speechWav}`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await jsonOf(response)).base_resp.status_code).toBe(1004);
  });

  it('answers unknown and malformed ids in MiniMax JSON', async () => {
    const unknown = await api(emulator(), `/v1/files/retrieve_content?file_id=${MISSING_FILE_ID}`);
    expect((await jsonOf(unknown)).base_resp.status_msg).toMatch(/file not found/);
    const malformed = await api(emulator(), '/v1/files/retrieve_content?file_id=x1');
    expect((await jsonOf(malformed)).base_resp.status_code).toBe(2013);
  });
});
