import { type FaultRule, SEEDED } from '@minimax-files/emulator';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationFailedError,
  InsufficientBalanceError,
  InvalidArgumentError,
  LISTABLE_PURPOSES,
  type MiniMaxFilesError,
  RateLimitedError,
  UpstreamError,
  type UpstreamEvent,
  UpstreamTimeoutError,
} from '../src/index.js';
import { rejectionOf, testClient } from './helpers/client.js';
import { useEmulator } from './helpers/emulator.js';
import { sendRaw, startServer } from './helpers/http-server.js';

const ACCOUNT_SIZE = 10_000;
const fixture = useEmulator({ generatedFiles: { voice_clone: ACCOUNT_SIZE } });
const client = fixture.client;
const listRequests = () => fixture.emulator.requests.filter((request) => request.route === 'list');

/** The ids exactly as the emulator wrote them on the wire. */
async function wireIds(purpose: string): Promise<string[]> {
  const response = await fetch(`${fixture.emulator.url}/v1/files/list?purpose=${purpose}`, {
    headers: { authorization: `Bearer ${fixture.emulator.apiKey}` },
  });
  return [...(await response.text()).matchAll(/"file_id":(\d+)/g)].map((match) => match[1] as string);
}

describe('list against the emulator', () => {
  it('lists a 10,000-file account with every id exact, also above 2^53', async () => {
    const files = await client().list({ purpose: 'voice_clone' });
    expect(files).toHaveLength(ACCOUNT_SIZE + 2);
    expect(files.map((file) => file.id)).toEqual(await wireIds('voice_clone'));
    const beyondSafe = files.filter((file) => BigInt(file.id) > 2n ** 53n);
    expect(beyondSafe.length).toBeGreaterThan(3_000);
    expect(beyondSafe.some((file) => String(Number(file.id)) !== file.id)).toBe(true);
    for (const file of files) {
      expect(file.purpose).toBe('voice_clone');
      expect(file.createdAt).toBeInstanceOf(Date);
      expect(Number.isSafeInteger(file.bytes)).toBe(true);
    }
    expect(files.find((file) => file.id === SEEDED.nonAscii)?.filename).toBe('会议 录音 – résumé.wav');
  });

  it('lists each purpose the upstream takes', async () => {
    for (const purpose of LISTABLE_PURPOSES) {
      const files = await client().list({ purpose });
      expect(files.length, purpose).toBeGreaterThan(0);
      expect(files.every((file) => file.purpose === purpose)).toBe(true);
    }
  });

  it('refuses an unknown purpose before any request', async () => {
    for (const purpose of ['video_generation', 'VOICE_CLONE', '', 'voice_clone&x=1', undefined, 7]) {
      const error = await rejectionOf(client().list({ purpose } as never));
      expect(error, String(purpose)).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).kind).toBe('InvalidArgument');
      expect((error as Error).message).toMatch(/voice_clone, prompt_audio, t2a_async_input/);
    }
    expect(listRequests()).toHaveLength(0);
  });

  const faults: [string, FaultRule, new (...args: never[]) => MiniMaxFilesError, boolean][] = [
    ['1004', { statusCode: 1004 }, AuthenticationFailedError, false],
    ['1008', { statusCode: 1008 }, InsufficientBalanceError, false],
    ['1002', { statusCode: 1002 }, RateLimitedError, true],
    ['HTTP 429', { httpStatus: 429 }, RateLimitedError, true],
    ['1001', { statusCode: 1001 }, UpstreamTimeoutError, true],
    ['1013', { statusCode: 1013 }, UpstreamError, true],
    ['HTTP 503', { httpStatus: 503 }, UpstreamError, true],
    ['a reset', { resetConnection: true }, UpstreamError, true],
    ['malformed JSON', { malformedJson: true }, UpstreamError, false],
    ['a truncated body', { truncateBody: true }, UpstreamError, false],
    ['a hang', { hang: true }, UpstreamTimeoutError, true],
  ];
  it.each(faults)('%s → %o, retried only when retryable', async (_name, rule, errorClass, retryable) => {
    fixture.emulator.setFault({ route: 'list', ...rule });
    const error = await rejectionOf(
      client({ timeoutMs: 300, maxRetries: 2 }).list({ purpose: 'prompt_audio' }),
    );
    expect(error).toBeInstanceOf(errorClass);
    expect((error as MiniMaxFilesError).retryable).toBe(retryable);
    expect(listRequests()).toHaveLength(retryable ? 3 : 1);
  });

  it('retries a rate limit and then returns the whole list', async () => {
    fixture.emulator.setFault({ route: 'list', statusCode: 1002, retryAfterSeconds: 0, times: 2 });
    const events: UpstreamEvent[] = [];
    const files = await client({ onUpstreamResponse: (event) => events.push(event) }).list({
      purpose: 't2a_async_input',
    });
    expect(files.map((file) => file.id)).toEqual(await wireIds('t2a_async_input'));
    expect(events.map((event) => [event.route, event.attempt, event.outcome])).toEqual([
      ['list', 0, 'RateLimited'],
      ['list', 1, 'RateLimited'],
      ['list', 2, 'ok'],
    ]);
  });

  it('a caller abort rejects with its reason', async () => {
    fixture.emulator.setFault({ route: 'list', hang: true });
    const controller = new AbortController();
    const pending = client().list({ purpose: 'voice_clone', signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    expect(((await rejectionOf(pending)) as Error).message).toBe('stop');
  });
});

describe('list against hand-written answers', () => {
  const element = (fields: Record<string, string>) => {
    const all = {
      file_id: '9223372036854775807',
      bytes: '1024',
      created_at: '1700469398',
      filename: '"a.wav"',
      purpose: '"voice_clone"',
      ...fields,
    };
    return `{${Object.entries(all)
      .map(([key, value]) => `"${key}":${value}`)
      .join(',')}}`;
  };
  const listAnswer = (files: string) =>
    `{"files":${files},"base_resp":{"status_code":0,"status_msg":"success"}}`;

  async function listFrom(body: string) {
    const server = await startServer((_req, res) => sendRaw(res, 200, body));
    const outcome = await testClient(server.url)
      .list({ purpose: 'voice_clone' })
      .catch((error: unknown) => error);
    return { outcome, requests: server.requests };
  }

  it('keeps ids exact whether numbers or strings', async () => {
    const { outcome, requests } = await listFrom(
      listAnswer(
        `[${element({})},${element({ file_id: '"9007199254740993"' })},${element({ file_id: '9007199254740995' })}]`,
      ),
    );
    expect((outcome as { id: string }[]).map((file) => file.id)).toEqual([
      '9223372036854775807',
      '9007199254740993',
      '9007199254740995',
    ]);
    expect(requests[0]?.path).toBe('/v1/files/list');
    expect(requests[0]?.query.get('purpose')).toBe('voice_clone');
    expect(requests[0]?.headers.authorization).toMatch(/^Bearer /);
  });

  it.each([
    ['a bad bytes', element({ bytes: '"12"' }), /files\[1\]\.bytes/],
    ['a missing filename', element({ filename: '' }).replace('"filename":,', ''), /files\[1\]\.filename/],
    ['an id of 0', element({ file_id: '0' }), /files\[1\]\.file_id/],
    ['an id above 2^63-1', element({ file_id: '9223372036854775808' }), /files\[1\]\.file_id/],
    ['a non-object', '"a.wav"', /files\[1\]/],
  ])('one malformed element (%s) fails the whole list, once, naming it', async (_name, bad, named) => {
    const { outcome, requests } = await listFrom(listAnswer(`[${element({})},${bad},${element({})}]`));
    expect(outcome).toBeInstanceOf(UpstreamError);
    expect((outcome as UpstreamError).message).toMatch(named);
    expect((outcome as UpstreamError).retryable).toBe(false);
    expect(requests).toHaveLength(1);
  });

  it('reads files: null as an empty account, and refuses a missing or non-array files', async () => {
    expect((await listFrom(listAnswer('null'))).outcome).toEqual([]);
    expect((await listFrom(listAnswer('[]'))).outcome).toEqual([]);
    for (const body of [listAnswer('{}'), '{"base_resp":{"status_code":0,"status_msg":"success"}}']) {
      const { outcome } = await listFrom(body);
      expect(outcome).toBeInstanceOf(UpstreamError);
      expect((outcome as Error).message).toMatch(/"files" must be an array/);
    }
  });
});
