import { describe, expect, it } from 'vitest';
import { bootstrapAuth, jsonQuery, yogaWith } from '../../test/helpers/plugin-yoga.js';

const yoga = yogaWith([bootstrapAuth(['token-one', 'token-two'])]);
const URL = 'http://gateway.test';

describe('useOperatorAuth', () => {
  it('lets a configured bearer token through', async () => {
    const response = await yoga.fetch(
      `${URL}/graphql`,
      jsonQuery('{ hello }', { authorization: 'Bearer token-two' }),
    );
    expect(await response.json()).toEqual({ data: { hello: 'world' } });
  });

  it('answers 401 with a challenge, and says invalid_token when a token was sent', async () => {
    const missing = await yoga.fetch(`${URL}/graphql`, jsonQuery('{ hello }'));
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="minimax-files-gateway"');
    expect(await missing.json()).toEqual({
      errors: [{ message: 'An operator token is required.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const wrong = await yoga.fetch(
      `${URL}/graphql`,
      jsonQuery('{ hello }', { authorization: 'Bearer token-three' }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('guards every path but the public ones', async () => {
    expect((await yoga.fetch(`${URL}/anything`)).status).toBe(401);
    expect((await yoga.fetch(`${URL}/readyz`)).status).not.toBe(401);
    expect((await yoga.fetch(`${URL}/healthz`)).status).toBe(200);
  });

  it('challenges browsers with Basic and accepts the token as the Basic password', async () => {
    const page = await yoga.fetch(`${URL}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(401);
    expect(page.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    const basic = await yoga.fetch(
      `${URL}/graphql`,
      jsonQuery('{ hello }', { authorization: `Basic ${btoa('anyone:token-one')}` }),
    );
    expect(await basic.json()).toEqual({ data: { hello: 'world' } });
    const wrong = await yoga.fetch(
      `${URL}/graphql`,
      jsonQuery('{ hello }', { authorization: `Basic ${btoa('token-one:wrong')}` }),
    );
    expect(wrong.status).toBe(401);
  });

  it('does nothing when no token is configured', async () => {
    const open = yogaWith([bootstrapAuth([])]);
    expect((await open.fetch(`${URL}/graphql`, jsonQuery('{ hello }'))).status).toBe(200);
  });
});
