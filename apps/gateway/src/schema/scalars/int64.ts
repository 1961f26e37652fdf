import { MAX_FILE_ID } from '@minimax-files/core';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from '../bad-user-input.js';

/** File ids and sizes share int64's ceiling, 2^63-1. */
const INT64_MAX = BigInt(MAX_FILE_ID);
const DIGITS = /^\d+$/;

/**
 * A non-negative 64-bit integer carried as a decimal string: GraphQL's Int stops at 2^31 and JSON numbers
 * at 2^53, and file sizes pass both.
 */
export const Int64Scalar = new GraphQLScalarType<string, string>({
  name: 'Int64',
  description: 'A non-negative 64-bit integer serialized as a decimal string.',
  serialize(value) {
    const text = toText(value);
    if (text === undefined) throw new TypeError(`Int64 cannot represent ${String(value)}`);
    return text;
  },
  parseValue(value) {
    const text = toText(value);
    if (text === undefined)
      throw badUserInput('Int64: expected a non-negative 64-bit integer as a decimal string');
    return text;
  },
  parseLiteral(ast: ValueNode) {
    const text = ast.kind === Kind.INT || ast.kind === Kind.STRING ? toText(ast.value) : undefined;
    if (text === undefined) throw badUserInput('Int64: expected a non-negative 64-bit integer');
    return text;
  },
});

function toText(value: unknown): string | undefined {
  let big: bigint;
  if (typeof value === 'bigint') big = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) big = BigInt(value);
  else if (typeof value === 'string' && DIGITS.test(value)) big = BigInt(value);
  else return undefined;
  return big >= 0n && big <= INT64_MAX ? big.toString() : undefined;
}
