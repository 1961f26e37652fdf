import { describe, expect, it } from 'vitest';
import { createTokenVerifier, presentedTokenOf } from './operator-tokens.js';

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

describe('presentedTokenOf', () => {
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
  ])('%s → %s', (header, token) => {
    expect(presentedTokenOf(header)).toBe(token);
  });
});
