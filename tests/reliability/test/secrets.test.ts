import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { downloadThroughGateway } from '../src/harness/download.js';
import { OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN } from '../src/harness/gateway-process.js';
import { postGraphQL } from '../src/harness/graphql.js';
import type { HttpResponse } from '../src/harness/http-client.js';
import { send } from '../src/harness/http-client.js';
import { FILE_QUERY, lookUp } from '../src/harness/lookup.js';
import { secretLeaks } from '../src/harness/secrets.js';
import { API_KEY, type Stack, startStack } from '../src/harness/stack.js';

const SECRETS = {
  'the MiniMax API key': API_KEY,
  'an operator token': OPERATOR_TOKEN,
  'the second token': SECOND_OPERATOR_TOKEN,
};
const KEY_ONLY = { 'the MiniMax API key': API_KEY };

/** Upstream answers that echo the key back, as a misbehaving proxy or upstream might. */
const ECHOING_FAULTS = [
  { statusCode: 1004, statusMsg: `invalid api key: Bearer ${API_KEY}` },
  { statusCode: 1000, statusMsg: `unknown error for key ${API_KEY}` },
  { httpStatus: 500, httpBody: `<html>upstream failure, Authorization: Bearer ${API_KEY}</html>` },
  { httpStatus: 404, httpBody: `no route; you sent Authorization: Bearer ${API_KEY}` },
  { httpStatus: 200, httpBody: `{"base_resp":{"status_code":2013,"status_msg":"bad key ${API_KEY}"}}` },
  { httpStatus: 429, httpBody: `{"base_resp":{"status_code":1002,"status_msg":"${API_KEY} over limit"}}` },
];

describe('secrets stay in the gateway process', () => {
  let stack: Stack;
  const responses: HttpResponse[] = [];

  beforeAll(async () => {
    // The most verbose log level: whatever is logged at all must still be clean.
    stack = await startStack({ gatewayEnv: { LOG_LEVEL: 'trace', MINIMAX_MAX_RETRIES: '0' } });
    const { emulator, gateway } = stack;
    for (const [index, fault] of ECHOING_FAULTS.entries()) {
      emulator.setFault({ ...fault, fileId: String(7_800_000_000_000_000 + index), route: 'retrieve' });
    }
    emulator.setFault({ fileId: SEEDED.withBackup, route: 'storage', truncateBody: true });
    const lookups = await Promise.all([
      ...ECHOING_FAULTS.map((_, index) => lookUp(gateway, String(7_800_000_000_000_000 + index))),
      lookUp(gateway, SEEDED.speechWav),
      lookUp(gateway, SEEDED.maxId),
      lookUp(gateway, SEEDED.noDownloadUrl),
      lookUp(gateway, '404404404404'),
    ]);
    responses.push(...lookups.map((lookup) => lookup.response));
    for (const id of [
      SEEDED.speechWav,
      SEEDED.maxId,
      SEEDED.noDownloadUrl,
      SEEDED.withBackup,
      '7800000000000000',
    ]) {
      responses.push(await downloadThroughGateway(gateway, id));
    }
    // Failed sign-ins, bad requests and probes are logged too.
    responses.push(
      await postGraphQL(
        gateway.url,
        { query: FILE_QUERY, variables: { id: '1' } },
        { token: `${OPERATOR_TOKEN}x` },
      ),
      await postGraphQL(gateway.url, { query: '{ nope }' }, { token: OPERATOR_TOKEN }),
      await postGraphQL(gateway.url, undefined, { token: SECOND_OPERATOR_TOKEN, rawBody: '{"query":' }),
      await send(`${gateway.url}/healthz`),
      await send(`${gateway.url}/readyz`),
      await send(`${gateway.url}/metrics`, { headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } }),
    );
    // Let the last log lines flush from the child's pipes.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  afterAll(() => stack?.close());

  it('keeps the API key out of every response, even when the upstream echoes it back', ({ task }) => {
    const leaks = responses.flatMap((response, index) =>
      secretLeaks(`${JSON.stringify(response.headers)}\n${response.text}`, KEY_ONLY).map(
        (leak) => `#${index}: ${leak}`,
      ),
    );
    record(task, { leaksFound: leaks.length });
    expect(leaks).toEqual([]);
    // The echoing answers still came back as their union members with a readable message.
    const members = responses
      .slice(0, ECHOING_FAULTS.length)
      .map((response) => (JSON.parse(response.text).data.file as { __typename: string }).__typename);
    expect(members).toEqual([
      'AuthenticationFailed',
      'UpstreamError',
      'UpstreamError',
      'UpstreamError',
      'InvalidFileId',
      'RateLimited',
    ]);
  });

  it('writes neither the API key nor an operator token to its logs', ({ task }) => {
    const output = stack.gateway.output();
    expect(output.length, 'the gateway logged something at trace level').toBeGreaterThan(1_000);
    const leaks = secretLeaks(output, SECRETS);
    record(task, { leaksFound: leaks.length });
    expect(leaks).toEqual([]);
  });

  it('never sends the key to a download host, while the API routes do carry it', ({ task }) => {
    const requests = stack.emulator.requests;
    const storage = requests.filter((entry) => entry.route === 'storage' || entry.route === 'backup_storage');
    const api = requests.filter((entry) => entry.route === 'retrieve' || entry.route === 'retrieve_content');
    expect(storage.length).toBeGreaterThan(0);
    expect(api.length).toBeGreaterThan(0);
    const leaks = storage.filter((entry) => entry.hasAuthorization);
    record(task, { leaksFound: leaks.length });
    expect(leaks).toEqual([]);
    expect(api.every((entry) => entry.hasAuthorization)).toBe(true);
  });

  it('hands out gateway download URLs, never the upstream signed link', async () => {
    const lookup = await lookUp(stack.gateway, SEEDED.speechWav);
    const downloadUrl = lookup.file?.downloadUrl ?? '';
    expect(downloadUrl).toMatch(new RegExp(`/files/${SEEDED.speechWav}/content$`));
    expect(downloadUrl).not.toContain(new URL(stack.emulator.url).host);
    expect(lookup.response.text).not.toMatch(/signature|expires=|Signature=/i);
  });
});
