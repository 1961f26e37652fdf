import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationFailedError,
  ContentRejectedError,
  ERROR_KINDS,
  FileNotFoundError,
  InsufficientBalanceError,
  InvalidFileIdError,
  MiniMaxFilesError,
  RateLimitedError,
  UPSTREAM_OUTCOMES,
  UpstreamError,
  UpstreamTimeoutError,
} from '../src/index.js';
import { rejectionOf, testClient } from './helpers/client.js';
import { errorBody, retrieveBody, sendRaw, startServer } from './helpers/http-server.js';

type Answer = { status: number; body: string; headers?: Record<string, string> };

async function outcomeOf(answer: Answer) {
  const server = await startServer((_req, res) => sendRaw(res, answer.status, answer.body, answer.headers));
  const error = await rejectionOf(testClient(server.url).retrieve('42'));
  return { error: error as MiniMaxFilesError, attempts: server.requests.length };
}

describe('upstream outcome → union member (one row of the contract table per case, over real HTTP)', () => {
  const rows: [string, Answer, abstract new (...args: never) => MiniMaxFilesError, boolean][] = [
    ['status 0 with no file', { status: 200, body: retrieveBody(null) }, FileNotFoundError, false],
    [
      'status 0 with "file": null',
      { status: 200, body: '{"file":null,"base_resp":{"status_code":0,"status_msg":"success"}}' },
      FileNotFoundError,
      false,
    ],
    [
      '2013 whose status_msg says the file does not exist',
      { status: 200, body: errorBody(2013, 'file not exist') },
      FileNotFoundError,
      false,
    ],
    [
      '1000 whose status_msg says the file was not found',
      { status: 200, body: errorBody(1000, 'File not found') },
      FileNotFoundError,
      false,
    ],
    [
      'a Chinese not-found message',
      { status: 200, body: errorBody(2013, '文件不存在') },
      FileNotFoundError,
      false,
    ],
    [
      'HTTP 404 with a MiniMax JSON body',
      { status: 404, body: errorBody(1000, 'no') },
      FileNotFoundError,
      false,
    ],
    ['2013 otherwise', { status: 200, body: errorBody(2013, 'invalid params') }, InvalidFileIdError, false],
    ['1004', { status: 200, body: errorBody(1004, 'login fail') }, AuthenticationFailedError, false],
    ['1002', { status: 200, body: errorBody(1002, 'rate limit') }, RateLimitedError, true],
    ['1039', { status: 200, body: errorBody(1039, 'tpm limit') }, RateLimitedError, true],
    ['HTTP 429 without a body', { status: 429, body: '' }, RateLimitedError, true],
    ['1008', { status: 200, body: errorBody(1008, 'insufficient balance') }, InsufficientBalanceError, false],
    ['1026', { status: 200, body: errorBody(1026, 'input sensitive') }, ContentRejectedError, false],
    ['1027', { status: 200, body: errorBody(1027, 'output sensitive') }, ContentRejectedError, false],
    ['1001', { status: 200, body: errorBody(1001, 'timeout') }, UpstreamTimeoutError, true],
    ['1000', { status: 200, body: errorBody(1000, 'unknown error') }, UpstreamError, true],
    ['1013', { status: 200, body: errorBody(1013, 'internal error') }, UpstreamError, true],
    ['1024', { status: 200, body: errorBody(1024, 'internal error') }, UpstreamError, true],
    ['1033', { status: 200, body: errorBody(1033, 'system error') }, UpstreamError, true],
    [
      'any other code (1042)',
      { status: 200, body: errorBody(1042, 'illegal characters') },
      UpstreamError,
      false,
    ],
    [
      'HTTP 500 (text)',
      { status: 500, body: 'oops', headers: { 'content-type': 'text/plain' } },
      UpstreamError,
      true,
    ],
    ['HTTP 502', { status: 502, body: '<html>bad gateway</html>' }, UpstreamError, true],
    ['HTTP 503 with a MiniMax 1013', { status: 503, body: errorBody(1013, 'busy') }, UpstreamError, true],
    ['malformed JSON', { status: 200, body: '{"base_resp":{"status_code":0,' }, UpstreamError, false],
    ['truncated JSON', { status: 200, body: retrieveBody({}).slice(0, 40) }, UpstreamError, false],
    ['an HTML page with HTTP 200', { status: 200, body: '<!doctype html><p>hi</p>' }, UpstreamError, false],
    ['JSON without base_resp', { status: 200, body: '{"file":{}}' }, UpstreamError, false],
    [
      'base_resp.status_code as a string',
      { status: 200, body: '{"base_resp":{"status_code":"0"}}' },
      UpstreamError,
      false,
    ],
    ['HTTP 404 that is not MiniMax JSON', { status: 404, body: 'Not Found' }, UpstreamError, false],
    ['HTTP 403 without MiniMax JSON', { status: 403, body: 'Forbidden' }, UpstreamError, false],
    [
      'HTTP 401 with a MiniMax 1004',
      { status: 401, body: errorBody(1004, 'unauthorized') },
      AuthenticationFailedError,
      false,
    ],
  ];

  it.each(rows)('%s', async (_name, answer, errorClass, retryable) => {
    const { error, attempts } = await outcomeOf(answer);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(MiniMaxFilesError);
    expect(error.retryable).toBe(retryable);
    expect(attempts).toBe(retryable ? 3 : 1);
    expect(error.httpStatus).toBe(answer.status);
  });

  it('carries upstreamCode, statusMsg and the Trace-Id header', async () => {
    const { error } = await outcomeOf({
      status: 200,
      body: errorBody(1008, 'insufficient balance'),
      headers: { 'Trace-Id': '0a1b2c3d4e5f' },
    });
    expect(error.kind).toBe('InsufficientBalance');
    expect(error.upstreamCode).toBe(1008);
    expect(error.statusMsg).toBe('insufficient balance');
    expect(error.traceId).toBe('0a1b2c3d4e5f');
    expect(error.message).toContain('1008');
  });

  it('says in a 1004 message that keys are tied to a region', async () => {
    const { error } = await outcomeOf({ status: 200, body: errorBody(1004, 'login fail') });
    expect(error.message).toContain('api.minimax.io');
    expect(error.message).toContain('api.minimaxi.com');
    expect(error.regionHint).toMatch(/region/);
  });

  it('says the base URL looks wrong for a 404 that is not MiniMax JSON', async () => {
    const { error } = await outcomeOf({ status: 404, body: '<h1>Not Found</h1>' });
    expect(error.kind).toBe('UpstreamError');
    expect(error.message).toMatch(/base URL looks wrong/);
  });

  it('maps a refused connection to a retryable UpstreamError', async () => {
    const port = await closedPort();
    const error = (await rejectionOf(
      testClient(`http://127.0.0.1:${port}`).retrieve('42'),
    )) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('maps a connection reset before the answer to a retryable UpstreamError, retried', async () => {
    const server = await startServer((req) => req.socket.destroy());
    const error = (await rejectionOf(testClient(server.url).retrieve('42'))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.retryable).toBe(true);
    expect(server.requests).toHaveLength(3);
  });

  it('maps a body cut off before its Content-Length to a non-retryable UpstreamError', async () => {
    const body = retrieveBody({});
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.write(body.slice(0, 30));
      setTimeout(() => res.socket?.destroy(), 5);
    });
    const error = (await rejectionOf(testClient(server.url).retrieve('42'))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/cut off/);
    expect(server.requests).toHaveLength(1);
  });

  it('our own timeout is a retryable UpstreamTimeout', async () => {
    const server = await startServer(() => {
      /* never answers */
    });
    const outcomes: string[] = [];
    const client = testClient(server.url, {
      timeoutMs: 50,
      maxRetries: 1,
      onUpstreamResponse: (event) => outcomes.push(event.outcome),
    });
    const started = performance.now();
    const error = (await rejectionOf(client.retrieve('42'))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/50 ms/);
    expect(outcomes).toEqual(['UpstreamTimeout', 'UpstreamTimeout']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('UPSTREAM_OUTCOMES', () => {
  it('maps every row to a union member and every error kind appears', () => {
    const kinds = new Set(Object.values(UPSTREAM_OUTCOMES).map((row) => row.kind));
    for (const kind of ERROR_KINDS) expect(kinds).toContain(kind);
    expect(kinds).toContain('File');
  });

  it('lists each documented code exactly once', () => {
    const codes = Object.values(UPSTREAM_OUTCOMES).flatMap((row) => ('codes' in row ? [...row.codes] : []));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual([1000, 1001, 1002, 1004, 1008, 1013, 1024, 1026, 1027, 1033, 1039, 2013]);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
