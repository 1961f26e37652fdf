import { parseFileId } from '@minimax-files/core';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from './bad-user-input.js';

const DESCRIPTION = 'A MiniMax file id: a positive 64-bit integer, always serialized as a decimal string.';

/**
 * Core's `parseFileId` is the one rule for what an id is; this scalar only decides where the text comes from.
 * An integer literal is read from its source text (`IntValueNode.value`), so 2^63-1 never passes through a
 * JavaScript number. A JSON number in variables has already been parsed by JSON.parse, so only safe integers
 * are exact: larger ones are refused rather than silently rounded.
 */
export const FileIdScalar = new GraphQLScalarType<string, string>({
  name: 'FileID',
  description: DESCRIPTION,
  serialize: (value) => toFileId(value),
  parseValue(value) {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw badUserInput(`FileID: ${value} is not exact as a JSON number; send ids as decimal strings`);
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw badUserInput('FileID: expected a decimal string');
    }
    return toFileId(value);
  },
  parseLiteral(ast: ValueNode) {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return toFileId(ast.value);
    throw badUserInput(`FileID: expected a decimal string or an integer literal, got a ${ast.kind} value`);
  },
});

function toFileId(value: unknown): string {
  try {
    return parseFileId(value);
  } catch (error) {
    throw badUserInput(`FileID: ${error instanceof Error ? error.message : 'not a positive 64-bit integer'}`);
  }
}
