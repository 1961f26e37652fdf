import { GraphQLError } from 'graphql';

/** A client mistake in an argument: GraphQL-js keeps `extensions.code` when it wraps this for the response. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
