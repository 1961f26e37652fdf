import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createCatalogue, readRange, SEEDED, startEmulator } from '../src/index.js';
import { downloadUrlOf, readAll, retrieveJson, useEmulator } from './helpers.js';

const emulator = useEmulator();
const catalogue = createCatalogue({ largeFileBytes: 4 * 1024 * 1024 });
const expected = (id: string) => {
  const entry = catalogue.get(id);
  if (!entry) throw new Error(`no seeded file ${id}`);
  return readRange(entry.content);
};

describe('signed download links', () => {
  it('look like OSS links on the emulator host', async () => {
    const url = new URL(await downloadUrlOf(emulator(), SEEDED.nonAscii));
    expect(url.origin).toBe(emulator().url);
    expect(url.pathname).toBe(`/storage/${SEEDED.nonAscii}/${encodeURIComponent('会议 录音 – résumé.wav')}`);
    expect(Number(url.searchParams.get('Expires'))).toBeGreaterThan(Date.now() / 1000 + 3000);
    expect(url.searchParams.get('Signature')).toBeTruthy();
  });

  it('serve the bytes without any Authorization, with type and length', async () => {
    const response = await fetch(await downloadUrlOf(emulator(), SEEDED.nonAscii));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('content-length')).toBe('64044');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('trace-id')).toBeTruthy();
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(expected(SEEDED.nonAscii))).toBe(true);
  });

  it('serve playable WAV files (RIFF/WAVE PCM, a few seconds)', async () => {
    const bytes = Buffer.from(
      await (await fetch(await downloadUrlOf(emulator(), SEEDED.speechWav))).arrayBuffer(),
    );
    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
    expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
    expect(bytes.readUInt16LE(20)).toBe(1); // PCM
    const sampleRate = bytes.readUInt32LE(24);
    const dataBytes = bytes.readUInt32LE(40);
    expect(dataBytes + 44).toBe(bytes.length);
    expect(dataBytes / (sampleRate * 2)).toBe(3); // seconds of 16-bit mono
    let peak = 0;
    for (let at = 44; at < 44 + 4000; at += 2) peak = Math.max(peak, Math.abs(bytes.readInt16LE(at)));
    expect(peak).toBeGreaterThan(10_000); // a tone, not silence
  });

  it('serve the unknown-size video with its real Content-Length', async () => {
    const response = await fetch(await downloadUrlOf(emulator(), SEEDED.unknownSize));
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(Number(response.headers.get('content-length'))).toBe(786_509);
    expect(Buffer.from(await response.arrayBuffer()).equals(expected(SEEDED.unknownSize))).toBe(true);
  });

  it('serve the backup link too', async () => {
    const body = await retrieveJson(emulator(), SEEDED.withBackup);
    const response = await fetch(body.file?.backup_download_url ?? '');
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(expected(SEEDED.withBackup))).toBe(true);
  });

  it('answer a tampered signature with 403 SignatureDoesNotMatch in XML', async () => {
    const url = new URL(await downloadUrlOf(emulator(), SEEDED.speechWav));
    url.searchParams.set('Signature', 'AAAA');
    const response = await fetch(url);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/xml');
    expect(response.headers.get('trace-id')).toBeTruthy();
    expect(await response.text()).toMatch(/<Error>\s*<Code>SignatureDoesNotMatch<\/Code>/);
  });

  it('answer a link moved to another file or expiry with 403', async () => {
    const url = new URL(await downloadUrlOf(emulator(), SEEDED.speechWav));
    const otherFile = new URL(url);
    otherFile.pathname = `/storage/${SEEDED.small}/a440.wav`;
    expect((await fetch(otherFile)).status).toBe(403);
    const later = new URL(url);
    later.searchParams.set('Expires', String(Number(url.searchParams.get('Expires')) + 3600));
    expect((await fetch(later)).status).toBe(403);
    const backup = new URL(url);
    backup.pathname = backup.pathname.replace('/storage/', '/backup-storage/');
    expect((await fetch(backup)).status).toBe(403);
  });

  it('answer a link without a signature with 403 AccessDenied', async () => {
    const url = new URL(await downloadUrlOf(emulator(), SEEDED.speechWav));
    const response = await fetch(`${url.origin}${url.pathname}`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>AccessDenied</Code>');
  });

  it('answer an expired link with 403 "Request has expired"', async () => {
    const expiring = await startEmulator({ port: 0, linkTtlSeconds: -1 });
    try {
      const url = await downloadUrlOf(expiring, SEEDED.speechWav);
      const response = await fetch(url);
      expect(response.status).toBe(403);
      const text = await response.text();
      expect(text).toContain('<Code>AccessDenied</Code>');
      expect(text).toContain('Request has expired.');
    } finally {
      await expiring.close();
    }
  });

  it('point at the host the client used, and at the emulator when that host is odd', async () => {
    const linkVia = async (host: string) => {
      const body = await getWithHost(`${emulator().url}/v1/files/retrieve?file_id=${SEEDED.small}`, host);
      return (JSON.parse(body) as { file: { download_url: string } }).file.download_url;
    };
    expect(await linkVia('localhost:4010')).toMatch(/^http:\/\/localhost:4010\/storage\/42\/a440\.wav\?/);
    expect(await linkVia('[::1]:4010')).toMatch(/^http:\/\/\[::1\]:4010\/storage\//);
    expect(await linkVia('evil.example/path?')).toMatch(new RegExp(`^${emulator().url}/storage/`));
  });

  it('write downloadOrigin into the links when configured', async () => {
    const custom = await startEmulator({ port: 0, downloadOrigin: 'http://localhost:9999/' });
    try {
      const url = await downloadUrlOf(custom, SEEDED.small);
      expect(url.startsWith(`http://localhost:9999/storage/${SEEDED.small}/a440.wav?`)).toBe(true);
    } finally {
      await custom.close();
    }
  });
});

describe('Range on storage links', () => {
  it('answers a closed range with 206 and Content-Range', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.unknownSize);
    const response = await fetch(url, { headers: { Range: 'bytes=100-199' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 100-199/786509');
    expect(response.headers.get('content-length')).toBe('100');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(expected(SEEDED.unknownSize).subarray(100, 200))).toBe(true);
  });

  it('answers a range across 64 KiB blocks with the right bytes', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.unknownSize);
    const response = await fetch(url, { headers: { Range: 'bytes=65530-131080' } });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(expected(SEEDED.unknownSize).subarray(65530, 131081))).toBe(true);
  });

  it('answers open-ended and suffix ranges', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.small);
    const size = expected(SEEDED.small).length;
    const open = await fetch(url, { headers: { Range: `bytes=${size - 10}-` } });
    expect(open.status).toBe(206);
    expect(open.headers.get('content-range')).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect((await open.arrayBuffer()).byteLength).toBe(10);
    const suffix = await fetch(url, { headers: { Range: 'bytes=-44' } });
    expect(suffix.headers.get('content-range')).toBe(`bytes ${size - 44}-${size - 1}/${size}`);
    const clamped = await fetch(url, { headers: { Range: `bytes=0-${size + 1000}` } });
    expect(clamped.status).toBe(206);
    expect(clamped.headers.get('content-length')).toBe(String(size));
  });

  it('answers an unsatisfiable range with 416 and bytes */size', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.small);
    const size = expected(SEEDED.small).length;
    const response = await fetch(url, { headers: { Range: `bytes=${size}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${size}`);
  });

  it('ignores a syntactically invalid or multi-part Range (200, whole body)', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.small);
    for (const range of ['bytes=10-5', 'bytes=0-1,5-6', 'items=0-1']) {
      const response = await fetch(url, { headers: { Range: range } });
      expect(response.status, range).toBe(200);
      await response.arrayBuffer();
    }
  });

  it('answers a range at the far end of the 3 GiB file, generated on the fly', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.over2GiB);
    const size = 3 * 1024 ** 3;
    const response = await fetch(url, { headers: { Range: `bytes=${size - 65536 - 4}-${size - 1}` } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${size - 65540}-${size - 1}/${size}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBe(65540);
    // Each 64 KiB block starts with its own offset, so the last block names where it sits.
    expect(bytes.readBigUInt64BE(4)).toBe(BigInt(size - 65536));
  });

  it('answers HEAD with headers only', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.over2GiB);
    const response = await fetch(url, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('3221225472');
    expect((await readAll(response)).bytes.length).toBe(0);
  });
});

/** A GET with a chosen Host header (fetch would send the URL's own). */
function getWithHost(url: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: host, Authorization: 'Bearer emulator-key' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.end();
  });
}
