import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse } from 'graphql';
import { resolvers } from './resolvers/index.js';

// schema.graphql sits at the package root, next to both src/ (tests) and dist/ (the built server).
const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

export function loadTypeDefs(): string {
  return readFileSync(SCHEMA_FILE, 'utf8');
}

/**
 * The executable schema: the SDL, which is the source of truth, with the resolvers generated types check.
 * Built as a Federation v2 subgraph, which adds `_service { sdl }` and `_entities` (File by its `@key`, resolved
 * by `File.__resolveReference` through the request's look-ups) to the same schema every caller sees.
 */
type SubgraphResolvers = Extract<
  Parameters<typeof buildSubgraphSchema>[0],
  { resolvers?: unknown }
>['resolvers'];

export function createGatewaySchema(): GraphQLSchema {
  return buildSubgraphSchema({
    typeDefs: parse(loadTypeDefs()),
    // The generated Resolvers type is stricter than @apollo/subgraph's loose resolver map.
    resolvers: resolvers as SubgraphResolvers,
  });
}
