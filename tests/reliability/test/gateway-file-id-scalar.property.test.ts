import { SEEDED } from '@minimax-files/emulator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { fileIdCandidate, integerLiteralCandidate } from '../src/harness/file-id-arbitraries.js';
import { canonicalFileId, MAX_FILE_ID } from '../src/harness/file-id-oracle.js';
import { errorCodes, type GraphQLResponse, postGraphQL } from '../src/harness/graphql.js';
import { keepAliveAgent } from '../src/harness/http-client.js';
import { mapConcurrently } from '../src/harness/pool.js';
import { retrieveRequests, type Stack, startStack } from '../src/harness/stack.js';

const SELECTION = '{ __typename ... on File { id } ... on FileNotFound { id } }';
const CONCURRENCY = 16;
const SEED = 20260527;

/** How a candidate id is written into the request. */
type Form = 'variable' | 'string literal' | 'integer literal' | 'JSON number';

interface Case {
  form: Form;
  text: string;
  /** The canonical id the gateway must look up, or null when it must refuse the input. */
  expected: string | null;
}

const asVariable = (text: string) => ({
  query: `query Lookup($id: FileID!) { file(id: $id) ${SELECTION} }`,
  variables: { id: text },
});
const asLiteral = (literal: string) => ({ query: `{ file(id: ${literal}) ${SELECTION} }` });

/** The exact value a JSON number's text spells, when it is an integer; null otherwise. */
function exactJsonInteger(text: string): bigint | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(whole + fraction);
  if (exponent >= 0) return (sign ? -1n : 1n) * digits * 10n ** BigInt(exponent);
  const divisor = 10n ** BigInt(-exponent);
  return digits % divisor === 0n ? (sign ? -1n : 1n) * (digits / divisor) : null;
}

const jsonNumberText = fc
  .tuple(
    fc.oneof(
      integerLiteralCandidate,
      fc.integer({ min: -5, max: 1_000_000 }).map(String),
      fc.constantFrom('9007199254740991', '9007199254740992', '9007199254740993', '9223372036854775807'),
    ),
    fc.constantFrom('', '', '', '.0', '.5', '.25'),
    fc.constantFrom('', '', '', 'e0', 'e1', 'e3', 'E-1', 'e+2'),
  )
  .map(([integer, fraction, exponent]) => `${integer}${fraction}${exponent}`);

function jsonNumberExpectation(text: string): string | null {
  const exact = exactJsonInteger(text);
  // Only a number JSON.parse holds exactly can be accepted; above 2^53 - 1 it must be refused, not rounded.
  if (exact === null || exact < 1n || exact > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return exact <= MAX_FILE_ID ? exact.toString() : null;
}

function buildCases(): Case[] {
  const strings = fc.sample(fileIdCandidate, { numRuns: 2_000, seed: SEED });
  const literals = fc.sample(fileIdCandidate, { numRuns: 1_000, seed: SEED + 1 });
  const integers = fc.sample(integerLiteralCandidate, { numRuns: 500, seed: SEED + 2 });
  const pinned = [
    '007',
    '0',
    '9223372036854775807',
    '9223372036854775808',
    SEEDED.beyondSafe,
    SEEDED.speechWav,
  ];
  return [
    ...[...pinned, ...strings].map((text) => ({
      form: 'variable' as const,
      text,
      expected: canonicalFileId(text),
    })),
    ...[...pinned, ...literals].map((text) => ({
      form: 'string literal' as const,
      text,
      expected: canonicalFileId(text),
    })),
    ...integers.map((text) => ({ form: 'integer literal' as const, text, expected: canonicalFileId(text) })),
  ];
}

/** JSON numbers as variables: JSON.parse has rounded them before any scalar sees them. */
function buildJsonNumberCases(): Case[] {
  const pinned = [
    '7',
    '9007199254740991',
    '9007199254740993',
    '1.0000000000000001',
    '9007199254740982.5',
    '1e3',
  ];
  const numbers = fc.sample(jsonNumberText, { numRuns: 500, seed: SEED + 3 });
  return [...pinned, ...numbers].map((text) => ({
    form: 'JSON number' as const,
    text,
    expected: jsonNumberExpectation(text),
  }));
}

function requestFor(stack: Stack, testCase: Case, agent: ReturnType<typeof keepAliveAgent>) {
  const options = { token: stack.gateway.token, agent };
  switch (testCase.form) {
    case 'variable':
      return postGraphQL(stack.gateway.url, asVariable(testCase.text), options);
    case 'string literal':
      return postGraphQL(stack.gateway.url, asLiteral(JSON.stringify(testCase.text)), options);
    case 'integer literal':
      return postGraphQL(stack.gateway.url, asLiteral(testCase.text), options);
    case 'JSON number':
      // Written by hand: JSON.stringify would round the number before the gateway ever saw it.
      return postGraphQL(stack.gateway.url, undefined, {
        ...options,
        rawBody: `{"query":${JSON.stringify(asVariable('').query)},"variables":{"id":${testCase.text}}}`,
      });
  }
}

/** What went wrong with one answer, or undefined when it is right. */
function verdict(testCase: Case, response: GraphQLResponse): string | undefined {
  const label = `${testCase.form} ${JSON.stringify(testCase.text).slice(0, 80)}`;
  if (response.status >= 500) return `${label}: HTTP ${response.status}`;
  if (testCase.expected === null) {
    const codes = errorCodes(response);
    const refused =
      response.status < 500 &&
      codes.length > 0 &&
      codes.every((code) => code === 'BAD_USER_INPUT') &&
      !response.json?.data;
    return refused
      ? undefined
      : `${label}: expected BAD_USER_INPUT, got ${response.status} ${response.text.slice(0, 300)}`;
  }
  const file = response.json?.data?.file as { __typename?: string; id?: string } | undefined;
  if (response.status !== 200 || !file)
    return `${label}: expected a result, got ${response.status} ${response.text}`;
  if (file.__typename !== 'File' && file.__typename !== 'FileNotFound') return `${label}: ${file.__typename}`;
  return file.id === testCase.expected
    ? undefined
    : `${label}: looked up ${file.id}, expected ${testCase.expected}`;
}

describe('gateway FileID scalar over HTTP', () => {
  let stack: Stack;
  const cases = buildCases();
  const jsonNumbers = buildJsonNumberCases();
  const agent = keepAliveAgent(CONCURRENCY);

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    agent.destroy();
    await stack?.close();
  });

  it(`refuses every invalid id with BAD_USER_INPUT and makes no upstream request for it`, async ({
    task,
  }) => {
    const rejected = cases.filter((testCase) => testCase.expected === null);
    expect(rejected.length).toBeGreaterThan(1_000);
    stack.emulator.clearRequests();
    const responses = await mapConcurrently(rejected, CONCURRENCY, (testCase) =>
      requestFor(stack, testCase, agent),
    );
    const wrong = rejected.map((testCase, index) => verdict(testCase, responses[index] as GraphQLResponse));
    const upstream = retrieveRequests(stack.emulator);
    record(task, { inputsTried: rejected.length, upstreamRequestsForRejectedIds: upstream });
    expect(wrong.filter(Boolean).slice(0, 20)).toEqual([]);
    expect(upstream).toBe(0);
  });

  it('looks every valid id up with its exact canonical value', async ({ task }) => {
    const accepted = cases.filter((testCase) => testCase.expected !== null);
    expect(accepted.length).toBeGreaterThan(1_000);
    stack.emulator.clearRequests();
    const responses = await mapConcurrently(accepted, CONCURRENCY, (testCase) =>
      requestFor(stack, testCase, agent),
    );
    const wrong = accepted.map((testCase, index) => verdict(testCase, responses[index] as GraphQLResponse));
    record(task, { inputsTried: accepted.length });
    expect(wrong.filter(Boolean).slice(0, 20)).toEqual([]);
    // Whatever was sent upstream was one of the accepted values, never a rounded or mangled one.
    const valid = new Set(accepted.map((testCase) => testCase.expected));
    const strays = stack.emulator.requests.filter(
      (entry) => entry.route === 'retrieve' && !valid.has(entry.fileId ?? ''),
    );
    expect(strays).toEqual([]);
  });

  it('takes a JSON number variable only when it is exactly the integer it spells, never a rounded one', async ({
    task,
  }) => {
    stack.emulator.clearRequests();
    const responses = await mapConcurrently(jsonNumbers, CONCURRENCY, (testCase) =>
      requestFor(stack, testCase, agent),
    );
    const wrong = jsonNumbers.map((testCase, index) => {
      const response = responses[index] as GraphQLResponse;
      // Refusing a JSON number is always allowed (the schema documents strings and integer literals only).
      if (
        errorCodes(response).every((code) => code === 'BAD_USER_INPUT') &&
        response.status < 500 &&
        !response.json?.data
      )
        return undefined;
      return testCase.expected === null
        ? `JSON number ${testCase.text}: accepted as ${JSON.stringify(response.json?.data)}, but it is not exactly an id`
        : verdict(testCase, response);
    });
    record(task, { inputsTried: jsonNumbers.length });
    expect(wrong.filter(Boolean).slice(0, 10)).toEqual([]);
  });

  it('is still up and answers a seeded file after all that', async () => {
    const response = await postGraphQL(stack.gateway.url, asVariable(SEEDED.beyondSafe), {
      token: stack.gateway.token,
    });
    expect(response.json?.data?.file).toEqual({ __typename: 'File', id: SEEDED.beyondSafe });
  });
});
