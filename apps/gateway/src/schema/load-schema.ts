import { readFileSync } from 'node:fs';
import { createSchema } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { resolvers } from './resolvers/index.js';

// schema.graphql sits at the package root, next to both src/ (tests) and dist/ (the built server).
const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

export function loadTypeDefs(): string {
  return readFileSync(SCHEMA_FILE, 'utf8');
}

/** The executable schema: the SDL, which is the source of truth, with the resolvers generated types check. */
export function createGatewaySchema() {
  return createSchema<GatewayContext>({ typeDefs: loadTypeDefs(), resolvers });
}
