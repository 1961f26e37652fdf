import { MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli, useEmulatorWorkspace } from './helpers/run-cli.js';

const workspace = useEmulatorWorkspace({ largeFileBytes: 1024 * 1024 });

const get = (args: string[], extraEnv: Record<string, string> = {}) =>
  runCli(['get', ...args], { cwd: workspace.cwd, env: { ...workspace.env, ...extraEnv } });

describe('get', () => {
  it('prints metadata for people, exact ids, sizes in IEC units; stderr stays empty', async () => {
    const result = await get([SEEDED.maxId, SEEDED.beyondSafe]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const text = result.stdout.toString();
    expect(text).toContain('id       9223372036854775807');
    expect(text).toContain('filename max_id_tones.wav');
    expect(text).toContain('size     93.8 KiB (96,044 bytes)');
    expect(text).toContain('id       9007199254740993');
  });

  it('--json prints one object per line with every digit of ids beyond 2^53, in the order given', async () => {
    const result = await get([SEEDED.maxId, SEEDED.beyondSafe, SEEDED.nonAscii, '0042', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.toString().trimEnd().split('\n');
    expect(lines[0]).toBe(
      '{"id":"9223372036854775807","filename":"max_id_tones.wav","bytes":96044,"purpose":"t2a_async","createdAt":"2025-08-18T07:15:33.000Z"}',
    );
    expect(jsonLines(result.stdout)).toMatchObject([
      { id: '9223372036854775807' },
      { id: '9007199254740993', filename: 'output_aigc.mp4', bytes: 524305, purpose: 'video_generation' },
      { id: SEEDED.nonAscii, filename: '会议 录音 – résumé.wav' },
      { id: '42', filename: 'a440.wav' },
    ]);
  });

  it('--json reports a failed id as an error line with kind, message, retryable and upstreamCode', async () => {
    const result = await get([SEEDED.small, MISSING_FILE_ID, 'abc', '--json']);
    expect(result.code).toBe(3); // the first failure: not found
    expect(jsonLines(result.stdout)).toEqual([
      expect.objectContaining({ id: '42' }),
      {
        id: MISSING_FILE_ID,
        error: { kind: 'FileNotFound', message: expect.any(String), retryable: false, upstreamCode: 2013 },
      },
      {
        id: 'abc',
        error: {
          kind: 'InvalidFileId',
          message: expect.stringContaining('abc'),
          retryable: false,
          upstreamCode: null,
        },
      },
    ]);
  });

  it('an invalid id exits 2 and makes no request', async () => {
    for (const bad of ['abc', '0', '-1', '9223372036854775808', '１２', '1e3']) {
      const result = await get([bad]);
      expect(result.code, bad).toBe(2);
      expect(result.stderr).toContain('InvalidFileId');
    }
    expect(workspace.emulator.requests).toHaveLength(0);
  });

  it('exit codes follow the kind: 3 not found, 4 authentication, 5 rate limited, 1 any other failure', async () => {
    expect((await get([MISSING_FILE_ID])).code).toBe(3);
    const wrongKey = await get([SEEDED.small], { MINIMAX_API_KEY: 'not-the-key' });
    expect(wrongKey.code).toBe(4);
    expect(wrongKey.stderr).toContain('AuthenticationFailed');
    expect(wrongKey.stderr).not.toContain('not-the-key');
    workspace.emulator.setFault({ fileId: SEEDED.small, statusCode: 1002 });
    const limited = await get([SEEDED.small]);
    expect(limited.code).toBe(5);
    expect(limited.stderr).toContain('RateLimited');
    workspace.emulator.setFault({ fileId: SEEDED.small, statusCode: 1000 });
    expect((await get([SEEDED.small])).code).toBe(1);
    workspace.emulator.setFault({ fileId: SEEDED.small, httpStatus: 503 });
    expect((await get([SEEDED.small])).code).toBe(1);
  });

  it('with several ids the exit code is the first failure’s, and every id is still reported', async () => {
    workspace.emulator.setFault({ fileId: SEEDED.speechWav, statusCode: 1002 });
    const result = await get([SEEDED.small, SEEDED.speechWav, MISSING_FILE_ID, '--json']);
    expect(result.code).toBe(5);
    expect(
      jsonLines(result.stdout).map((line) => (line as { error?: { kind: string } }).error?.kind),
    ).toEqual([undefined, 'RateLimited', 'FileNotFound']);
    const reversed = await get([MISSING_FILE_ID, SEEDED.speechWav]);
    expect(reversed.code).toBe(3);
  });

  it('without MINIMAX_API_KEY says so and exits 2', async () => {
    const result = await runCli(['get', SEEDED.small], {
      cwd: workspace.cwd,
      env: { MINIMAX_BASE_URL: workspace.emulator.url },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('MINIMAX_API_KEY');
    expect(workspace.emulator.requests).toHaveLength(0);
  });
});

describe('usage', () => {
  it('--help for the program and every command, with examples; --version', async () => {
    for (const args of [['--help'], ['get', '--help'], ['download', '--help']]) {
      const result = await runCli(args, { cwd: workspace.cwd });
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout.toString()).toContain('Examples:');
      expect(result.stdout.toString()).toContain('$ minimax-files');
    }
    const version = await runCli(['--version'], { cwd: workspace.cwd });
    expect(version.code).toBe(0);
    expect(version.stdout.toString().trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('bad usage exits 2 with a message on stderr', async () => {
    for (const args of [[], ['get'], ['nope'], ['get', '42', '--jsn'], ['download']]) {
      const result = await runCli(args, { cwd: workspace.cwd, env: workspace.env });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toBe('');
    }
    expect(workspace.emulator.requests).toHaveLength(0);
  });
});
