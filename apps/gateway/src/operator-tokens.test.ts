import { describe, expect, it } from 'vitest';
import { bearerTokenOf, createTokenVerifier } from './operator-tokens.js';

describe('createTokenVerifier', () => {
  const verify = createTokenVerifier(['alpha-token', 'beta-token']);

  it('accepts each configured token', () => {
    expect(verify('alpha-token')).toBe(true);
    expect(verify('beta-token')).toBe(true);
  });

  it('refuses anything else, prefixes and extensions included', () => {
    for (const token of ['', 'alpha', 'alpha-token2', 'ALPHA-TOKEN', 'beta-token ']) {
      expect(verify(token)).toBe(false);
    }
  });

  it('refuses everything when no token is configured', () => {
    expect(createTokenVerifier([])('anything')).toBe(false);
  });
});

describe('bearerTokenOf', () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['bearer abc', 'abc'],
    ['Bearer   abc ', 'abc'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    [null, undefined],
  ])('%s → %s', (header, token) => {
    expect(bearerTokenOf(header)).toBe(token);
  });
});
