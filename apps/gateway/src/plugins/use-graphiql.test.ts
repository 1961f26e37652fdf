import { describe, expect, it } from 'vitest';
import { bootstrapAuth, yogaWith } from '../../test/helpers/plugin-yoga.js';
import { useGraphiQL } from './use-graphiql.js';

const URL = 'http://gateway.test/graphql';
const html = { headers: { accept: 'text/html' } };

describe('useGraphiQL', () => {
  it('serves the page to browsers only behind operator auth', async () => {
    const yoga = yogaWith([
      bootstrapAuth(['token-one']),
      useGraphiQL({ options: { title: 'Gateway page' } }),
    ]);
    expect((await yoga.fetch(URL, html)).status).toBe(401);
    const page = await yoga.fetch(URL, { headers: { ...html.headers, authorization: 'Bearer token-one' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const body = await page.text();
    expect(body).toContain('Gateway page');
    expect(body).not.toContain('token-one');
  });

  it('leaves GraphQL GET requests to Yoga', async () => {
    const yoga = yogaWith([useGraphiQL({ options: {} })]);
    const response = await yoga.fetch(`${URL}?query=${encodeURIComponent('{ hello }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(await response.json()).toEqual({ data: { hello: 'world' } });
  });
});
