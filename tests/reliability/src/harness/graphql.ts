import type { Agent } from 'node:http';
import { type HttpResponse, send } from './http-client.js';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLError[];
}

export interface GraphQLResponse extends HttpResponse {
  json: GraphQLBody | undefined;
}

export interface PostOptions {
  token?: string | null;
  agent?: Agent | false;
  /** The raw body, for requests JSON.stringify cannot write (numbers beyond 2^53, malformed JSON). */
  rawBody?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** POST /graphql with the operator token; `token: null` sends none. */
export async function postGraphQL(
  gatewayUrl: string,
  request: GraphQLRequest | GraphQLRequest[] | undefined,
  options: PostOptions & { token: string | null },
): Promise<GraphQLResponse> {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...options.headers,
  };
  if (options.token !== null) headers.authorization = `Bearer ${options.token}`;
  const response = await send(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers,
    body: options.rawBody ?? JSON.stringify(request),
    agent: options.agent ?? false,
  });
  return { ...response, json: parseJson(response.text) };
}

function parseJson(text: string): GraphQLBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as GraphQLBody) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a response is not valid GraphQL over HTTP (an empty list when it is): a JSON media type, a JSON
 * object with `data` and/or a non-empty `errors` list of objects with a string message, and a status that
 * is 200 or a 4xx with errors — never a 5xx.
 */
export function graphqlOverHttpProblems(response: GraphQLResponse): string[] {
  const problems: string[] = [];
  const contentType = String(response.headers['content-type'] ?? '');
  if (!/^application\/(graphql-response\+)?json/.test(contentType))
    problems.push(`content-type ${contentType}`);
  if (response.status >= 500) problems.push(`status ${response.status}`);
  if (!response.complete) problems.push('incomplete body');
  const body = response.json;
  if (!body) return [...problems, `not a JSON object: ${response.text.slice(0, 200)}`];
  if (!('data' in body) && !('errors' in body)) problems.push('neither data nor errors');
  if (body.errors !== undefined) {
    if (!Array.isArray(body.errors) || body.errors.length === 0)
      problems.push('errors is not a non-empty list');
    else if (body.errors.some((error) => typeof error?.message !== 'string'))
      problems.push('error without message');
  }
  if (response.status !== 200 && !body.errors) problems.push(`status ${response.status} without errors`);
  return problems;
}

export function errorCodes(response: GraphQLResponse): (string | undefined)[] {
  return (response.json?.errors ?? []).map((error) => error.extensions?.code);
}
