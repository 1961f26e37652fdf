import { describe, expect, it } from 'vitest';
import { jsonQuery, yogaWith } from '../../test/helpers/plugin-yoga.js';
import { useCsrfPrevention } from './use-csrf-prevention.js';

const yoga = yogaWith([useCsrfPrevention()]);
const URL = 'http://gateway.test/graphql';

describe('useCsrfPrevention', () => {
  it('lets JSON bodies through: browsers preflight them cross-site', async () => {
    expect((await yoga.fetch(URL, jsonQuery('{ hello }'))).status).toBe(200);
  });

  it.each([
    [
      'a form post',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query={hello}',
      },
    ],
    [
      'a text/plain post',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{hello}"}' },
    ],
    ['a bare GET', { method: 'GET' }],
  ])('refuses %s with 403', async (_, init) => {
    const response = await yoga.fetch(`${URL}?query=%7Bhello%7D`, init as RequestInit);
    expect(response.status).toBe(403);
    expect((await response.json()).errors[0].extensions.code).toBe('CSRF_PREVENTED');
  });

  it.each(['authorization', 'x-graphql-yoga-csrf', 'graphql-require-preflight'])(
    'lets a GET carrying %s through',
    async (header) => {
      const response = await yoga.fetch(`${URL}?query=%7Bhello%7D`, { headers: { [header]: 'x' } });
      expect(response.status).toBe(200);
    },
  );
});
