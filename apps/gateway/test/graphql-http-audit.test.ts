import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

/** The audits' requests, with the operator token every gateway request needs. */
const authorizedFetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${OPERATOR_TOKEN}`);
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP conformance (graphql-http serverAudits) against the live gateway', () => {
  for (const audit of serverAudits({ url: () => `${stack.url}/graphql`, fetchFn: authorizedFetch })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result, 'reason' in result ? result.reason : undefined).toMatchObject({ status: 'ok' });
    });
  }
});
