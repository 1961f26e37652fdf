import type { Agent } from 'node:http';
import { FILE_RESULT_SELECTION, type FileResultValue } from './file-result.js';
import { type GraphQLResponse, postGraphQL } from './graphql.js';

export const FILE_QUERY = `query File($id: FileID!) { file(id: $id) { ${FILE_RESULT_SELECTION} } }`;

export interface Lookup {
  response: GraphQLResponse;
  file: FileResultValue | undefined;
  elapsedMs: number;
}

/** `file(id)` through the gateway with every member's identifying fields. */
export async function lookUp(
  gateway: { url: string; token: string },
  id: string,
  agent?: Agent | false,
): Promise<Lookup> {
  const started = performance.now();
  const response = await postGraphQL(
    gateway.url,
    { query: FILE_QUERY, variables: { id } },
    {
      token: gateway.token,
      agent,
    },
  );
  const file = response.json?.data?.file as FileResultValue | undefined;
  return { response, file, elapsedMs: performance.now() - started };
}
