#!/usr/bin/env node
// `pnpm supergraph:check [schema-file]`: composes the gateway's schema (default schema.graphql) with the example
// tasks subgraph into a Federation v2 supergraph, exactly as a supergraph's CI would, and exits 1 with every
// composition error when it does not compose.
import { readFileSync } from 'node:fs';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

const here = (path) => new URL(path, import.meta.url);
const schemaFile = process.argv[2] ?? here('../schema.graphql');

const result = composeServices([
  {
    name: 'minimax-files',
    typeDefs: parse(readFileSync(schemaFile, 'utf8')),
    url: 'http://files.invalid/graphql',
  },
  {
    name: 'tasks',
    typeDefs: parse(readFileSync(here('../test/fixtures/tasks-subgraph.graphql'), 'utf8')),
    url: 'http://tasks.invalid/graphql',
  },
]);

if (result.errors && result.errors.length > 0) {
  console.error(`the gateway's schema does not compose as a Federation v2 subgraph:`);
  for (const error of result.errors) console.error(`- ${error.message}`);
  process.exit(1);
}
console.log('the gateway composes into a supergraph with the example tasks subgraph');
