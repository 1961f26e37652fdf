import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { GATEWAY_URL, OPERATOR_TOKEN } from './servers.js';

// The suite's gateway runs with GATEWAY_DOCUMENTS=trusted-only, as a gateway that only the admin talks to would:
// a test asking it directly sends an admin document's id from the manifest codegen wrote, like the admin does.
const manifest = JSON.parse(
  readFileSync(new URL('../../../apps/admin/src/gql/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;

/** The id of the admin's document holding `query <operation>` (or `mutation <operation>`). */
export function trustedDocumentId(operation: string, kind: 'query' | 'mutation' = 'query'): string {
  const entry = Object.entries(manifest).find(([, document]) => document.includes(`${kind} ${operation}(`));
  if (!entry) throw new Error(`the admin's manifest has no ${kind} ${operation}`);
  return entry[0];
}

/** The error message the gateway gives for an id, asked directly, to check the admin shows it unchanged. */
export async function gatewayErrorMessage(request: APIRequestContext, id: string): Promise<string> {
  const response = await request.post(`${GATEWAY_URL}/graphql`, {
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    data: {
      extensions: { persistedQuery: { version: 1, sha256Hash: trustedDocumentId('File') } },
      variables: { id },
    },
  });
  const body = (await response.json()) as { data?: { file?: { __typename: string; message?: string } } };
  const message = body.data?.file?.message;
  if (!message) throw new Error(`the gateway gave no error for ${id}: ${JSON.stringify(body)}`);
  return message;
}
