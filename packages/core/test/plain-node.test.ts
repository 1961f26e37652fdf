import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Emulator, MISSING_FILE_ID, SEEDED, startEmulator } from '@minimax-files/emulator';
import { afterAll, beforeAll, expect, it } from 'vitest';

// What a user's script sees: the BUILT package imported by name from a folder outside the workspace, plain Node,
// no bundler and no TypeScript. Each fault below is set on an id of its own; the script names the kind it got.
const SCRIPT = `
import { createHash } from 'node:crypto';
import { MiniMaxFiles, MiniMaxFilesError } from '@minimax-files/core';
import * as facts from '@minimax-files/core/facts';

const options = { apiKey: process.env.KEY, baseURL: process.env.BASE_URL, maxRetries: 0, timeoutMs: 5000 };
const client = new MiniMaxFiles(options);
const file = await client.retrieve('9223372036854775807');
const kinds = {};
const kindOf = (promise) => promise.then(() => 'File', (e) => (e instanceof MiniMaxFilesError ? e.kind : String(e)));
for (const id of JSON.parse(process.env.FAULTED_IDS)) kinds[id] = await kindOf(client.retrieve(id));
kinds.wrongKey = await kindOf(new MiniMaxFiles({ ...options, apiKey: 'not-the-key' }).retrieve('42'));
const { body } = await client.download(process.env.DOWNLOAD_ID);
const hash = createHash('sha256');
for await (const chunk of body) hash.update(chunk);
const listed = (await client.list({ purpose: 'voice_clone' })).map((f) => f.id);
const factsShared = facts.MiniMaxFilesError === MiniMaxFilesError && facts.parseFileId('007') === '7';
console.log(JSON.stringify({ id: file.id, kinds, sha256: hash.digest('hex'), listed, factsShared }));
await client.close();
`;

const FAULTS: Record<string, number> = {
  '20130': 2013,
  '10020': 1002,
  '10080': 1008,
  '10260': 1026,
  '10010': 1001,
  '10000': 1000,
};
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
let emulator: Emulator;
let outside: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  for (const [fileId, statusCode] of Object.entries(FAULTS)) emulator.setFault({ fileId, statusCode });
  outside = await mkdtemp(join(tmpdir(), 'minimax-files-user-'));
  await mkdir(join(outside, 'node_modules', '@minimax-files'), { recursive: true });
  await symlink(packageDir, join(outside, 'node_modules', '@minimax-files', 'core'), 'dir');
  await writeFile(join(outside, 'script.mjs'), SCRIPT);
});
afterAll(async () => {
  await emulator.close();
  await rm(outside, { recursive: true, force: true });
});

it('works from a plain Node script outside the workspace: exact ids, every error kind, exact bytes', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['script.mjs'], {
    cwd: outside,
    env: {
      PATH: process.env.PATH,
      KEY: emulator.apiKey,
      BASE_URL: emulator.url,
      FAULTED_IDS: JSON.stringify([...Object.keys(FAULTS), MISSING_FILE_ID]),
      DOWNLOAD_ID: SEEDED.speechWav,
    },
  });
  const expected = await fetch(`${emulator.url}/v1/files/retrieve_content?file_id=${SEEDED.speechWav}`, {
    headers: { authorization: `Bearer ${emulator.apiKey}` },
  });
  const sha256 = createHash('sha256')
    .update(Buffer.from(await expected.arrayBuffer()))
    .digest('hex');

  expect(JSON.parse(stdout)).toEqual({
    id: '9223372036854775807',
    kinds: {
      '20130': 'InvalidFileId',
      '10020': 'RateLimited',
      '10080': 'InsufficientBalance',
      '10260': 'ContentRejected',
      '10010': 'UpstreamTimeout',
      '10000': 'UpstreamError',
      [MISSING_FILE_ID]: 'FileNotFound',
      wrongKey: 'AuthenticationFailed',
    },
    sha256,
    listed: [SEEDED.nonAscii, SEEDED.voiceClone],
    factsShared: true,
  });
});
