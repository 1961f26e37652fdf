import type { APIRequestContext } from '@playwright/test';
import { GATEWAY_URL, OPERATOR_TOKEN } from './servers.js';

/** The error message the gateway gives for an id, asked directly, to check the admin shows it unchanged. */
export async function gatewayErrorMessage(request: APIRequestContext, id: string): Promise<string> {
  const response = await request.post(`${GATEWAY_URL}/graphql`, {
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    data: {
      query: 'query ($id: FileID!) { file(id: $id) { __typename ... on Error { message } } }',
      variables: { id },
    },
  });
  const body = (await response.json()) as { data?: { file?: { __typename: string; message?: string } } };
  const message = body.data?.file?.message;
  if (!message) throw new Error(`the gateway gave no error for ${id}: ${JSON.stringify(body)}`);
  return message;
}
