import { describe, expect, it } from 'vitest';
import { RateLimitedError, type UpstreamEvent, type UpstreamRequestEvent } from '../src/index.js';
import { rejectionOf, testClient } from './helpers/client.js';
import { errorBody, retrieveBody, sendRaw, startServer } from './helpers/http-server.js';

describe('beforeUpstreamRequest (an account-wide budget hook)', () => {
  it('is asked before every attempt, retries included', async () => {
    let index = 0;
    const server = await startServer((_req, res) => {
      index += 1;
      if (index === 1) sendRaw(res, 503, 'busy');
      else sendRaw(res, 200, retrieveBody({}));
    });
    const asked: UpstreamRequestEvent[] = [];
    const file = await testClient(server.url, {
      beforeUpstreamRequest: (event) => void asked.push(event),
    }).retrieve('42');
    expect(file.id).toBe('42');
    expect(asked).toEqual([
      { route: 'retrieve', attempt: 0 },
      { route: 'retrieve', attempt: 1 },
    ]);
    expect(server.requests).toHaveLength(2);
  });

  it('refuses an attempt: nothing is sent, the error ends the call without a retry', async () => {
    const server = await startServer((_req, res) => sendRaw(res, 200, retrieveBody({})));
    let asked = 0;
    const refusal = new RateLimitedError('over budget', { retryable: true, retryAfterSeconds: 1 });
    const error = await rejectionOf(
      testClient(server.url, {
        maxRetries: 3,
        beforeUpstreamRequest: async () => {
          asked += 1;
          throw refusal;
        },
      }).retrieve('42'),
    );
    expect(error).toBe(refusal);
    expect(asked).toBe(1);
    expect(server.requests).toHaveLength(0);
  });

  it('reports Retry-After of a rate-limited attempt to onUpstreamResponse', async () => {
    const server = await startServer((_req, res) =>
      sendRaw(res, 200, errorBody(1002, 'rpm'), { 'retry-after': '30' }),
    );
    const events: UpstreamEvent[] = [];
    await rejectionOf(
      testClient(server.url, {
        maxRetries: 0,
        onUpstreamResponse: (event) => void events.push(event),
      }).retrieve('42'),
    );
    expect(events).toMatchObject([{ route: 'retrieve', outcome: 'RateLimited', retryAfterSeconds: 30 }]);
  });
});
