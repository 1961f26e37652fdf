import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from './date-time.js';

describe('DateTime', () => {
  it('serializes an instant in UTC', () => {
    expect(DateTimeScalar.serialize(new Date(1700469398 * 1000))).toBe('2023-11-20T08:36:38.000Z');
    expect(DateTimeScalar.serialize('2023-11-20T16:36:38+08:00')).toBe('2023-11-20T08:36:38.000Z');
  });

  it('refuses invalid dates and loose formats', () => {
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(TypeError);
    expect(() => DateTimeScalar.parseValue('Nov 20 2023')).toThrow(/RFC 3339/);
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1700469398' })).toThrow(/RFC 3339/);
  });

  it('parses RFC 3339 strings', () => {
    expect(DateTimeScalar.parseValue('2023-11-20T08:36:38Z')).toEqual(new Date(1700469398 * 1000));
  });
});
