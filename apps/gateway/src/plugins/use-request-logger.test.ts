import { describe, expect, it } from 'vitest';
import { LogCapture } from '../../test/helpers/log-capture.js';
import { jsonQuery, yogaWith } from '../../test/helpers/plugin-yoga.js';
import { addTraceId, createLogger, requestScope } from '../logger.js';
import { useRequestLogger } from './use-request-logger.js';

function setup() {
  const logs = new LogCapture();
  const yoga = yogaWith([useRequestLogger({ logger: createLogger('info', logs) })]);
  return { logs, yoga };
}

describe('useRequestLogger', () => {
  it('writes one line per request with a fresh id, echoed as x-request-id', async () => {
    const { logs, yoga } = setup();
    const response = await yoga.fetch(
      'http://gateway.test/graphql',
      jsonQuery('query Greeting { hello }', { authorization: 'Bearer secret-token-value' }),
    );
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.entries()).toEqual([
      expect.objectContaining({
        msg: 'request',
        requestId: id,
        method: 'POST',
        route: 'graphql',
        operation: 'Greeting',
        status: 200,
        durationMs: expect.any(Number),
      }),
    ]);
    expect(logs.text).not.toContain('secret-token-value');
  });

  it("keeps a caller's plain request id and replaces one that is not", async () => {
    const { yoga } = setup();
    const kept = await yoga.fetch(
      'http://gateway.test/graphql',
      jsonQuery('{ hello }', { 'x-request-id': 'abc-123' }),
    );
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await yoga.fetch(
      'http://gateway.test/graphql',
      jsonQuery('{ hello }', { 'x-request-id': 'evil\tvalue with spaces' }),
    );
    expect(replaced.headers.get('x-request-id')).not.toContain('evil');
  });

  it('redacts secret-looking fields at the places they could slip in', () => {
    const logs = new LogCapture();
    createLogger('info', logs).info({
      apiKey: 'k1',
      options: { apiKey: 'k2', headers: { authorization: 'Bearer t' } },
      headers: { authorization: 'Bearer h', cookie: 'c=1' },
      config: { upstream: { apiKey: 'k3' }, operatorTokens: ['t1'] },
    });
    expect(logs.text).not.toMatch(/k1|k2|k3|Bearer t|Bearer h|c=1|t1/);
    expect(logs.text).toContain('[redacted]');
  });

  it('logs an error by its named fields only, never the options an HTTP client hung on it', () => {
    const logs = new LogCapture();
    const error = Object.assign(new Error('upstream refused', { cause: new Error('socket hang up') }), {
      kind: 'UpstreamError',
      traceId: 'abc123',
      options: { headers: { authorization: 'Bearer deep-secret' } },
      request: { apiKey: 'another-secret' },
    });
    const logger = createLogger('info', logs);
    logger.error({ err: error }, 'failed');
    logger.warn({ details: [error, 'plain text', { apiKey: 'third-secret' }] }, 'yoga said');
    expect(logs.text).not.toMatch(/deep-secret|another-secret|third-secret/);
    expect(logs.entries()[0]).toMatchObject({
      err: {
        type: 'Error',
        message: 'upstream refused',
        kind: 'UpstreamError',
        traceId: 'abc123',
        cause: { message: 'socket hang up' },
      },
    });
    expect(logs.entries()[1]).toMatchObject({
      details: [{ kind: 'UpstreamError' }, 'plain text', '[object]'],
    });
  });

  it('names the trace ids of the upstream calls a request caused on its line', async () => {
    const logs = new LogCapture();
    const yoga = yogaWith([
      useRequestLogger({ logger: createLogger('info', logs) }),
      { onExecute: () => addTraceId(requestScope.getStore(), 'trace-1') },
    ]);
    await yoga.fetch('http://gateway.test/graphql', jsonQuery('{ hello }'));
    expect(logs.entries()).toEqual([
      expect.objectContaining({ msg: 'request', upstreamTraceIds: ['trace-1'] }),
    ]);
  });
});
