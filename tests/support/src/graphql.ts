export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface GraphQLAnswer<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  /** The parsed body (undefined when it was not JSON); ids come back as the strings the FileID scalar sends. */
  body:
    | { data?: Data | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }
    | undefined;
  text: string;
}

/**
 * POST one GraphQL request (or a raw body, for what JSON.stringify cannot write) to `url`, with the operator
 * token when given. Never throws for an HTTP or GraphQL error: the answer is what a test asserts on.
 */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  request: GraphQLRequest | string,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLAnswer<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    body: typeof request === 'string' ? request : JSON.stringify(request),
  });
  const text = await response.text();
  let body: GraphQLAnswer<Data>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** The `data` of a successful answer; an Error naming the status and the errors otherwise. */
export async function queryData<Data = Record<string, unknown>>(
  url: string,
  request: GraphQLRequest | string,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<Data> {
  const answer = await postGraphQL<Data>(url, request, options);
  if (answer.status !== 200 || !answer.body?.data || answer.body.errors?.length) {
    throw new Error(`${url}: HTTP ${answer.status}: ${answer.text.slice(0, 300)}`);
  }
  return answer.body.data;
}
