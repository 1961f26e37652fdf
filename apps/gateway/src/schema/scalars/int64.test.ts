import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Int64Scalar } from './int64.js';

describe('Int64', () => {
  it('serializes sizes beyond 2^31 and 2^53 exactly, as strings', () => {
    expect(Int64Scalar.serialize(3 * 2 ** 30)).toBe('3221225472');
    expect(Int64Scalar.serialize(2n ** 53n + 1n)).toBe('9007199254740993');
    expect(Int64Scalar.serialize('9223372036854775807')).toBe('9223372036854775807');
  });

  it('refuses what it cannot represent exactly', () => {
    expect(() => Int64Scalar.serialize(1.5)).toThrow(TypeError);
    expect(() => Int64Scalar.serialize(2 ** 60)).toThrow(TypeError);
    expect(() => Int64Scalar.serialize(-1)).toThrow(TypeError);
    expect(() => Int64Scalar.serialize('9223372036854775808')).toThrow(TypeError);
  });

  it('parses integer literals from their source text', () => {
    expect(Int64Scalar.parseLiteral({ kind: Kind.INT, value: '9223372036854775807' })).toBe(
      '9223372036854775807',
    );
    expect(() => Int64Scalar.parseLiteral({ kind: Kind.FLOAT, value: '1.0' })).toThrow(/Int64/);
  });
});
