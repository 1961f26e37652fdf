import { describe, expect, it } from 'vitest';
import { InvalidFileIdError, type MiniMaxFilesError, UpstreamError } from '../src/index.js';
import { rejectionOf, TEST_KEY, testClient } from './helpers/client.js';
import { retrieveBody, sendRaw, startServer, type WireFile } from './helpers/http-server.js';

async function serve(file: WireFile | null, requestedId = '42') {
  const server = await startServer((_req, res) => sendRaw(res, 200, retrieveBody(file)));
  const client = testClient(server.url);
  return { server, result: client.retrieve(requestedId) };
}

describe('retrieve: the request', () => {
  it('sends GET /v1/files/retrieve?file_id=<canonical id> with the Bearer key', async () => {
    const server = await startServer((_req, res) =>
      sendRaw(res, 200, retrieveBody({ file_id: '9223372036854775807' })),
    );
    await testClient(`${server.url}/`).retrieve('0009223372036854775807');
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/v1/files/retrieve');
    expect(request?.query.get('file_id')).toBe('9223372036854775807');
    expect(request?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it('accepts a bigint and a safe-integer number', async () => {
    const server = await startServer((req, res) => {
      const id = new URL(req.url ?? '', 'http://x').searchParams.get('file_id') ?? '';
      sendRaw(res, 200, retrieveBody({ file_id: id }));
    });
    const client = testClient(server.url);
    expect((await client.retrieve(9223372036854775807n)).id).toBe('9223372036854775807');
    expect((await client.retrieve(9007199254740991)).id).toBe('9007199254740991');
  });

  it.each(['0', '-1', '1.5', '9223372036854775808', ' 42', 'abc'])(
    'refuses id %j before any request',
    async (id) => {
      const server = await startServer((_req, res) => sendRaw(res, 200, retrieveBody({})));
      const error = await rejectionOf(testClient(server.url).retrieve(id));
      expect(error).toBeInstanceOf(InvalidFileIdError);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('refuses an unsafe number (it may already have lost digits) before any request', async () => {
    const server = await startServer((_req, res) => sendRaw(res, 200, retrieveBody({})));
    const error = await rejectionOf(testClient(server.url).retrieve(2 ** 53 + 2));
    expect(error).toBeInstanceOf(InvalidFileIdError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('retrieve: int64-exact parsing', () => {
  it.each([
    ['2^53+1 as a JSON number', '9007199254740993', '9007199254740993'],
    ['2^63-1 as a JSON number', '9223372036854775807', '9223372036854775807'],
    ['2^53+1 as a string', '"9007199254740993"', '9007199254740993'],
    ['2^63-1 as a string', '"9223372036854775807"', '9223372036854775807'],
    ['a small number', '42', '42'],
  ])('file_id %s ends as the exact decimal string', async (_name, wire, expected) => {
    const { result } = await serve({ file_id: wire }, expected);
    const file = await result;
    expect(file.id).toBe(expected);
  });

  it('reads every field, with created_at as a Date and the signed link expiry', async () => {
    const link = 'https://bucket.oss-cn-wulanchabu.aliyuncs.com/out.mp4?Expires=1732099999&Signature=abc';
    const { result } = await serve({
      bytes: '3221225472',
      created_at: '1700469398',
      filename: JSON.stringify('voice clone – 语音.wav'),
      purpose: '"voice_clone"',
      download_url: JSON.stringify(link),
      backup_download_url: JSON.stringify('https://cdn.minimax.io/out.mp4'),
    });
    expect(await result).toEqual({
      id: '42',
      bytes: 3221225472,
      filename: 'voice clone – 语音.wav',
      purpose: 'voice_clone',
      createdAt: new Date(1700469398 * 1000),
      downloadUrl: link,
      downloadUrlExpiresAt: new Date(1732099999 * 1000),
      backupDownloadUrl: 'https://cdn.minimax.io/out.mp4',
    });
  });

  it('keeps bytes exact at 2^53-1 and treats bytes 0 as unknown size, not an error', async () => {
    expect((await (await serve({ bytes: '9007199254740991' })).result).bytes).toBe(9007199254740991);
    expect((await (await serve({ bytes: '0' })).result).bytes).toBe(0);
  });

  it('treats an empty or null download_url as no link', async () => {
    const file = await (await serve({ download_url: '""', backup_download_url: 'null' })).result;
    expect(file).not.toHaveProperty('downloadUrl');
    expect(file).not.toHaveProperty('backupDownloadUrl');
  });

  it.each([
    ['bytes beyond 2^53', { bytes: '9007199254740993' }, /bytes/],
    ['bytes negative', { bytes: '-1' }, /bytes/],
    ['bytes as a string', { bytes: '"12"' }, /bytes/],
    ['bytes fractional', { bytes: '1.5' }, /bytes/],
    ['bytes missing', { bytes: undefined }, /bytes/],
    ['file_id beyond 2^63-1', { file_id: '9223372036854775808' }, /file_id/],
    ['file_id 0', { file_id: '0' }, /file_id/],
    ['file_id negative', { file_id: '-42' }, /file_id/],
    ['file_id with an exponent', { file_id: '4.2e1' }, /file_id/],
    ['file_id as a non-numeric string', { file_id: '"forty-two"' }, /file_id/],
    ['file_id missing', { file_id: undefined }, /file_id/],
    ['file_id null', { file_id: 'null' }, /file_id/],
    ['created_at missing', { created_at: undefined }, /created_at/],
    ['created_at as a string', { created_at: '"2024-01-01"' }, /created_at/],
    ['created_at beyond any date (2^53-1 seconds)', { created_at: '9007199254740991' }, /created_at/],
    ['filename missing', { filename: undefined }, /filename/],
    ['filename as a number', { filename: '7' }, /filename/],
    ['purpose null', { purpose: 'null' }, /purpose/],
    ['download_url as a number', { download_url: '1' }, /download_url/],
  ])(
    'refuses %s as a malformed UpstreamError, never a File with undefined inside',
    async (_name, file, field) => {
      const { server, result } = await serve(file as WireFile);
      const error = (await rejectionOf(result)) as MiniMaxFilesError;
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error.retryable).toBe(false);
      expect(error.message).toMatch(field);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('refuses a "file" that is not an object', async () => {
    const server = await startServer((_req, res) =>
      sendRaw(res, 200, '{"file":"42","base_resp":{"status_code":0,"status_msg":"success"}}'),
    );
    expect(await rejectionOf(testClient(server.url).retrieve('42'))).toBeInstanceOf(UpstreamError);
  });

  it('refuses an answer about another file (an id rounded through a double on the way)', async () => {
    const { result } = await serve({ file_id: '9007199254740992' }, '9007199254740993');
    const error = (await rejectionOf(result)) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toMatch(/9007199254740992.*9007199254740993/);
  });
});
