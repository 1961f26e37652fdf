import { describe, expect, it } from 'vitest';
import { LogCapture } from '../../test/helpers/log-capture.js';
import { jsonQuery, yogaWith } from '../../test/helpers/plugin-yoga.js';
import { createLogger } from '../logger.js';
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

  it('redacts secret-looking fields wherever they are logged', () => {
    const logs = new LogCapture();
    createLogger('info', logs).info({
      apiKey: 'k1',
      options: { apiKey: 'k2', headers: { authorization: 'Bearer t' } },
    });
    expect(logs.text).not.toMatch(/k1|k2|Bearer t/);
    expect(logs.text).toContain('[redacted]');
  });
});
