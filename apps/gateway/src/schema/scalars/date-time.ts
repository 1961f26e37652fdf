import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from '../bad-user-input.js';

// RFC 3339 date-time with an explicit offset; Date.parse alone also accepts looser forms.
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** An instant, serialized as an ISO 8601 string in UTC (`Date.prototype.toISOString`). */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an RFC 3339 date-time string in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? parse(value) : undefined;
    if (!date || Number.isNaN(date.getTime()))
      throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue(value) {
    const date = typeof value === 'string' ? parse(value) : undefined;
    if (!date) throw badUserInput('DateTime: expected an RFC 3339 date-time string');
    return date;
  },
  parseLiteral(ast: ValueNode) {
    const date = ast.kind === Kind.STRING ? parse(ast.value) : undefined;
    if (!date) throw badUserInput('DateTime: expected an RFC 3339 date-time string');
    return date;
  },
});

function parse(text: string): Date | undefined {
  if (!RFC_3339.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
