import { MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EMULATOR_KEY,
  OPERATOR_TOKEN,
  SECOND_OPERATOR_TOKEN,
  type Stack,
  startStack,
} from './helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { LOG_LEVEL: 'debug' } });
  // Traffic of every kind, with secrets in every place a careless logger might pick them up.
  await stack.graphql(`{ file(id: ${SEEDED.speechWav}) { __typename } }`);
  await stack.graphql(`{ files(ids: [${SEEDED.small}, ${MISSING_FILE_ID}]) { __typename } }`);
  stack.emulator.setFault({ fileId: SEEDED.withBackup, route: 'retrieve', statusCode: 1004 });
  await stack.graphql(`{ file(id: ${SEEDED.withBackup}) { __typename } }`);
  stack.emulator.clearFaults();
  await (await stack.fetch(`/files/${SEEDED.speechWav}/content`)).arrayBuffer();
  await (
    await stack.fetch(`/files/${SEEDED.small}/content`, { headers: { 'x-request-id': 'caller-id-1' } })
  ).arrayBuffer();
  await fetch(`${stack.url}/graphql`, { headers: { authorization: `Bearer ${SECOND_OPERATOR_TOKEN}x` } });
  await stack.graphql('{ nope }');
});
afterAll(() => stack.close());

describe('logs', () => {
  it('are JSON lines with a request id on every request line', () => {
    const requests = stack.logs.entries().filter((entry) => entry.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(7);
    for (const entry of requests) {
      expect(entry).toMatchObject({ requestId: expect.any(String), status: expect.any(Number) });
    }
    expect(requests).toContainEqual(
      expect.objectContaining({ requestId: 'caller-id-1', route: 'file_content' }),
    );
  });

  it('carry the upstream trace id, tied to the request that caused the upstream call', () => {
    const upstream = stack.logs.entries().filter((entry) => entry.msg === 'upstream response');
    expect(upstream.length).toBeGreaterThanOrEqual(4);
    for (const entry of upstream) expect(entry.traceId).toMatch(/^[0-9a-f]{32}$/);
    const requestIds = new Set(
      stack.logs
        .entries()
        .filter((e) => e.msg === 'request')
        .map((e) => e.requestId),
    );
    for (const entry of upstream) expect(requestIds.has(entry.requestId)).toBe(true);
    expect(upstream).toContainEqual(expect.objectContaining({ outcome: 'AuthenticationFailed' }));
  });

  it('never contain the API key or an operator token', () => {
    const text = stack.logs.text;
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [EMULATOR_KEY, OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN, 'Signature=']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('/metrics', () => {
  it('reports requests by operation and outcome, upstream latency by kind, cache use and downloads', async () => {
    const response = await stack.fetch('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^gateway_lookups_total\{operation="file",outcome="File"\} [1-9]/m);
    expect(text).toMatch(/^gateway_lookups_total\{operation="files",outcome="FileNotFound"\} 1$/m);
    expect(text).toMatch(/^gateway_lookups_total\{operation="file",outcome="AuthenticationFailed"\} 1$/m);
    expect(text).toMatch(/^gateway_upstream_duration_seconds_count\{route="retrieve",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(
      /^gateway_upstream_duration_seconds_count\{route="retrieve",outcome="FileNotFound"\} 1$/m,
    );
    expect(text).toMatch(
      /^gateway_upstream_duration_seconds_count\{route="download_url",outcome="ok"\} [1-9]/m,
    );
    expect(text).toMatch(/^gateway_metadata_cache_total\{result="hit"\} [1-9]/m);
    expect(text).toMatch(/^gateway_metadata_cache_total\{result="miss"\} [1-9]/m);
    expect(text).toMatch(/^gateway_downloads_in_flight 0$/m);
    expect(text).toMatch(/^gateway_http_requests_total\{route="graphql",status="401"\} 1$/m);
    expect(text).toMatch(/^gateway_http_requests_total\{route="file_content",status="200"\} 2$/m);
  });
});
