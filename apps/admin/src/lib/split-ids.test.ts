import { describe, expect, it } from 'vitest';
import { splitIds } from './split-ids';

describe('splitIds', () => {
  it('splits on newlines, commas and spaces, keeping order', () => {
    expect(splitIds('3\n1, 2 \r\n 9223372036854775807;5\t6')).toEqual({
      valid: ['3', '1', '2', '9223372036854775807', '5', '6'],
      invalid: [],
    });
  });

  it('canonicalises and removes duplicates', () => {
    expect(splitIds('007 7 8,,008')).toEqual({ valid: ['7', '8'], invalid: [] });
  });

  it('lists what is not an id, once, as typed', () => {
    expect(splitIds('1 abc 0 abc 9223372036854775808')).toEqual({
      valid: ['1'],
      invalid: ['abc', '0', '9223372036854775808'],
    });
  });

  it('returns nothing for blank input', () => {
    expect(splitIds(' \n ,')).toEqual({ valid: [], invalid: [] });
  });
});
