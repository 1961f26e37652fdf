import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MiniMaxFiles, MiniMaxFilesError, type UpstreamEvent } from '../src/index.js';
import { rejectionOf, TEST_KEY, testClient } from './helpers/client.js';
import { errorBody, sendRaw, startServer } from './helpers/http-server.js';

function everythingAbout(error: unknown): string {
  const err = error as Error;
  return [err.message, err.stack, inspect(err, { depth: 10, showHidden: true }), JSON.stringify(err)].join(
    '\n',
  );
}

describe('the API key never appears in an error, a log line or an event', () => {
  const answers: [string, (auth: string) => [number, string]][] = [
    [
      'a status_msg that echoes the Authorization header',
      (auth: string) => [200, errorBody(1004, `bad ${auth}`)],
    ],
    ['an unknown code whose message echoes the key', (auth: string) => [200, errorBody(1042, auth)]],
    ['a 404 page that echoes the header', (auth: string) => [404, `<p>${auth}</p>`]],
    ['a 500 page that echoes the header', (auth: string) => [500, auth]],
    ['a 200 HTML page that echoes the header', (auth: string) => [200, `<html>${auth}`]],
  ];
  it.each(answers)('%s', async (_name, answer) => {
    const events: UpstreamEvent[] = [];
    const server = await startServer((req, res) => {
      const [status, body] = answer(req.headers.authorization ?? '');
      sendRaw(res, status, body);
    });
    const error = await rejectionOf(
      testClient(server.url, { maxRetries: 1, onUpstreamResponse: (e) => events.push(e) }).retrieve('42'),
    );
    expect(error).toBeInstanceOf(MiniMaxFilesError);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`); // it was really sent
    expect(everythingAbout(error)).not.toContain(TEST_KEY);
    expect(JSON.stringify(events)).not.toContain(TEST_KEY);
  });

  it('keeps the key out of a redacted status_msg but keeps the rest of it', async () => {
    const server = await startServer((req, res) =>
      sendRaw(res, 200, errorBody(1004, `invalid key ${req.headers.authorization}`)),
    );
    const error = (await rejectionOf(testClient(server.url).retrieve('42'))) as MiniMaxFilesError;
    expect(error.statusMsg).toBe('invalid key Bearer [redacted]');
  });

  // Issue 10 item 11: an upstream that echoed the key cut short leaked its first 33 characters through the old
  // whole-key redaction. Any run of 8 or more of the key's first characters is the key.
  const cutAnswers: [string, (cut: string) => [number, string]][] = [
    ['status_msg', (cut) => [200, errorBody(1004, `bad key ${cut}...`)]],
    ['an error page body', (cut) => [500, `<p>key ${cut}</p>`]],
    ['a 200 HTML body', (cut) => [200, `<html>key ${cut}`]],
  ];
  it.each(cutAnswers)('keeps a cut start of the key out of an error (%s)', async (where, answer) => {
    for (const length of [33, 8]) {
      const cut = TEST_KEY.slice(0, length);
      const server = await startServer((_req, res) => sendRaw(res, ...answer(cut)));
      const error = await rejectionOf(testClient(server.url, { maxRetries: 0 }).retrieve('42'));
      expect(everythingAbout(error)).not.toContain(TEST_KEY.slice(0, 8));
      if (where === 'status_msg')
        expect((error as MiniMaxFilesError).statusMsg).toBe('bad key [redacted]...');
    }
  });

  it('does not show the key when the client is logged or serialised', () => {
    const client = new MiniMaxFiles({ apiKey: TEST_KEY, baseURL: 'http://127.0.0.1:9' });
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(TEST_KEY);
    expect(JSON.stringify(client)).not.toContain(TEST_KEY);
    void client.close();
  });

  it('keeps the key out of connection-failure errors', async () => {
    const error = await rejectionOf(testClient('http://127.0.0.1:9', { maxRetries: 0 }).retrieve('42'));
    expect(everythingAbout(error)).not.toContain(TEST_KEY);
  });

  it('does not mention the key when it is missing', () => {
    expect(() => new MiniMaxFiles({ apiKey: '' })).toThrow(/API key/);
  });
});
