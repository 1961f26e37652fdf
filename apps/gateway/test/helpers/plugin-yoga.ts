import { createSchema, createYoga, type Plugin } from 'graphql-yoga';

/** A minimal Yoga with only the plugins under test, for the unit tests beside each plugin (`yoga.fetch`). */
export function yogaWith(plugins: Plugin[], options: { graphiql?: boolean } = {}) {
  return createYoga({
    schema: createSchema({
      typeDefs: 'type Query { hello: String! deep: Query! }',
      resolvers: { Query: { hello: () => 'world', deep: () => ({}) } },
    }),
    plugins,
    graphiql: options.graphiql ?? false,
    landingPage: false,
    healthCheckEndpoint: '/healthz',
    logging: false,
  });
}

export const jsonQuery = (query: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
  body: JSON.stringify({ query }),
});
