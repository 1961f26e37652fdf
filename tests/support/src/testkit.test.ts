import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { chromiumPath, postGraphQL, queryData } from './index.js';

test('chromiumPath names an existing browser, and CHROMIUM_PATH wins', () => {
  const found = chromiumPath();
  expect(existsSync(found)).toBe(true);
  process.env.CHROMIUM_PATH = process.execPath;
  try {
    expect(chromiumPath()).toBe(process.execPath);
  } finally {
    delete process.env.CHROMIUM_PATH;
  }
});

test('postGraphQL sends the token and returns the whole answer; queryData throws on errors', async () => {
  const seen: { authorization?: string; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ authorization: req.headers.authorization, body });
      const failing = body.includes('boom');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(failing ? { errors: [{ message: 'boom' }] } : { data: { file: { id: '1' } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    const answer = await postGraphQL(url, { query: '{ file(id: "1") { id } }' }, { token: 't0k' });
    expect(answer.status).toBe(200);
    expect(answer.body?.data).toEqual({ file: { id: '1' } });
    expect(seen[0]?.authorization).toBe('Bearer t0k');
    expect(await queryData(url, '{"query":"{ a }"}')).toEqual({ file: { id: '1' } });
    await expect(queryData(url, { query: '{ boom }' })).rejects.toThrow(/boom/);
  } finally {
    server.close();
  }
});
