import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildASTSchema, parse, printSchema } from 'graphql';
import { REPO_ROOT } from './paths.js';

/** The look-up every GraphQL row sends: the six fields an operator sees, plus the union's discriminator. */
export const FILE_QUERY =
  'query File($id: FileID!) { file(id: $id) { __typename ... on File { id filename purpose bytes createdAt downloadUrl } ... on Error { message retryable } } }';

export const BATCH_QUERY =
  'query Files($ids: [FileID!]!) { files(ids: $ids) { __typename ... on File { id filename } ... on Error { message } } }';

export function fileRequestBody(id: string): string {
  return JSON.stringify({ query: FILE_QUERY, variables: { id }, operationName: 'File' });
}

/**
 * The gateway's SDL, so baselines parse and validate exactly the same document against the same schema; printed
 * without its Federation directives (`@link`, `@key`), which a plain schema does not define.
 */
export function gatewaySdl(): string {
  const sdl = readFileSync(resolve(REPO_ROOT, 'apps/gateway/schema.graphql'), 'utf8');
  return printSchema(buildASTSchema(parse(sdl), { assumeValidSDL: true }));
}

/** The constant a baseline answers with: the shape of a seeded emulator file. */
export const CONSTANT_FILE = {
  __typename: 'File',
  id: '9223372036854775807',
  filename: 'speech.wav',
  purpose: 't2a_async',
  bytes: '5896337',
  createdAt: '2023-11-20T08:36:38.000Z',
  downloadUrl: '/files/9223372036854775807/content',
} as const;
