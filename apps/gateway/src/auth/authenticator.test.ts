import { describe, expect, it } from 'vitest';
import { bootstrapAuth, NO_DATABASE } from '../../test/helpers/plugin-yoga.js';
import { createAuthenticator, credentialOf, DatabaseUnavailableError } from './authenticator.js';

const sessions = { maxAgeMs: 60_000, idleMs: 60_000 };

describe('createAuthenticator (bootstrap tokens)', () => {
  const auth = createAuthenticator({
    bootstrapTokens: ['alpha-token', 'beta-token'],
    database: NO_DATABASE,
    sessions,
  });
  const token = (value: string) => ({ kind: 'token' as const, value });

  it('names each configured token an ADMIN, bootstrap-1, bootstrap-2, … in order', async () => {
    expect(await auth.authenticate(token('alpha-token'))).toEqual({ name: 'bootstrap-1', role: 'ADMIN' });
    expect(await auth.authenticate(token('beta-token'))).toEqual({ name: 'bootstrap-2', role: 'ADMIN' });
    expect(auth.peek(token('beta-token'))).toEqual({ name: 'bootstrap-2', role: 'ADMIN' });
  });

  it('refuses anything else without a database, prefixes and extensions included', async () => {
    for (const value of ['', 'alpha', 'alpha-token2', 'ALPHA-TOKEN', 'beta-token ']) {
      expect(await auth.authenticate(token(value))).toBeUndefined();
    }
  });

  it('says the database is unavailable for a token of its own shape it cannot check', async () => {
    await expect(auth.authenticate(token('mmf_op_whatever'))).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    await expect(auth.authenticate({ kind: 'session', value: 'mmf_s_x' })).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
  });

  it('is usable as the wired auth plugin', () => {
    expect(bootstrapAuth(['alpha-token'])).toHaveProperty('onRequest');
  });
});

describe('credentialOf', () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['bearer abc', 'abc'],
    ['Bearer   abc ', 'abc'],
    ['Basic abc', undefined],
    [`Basic ${btoa('operator:s3cret')}`, 's3cret'],
    [`Basic ${btoa(':s3cret:with:colons')}`, 's3cret:with:colons'],
    [`Basic ${btoa('operator:')}`, undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    [null, undefined],
    ['Session mmf_s_abc', undefined],
  ])('%s → %s', (header, token) => {
    if (header === 'Session mmf_s_abc') {
      expect(credentialOf(header)).toEqual({ kind: 'session', value: 'mmf_s_abc' });
      return;
    }
    expect(credentialOf(header)).toEqual(token === undefined ? undefined : { kind: 'token', value: token });
  });
});
