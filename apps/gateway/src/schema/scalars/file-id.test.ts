import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FileIdScalar } from './file-id.js';

function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('FileID', () => {
  it('reads integer literals from their source text, exactly', () => {
    expect(FileIdScalar.parseLiteral({ kind: Kind.INT, value: '9223372036854775807' })).toBe(
      '9223372036854775807',
    );
    expect(FileIdScalar.parseLiteral({ kind: Kind.INT, value: '9007199254740993' })).toBe('9007199254740993');
    expect(FileIdScalar.parseLiteral({ kind: Kind.STRING, value: '007' })).toBe('7');
  });

  it('parses string variables, and serializes as a string', () => {
    expect(FileIdScalar.parseValue('9223372036854775807')).toBe('9223372036854775807');
    expect(FileIdScalar.serialize('0042')).toBe('42');
  });

  it.each([
    ['a number JSON.parse already rounded', () => FileIdScalar.parseValue(2 ** 53 + 2)],
    ['any JSON number, even a small integer', () => FileIdScalar.parseValue(42)],
    ['2^63', () => FileIdScalar.parseValue('9223372036854775808')],
    ['a float literal', () => FileIdScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.0' })],
    ['a boolean literal', () => FileIdScalar.parseLiteral({ kind: Kind.BOOLEAN, value: true })],
    ['full-width digits', () => FileIdScalar.parseValue('４２')],
    ['null', () => FileIdScalar.parseValue(null)],
  ])('refuses %s with BAD_USER_INPUT', (_, run) => {
    const error = refusal(run);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^FileID: /);
  });
});
