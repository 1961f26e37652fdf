import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bootstrapAuth, yogaWith } from '../../test/helpers/plugin-yoga.js';
import { GRAPHIQL_ASSET_URLS } from '../graphiql/graphiql-assets.js';
import { useGraphiQL } from './use-graphiql.js';

const URL = 'http://gateway.test/graphql';
const html = { headers: { accept: 'text/html' } };
const asset = (path: string) => `http://gateway.test${path}`;

describe('useGraphiQL', () => {
  it('serves the page and its assets to browsers only behind operator auth', async () => {
    const yoga = yogaWith([
      bootstrapAuth(['token-one-with-24-characters']),
      useGraphiQL({ options: { title: 'Gateway <page>' } }),
    ]);
    expect((await yoga.fetch(URL, html)).status).toBe(401);
    expect((await yoga.fetch(asset(GRAPHIQL_ASSET_URLS.script))).status).toBe(401);
    const authorization = 'Bearer token-one-with-24-characters';
    const page = await yoga.fetch(URL, { headers: { ...html.headers, authorization } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
    const body = await page.text();
    expect(body).toContain('<title>Gateway &#60;page&#62;</title>');
    expect(body).not.toContain('token-one');
    const script = await yoga.fetch(asset(GRAPHIQL_ASSET_URLS.script), { headers: { authorization } });
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('renderYogaGraphiQL');
  });

  it('answers 404 for an asset it does not have (an older release, say)', async () => {
    const yoga = yogaWith([useGraphiQL({ options: {} })]);
    const response = await yoga.fetch(asset('/graphiql/000000000000/graphiql.js'));
    expect(response.status).toBe(404);
  });

  it('sends gzipped assets to clients that accept them, the same bytes unzipped', async () => {
    const yoga = yogaWith([useGraphiQL({ options: {} })]);
    const plain = await yoga.fetch(asset(GRAPHIQL_ASSET_URLS.script));
    const zipped = await yoga.fetch(asset(GRAPHIQL_ASSET_URLS.script), {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const zippedBytes = Buffer.from(await zipped.arrayBuffer());
    const plainBytes = Buffer.from(await plain.arrayBuffer());
    expect(zippedBytes.byteLength).toBeLessThan(plainBytes.byteLength / 3);
    expect(gunzipSync(zippedBytes).equals(plainBytes)).toBe(true);
  });

  it('leaves GraphQL GET requests to Yoga', async () => {
    const yoga = yogaWith([useGraphiQL({ options: {} })]);
    const response = await yoga.fetch(`${URL}?query=${encodeURIComponent('{ hello }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(await response.json()).toEqual({ data: { hello: 'world' } });
  });
});
