import { expect, it } from 'vitest';
import { jsonLines, runCli, useEmulatorWorkspace } from './helpers/run-cli.js';

const workspace = useEmulatorWorkspace({ generatedFiles: { voice_clone: 1000 } });

const list = (args: string[]) => runCli(['list', ...args], { cwd: workspace.cwd, env: workspace.env });

/** The ids exactly as the emulator writes them in its raw JSON (bare numbers, some beyond 2^53). */
async function rawIds(purpose: string): Promise<string[]> {
  const response = await fetch(`${workspace.emulator.url}/v1/files/list?purpose=${purpose}`, {
    headers: { authorization: `Bearer ${workspace.emulator.apiKey}` },
  });
  return [...(await response.text()).matchAll(/"file_id":"?(\d+)/g)].map((match) => match[1] as string);
}

it('--json prints every file of the purpose, one line each, ids digit for digit in the upstream’s order', async () => {
  const expected = await rawIds('voice_clone');
  workspace.emulator.clearRequests();
  const result = await list(['--purpose', 'voice_clone', '--json']);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const lines = jsonLines(result.stdout) as {
    id: string;
    purpose: string;
    bytes: number;
    createdAt: string;
  }[];
  expect(expected.length).toBeGreaterThan(1000);
  expect(expected.some((id) => BigInt(id) > 2n ** 53n)).toBe(true);
  expect(lines.map((line) => line.id)).toEqual(expected);
  expect(lines.every((line) => line.purpose === 'voice_clone')).toBe(true);
  expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'filename', 'bytes', 'purpose', 'createdAt']);
  expect(workspace.emulator.requests.filter((request) => request.route === 'list')).toHaveLength(1);
});

it('prints a table for people', async () => {
  const result = await list(['--purpose', 't2a_async_input']);
  expect(result.code).toBe(0);
  const [header, ...rows] = result.stdout.toString().trimEnd().split('\n');
  expect(header).toMatch(/^ID\s+SIZE\s+CREATED\s+FILENAME$/);
  expect(rows.join('\n')).toContain('chapter-01.txt');
  expect(rows.join('\n')).toMatch(
    /287613004558212\s+102 B\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\s+chapter-01.txt/,
  );
});

it('an unknown or missing purpose is bad usage (exit 2) and makes no request', async () => {
  for (const args of [['--purpose', 'video_generation'], ['--purpose', 'VOICE_CLONE'], []]) {
    const result = await list(args);
    expect(result.code, args.join(' ')).toBe(2);
    expect(result.stderr).toContain('purpose');
  }
  expect(workspace.emulator.requests).toHaveLength(0);
});

it('upstream failures exit with their code: 4 authentication, 5 rate limited, 1 other', async () => {
  const codes: number[] = [];
  for (const statusCode of [1004, 1002, 1000]) {
    workspace.emulator.setFault({ route: 'list', statusCode, times: 1 });
    const result = await list(['--purpose', 'prompt_audio', '--json']);
    codes.push(result.code ?? -1);
    expect(result.stdout.byteLength).toBe(0);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }
  expect(codes).toEqual([4, 5, 1]);
});
