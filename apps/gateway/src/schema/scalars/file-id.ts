import { parseFileId } from '@minimax-files/core';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from '../bad-user-input.js';

const DESCRIPTION = 'A MiniMax file id: a positive 64-bit integer, always serialized as a decimal string.';

/**
 * Core's `parseFileId` is the one rule for what an id is; this scalar only decides where the text comes from.
 * An integer literal is read from its source text (`IntValueNode.value`), so 2^63-1 never passes through a
 * JavaScript number. A JSON number in variables is refused whatever its value: JSON.parse has already turned
 * its text into a double, so 9007199254740993 arrives as ...992 and 1.0000000000000001 as 1, and what the
 * client meant can no longer be known.
 */
export const FileIdScalar = new GraphQLScalarType<string, string>({
  name: 'FileID',
  description: DESCRIPTION,
  serialize: (value) => toFileId(value),
  parseValue(value) {
    if (typeof value === 'number') {
      throw badUserInput(
        'FileID: send ids in variables as decimal strings; a JSON number may already be rounded',
      );
    }
    if (typeof value !== 'string') throw badUserInput('FileID: expected a decimal string');
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
