import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listDir, sha256 } from './helpers/files.js';
import { HOSTILE_KEY, type HostileServer, startHostileServer } from './helpers/hostile-server.js';
import { jsonLines, runCli, tempDir, upstreamEnv } from './helpers/run-cli.js';

let server: HostileServer;
let env: Record<string, string>;
let root: Awaited<ReturnType<typeof tempDir>>;
/** The download directory, one level below `root`, so that anything written above it would show in `root`. */
let target: string;

beforeAll(async () => {
  server = await startHostileServer();
  env = upstreamEnv(server.url, HOSTILE_KEY);
});
afterAll(() => server.close());
beforeEach(async () => {
  server.files.clear();
  server.requests.length = 0;
  root = await tempDir();
  target = join(root.path, 'downloads');
  await mkdir(target);
});
afterEach(() => root.remove());

const download = (args: string[]) => runCli(['download', ...args], { cwd: target, env });

function serve(id: string, filename: string, content: Buffer = Buffer.from(`bytes of ${id}\n`)) {
  server.files.set(id, { filename, bytes: content.byteLength, content });
  return content;
}

describe('hostile upstream file names', () => {
  const cases: [string, string][] = [
    ['../../.bashrc', 'bashrc'],
    ['/etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['reports/2024/q1.pdf', 'q1.pdf'],
    ['evil\u202Egnp.exe', 'evilgnp.exe'],
    ['bell\u0007\u001b[31mred\r\n.txt', 'bell[31mred.txt'],
    ['\u2066isolate\u2069d.wav', 'isolated.wav'],
    ['..', 'file-101'],
    ['.', 'file-101'],
    ['', 'file-101'],
    ['...', 'file-101'],
    ['///', 'file-101'],
    ['name. . .', 'name'],
    ['-rf', '_rf'],
    ['~root', '_root'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
  ];
  for (const [hostile, expected] of cases) {
    it(`${JSON.stringify(hostile)} is written inside the target directory as ${JSON.stringify(expected)}`, async () => {
      const content = serve('101', hostile);
      const result = await download(['101']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(await listDir(root.path)).toEqual(['downloads']); // nothing written beside the target directory
      expect(await listDir(target)).toEqual([expected]);
      expect(await readFile(join(target, expected))).toEqual(content);
    });
  }

  it('a 5,000-character name is cut to a valid length, keeping its extension', async () => {
    const content = serve('102', `${'é'.repeat(5000)}.wav`);
    const result = await download(['102']);
    expect(result.code).toBe(0);
    const [name] = await listDir(target);
    expect(name).toMatch(/^é+\.wav$/);
    expect(Buffer.byteLength(name ?? '')).toBeLessThanOrEqual(240);
    expect(await readFile(join(target, name ?? ''))).toEqual(content);
  });

  it('a 5,000-character name without an extension, and a name of emoji, are cut at a character', async () => {
    serve('103', 'x'.repeat(5000));
    serve('104', '😀'.repeat(2000));
    expect((await download(['103'])).code).toBe(0);
    expect((await download(['104'])).code).toBe(0);
    expect(await listDir(target)).toEqual(['x'.repeat(240), '😀'.repeat(60)].sort());
  });

  it('a name that only says ".." does not climb out even with -o pointing at a directory', async () => {
    serve('105', '../../../../../../tmp/evil');
    await mkdir(join(target, 'sub'));
    expect((await download(['105', '-o', 'sub'])).code).toBe(0);
    expect(await listDir(join(target, 'sub'))).toEqual(['evil']);
    expect(await listDir(root.path)).toEqual(['downloads']);
  });

  it('a hostile name never overwrites: ../../.bashrc meets an existing bashrc without --force', async () => {
    serve('106', '../../.bashrc');
    await writeFile(join(target, 'bashrc'), 'keep me');
    const result = await download(['106']);
    expect(result.code).toBe(2);
    expect(await readFile(join(target, 'bashrc'), 'utf8')).toBe('keep me');
  });

  it('get prints a hostile name with its control characters escaped, never raw to the terminal', async () => {
    serve('107', 'x\u001b]0;pwned\u0007\u202E.txt');
    const human = await runCli(['get', '107'], { cwd: target, env });
    expect(human.stdout.toString()).toContain('filename x\\u{1b}]0;pwned\\u{7}\\u{202e}.txt');
    const json = await runCli(['get', '107', '--json'], { cwd: target, env });
    expect(jsonLines(json.stdout)).toEqual([
      expect.objectContaining({ filename: 'x\u001b]0;pwned\u0007\u202E.txt' }),
    ]);
  });
});

describe('hostile answers', () => {
  it('ids beyond 2^53 sent as bare JSON numbers come out digit for digit', async () => {
    const id = '9223372036854775807';
    server.files.set(id, { rawId: id, filename: 'max.bin', bytes: 3, content: Buffer.from('max') });
    const result = await runCli(['get', id, '--json'], { cwd: target, env });
    expect(result.stdout.toString()).toContain('"id":"9223372036854775807"');
  });

  it('a body shorter than announced is an error (exit 1): no file under the final name', async () => {
    const content = Buffer.alloc(200_000, 7);
    server.files.set('201', { filename: 'short.bin', bytes: content.byteLength, content, cutAfter: 50_000 });
    const result = await download(['201']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('UpstreamError');
    expect(await listDir(target)).toEqual(['short.bin.part', 'short.bin.part.json']);
    // the same with -o -: what arrived is written, and the exit code says the transfer failed
    const piped = await download(['201', '-o', '-']);
    expect(piped.code).toBe(1);
    expect(piped.stdout.byteLength).toBeLessThan(content.byteLength);
  });

  it('--resume refuses, clearly, a file that changed size upstream since the partial download', async () => {
    const first = Buffer.alloc(300_000, 1);
    server.files.set('202', {
      filename: 'grows.bin',
      bytes: first.byteLength,
      content: first,
      cutAfter: 100_000,
    });
    expect((await download(['202'])).code).toBe(1);
    const grown = Buffer.alloc(400_000, 2);
    server.files.set('202', { filename: 'grows.bin', bytes: grown.byteLength, content: grown });
    const result = await download(['202', '--resume']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('changed size upstream');
    expect(result.stderr).toContain('300000');
    expect(result.stderr).toContain('400000');
    expect(await listDir(target)).toEqual(['grows.bin.part', 'grows.bin.part.json']);
    // the partial was left as it was; --force starts over
    const forced = await download(['202', '--force']);
    expect(forced.code).toBe(0);
    expect(sha256(await readFile(join(target, 'grows.bin')))).toBe(sha256(grown));
  });

  it('--resume refuses a size change the metadata hides but the range answer shows', async () => {
    const first = Buffer.alloc(300_000, 1);
    server.files.set('203', {
      filename: 'sly.bin',
      bytes: first.byteLength,
      content: first,
      cutAfter: 100_000,
    });
    expect((await download(['203'])).code).toBe(1);
    // retrieve still says 300000, the content is now 350000 bytes long
    server.files.set('203', {
      filename: 'sly.bin',
      bytes: first.byteLength,
      content: Buffer.alloc(350_000, 3),
    });
    const result = await download(['203', '--resume']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('changed size upstream');
    expect(await listDir(target)).toEqual(['sly.bin.part', 'sly.bin.part.json']);
  });

  it('--resume sends a range request from the partial’s length; an upstream that ignores it restarts cleanly', async () => {
    const content = Buffer.from(Array.from({ length: 250_000 }, (_, i) => i % 251));
    server.files.set('204', {
      filename: 'ranged.bin',
      bytes: content.byteLength,
      content,
      cutAfter: 120_000,
    });
    expect((await download(['204'])).code).toBe(1);
    server.files.set('204', { filename: 'ranged.bin', bytes: content.byteLength, content });
    server.requests.length = 0;
    expect((await download(['204', '--resume'])).code).toBe(0);
    const ranged = server.requests.find((request) => request.path.startsWith('/content/'));
    expect(ranged?.range).toBe('bytes=120000-');
    expect(ranged?.authorization).toBeUndefined(); // the signed link gets no key
    expect(sha256(await readFile(join(target, 'ranged.bin')))).toBe(sha256(content));

    server.files.set('205', {
      filename: 'norange.bin',
      bytes: content.byteLength,
      content,
      cutAfter: 90_000,
    });
    expect((await download(['205'])).code).toBe(1);
    server.files.set('205', {
      filename: 'norange.bin',
      bytes: content.byteLength,
      content,
      ignoreRange: true,
    });
    expect((await download(['205', '--resume'])).code).toBe(0);
    expect(sha256(await readFile(join(target, 'norange.bin')))).toBe(sha256(content));
  });

  it('--resume refuses a range answer that does not start where the partial file stops', async () => {
    const content = Buffer.from(Array.from({ length: 200_000 }, (_, i) => i % 253));
    server.files.set('206', { filename: 'skewed.bin', bytes: content.byteLength, content, cutAfter: 80_000 });
    expect((await download(['206'])).code).toBe(1);
    server.files.set('206', { filename: 'skewed.bin', bytes: content.byteLength, content, rangeSkew: 1000 });
    const result = await download(['206', '--resume']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('from byte 80000');
    expect(await listDir(target)).toEqual(['skewed.bin.part', 'skewed.bin.part.json']);
  });

  it('1004 exits 4, 429 exits 5, 1002 exits 5, a 404 that is not MiniMax exits 1, never a stack trace', async () => {
    const answer = (status: number, body: string, headers?: Record<string, string>) => ({
      filename: 'x',
      bytes: 1,
      content: Buffer.from('x'),
      retrieveAnswer: { status, body, headers },
    });
    server.files.set('301', answer(200, '{"base_resp":{"status_code":1004,"status_msg":"login fail"}}'));
    server.files.set(
      '302',
      answer(429, 'Too Many Requests', { 'content-type': 'text/plain', 'retry-after': '1' }),
    );
    server.files.set(
      '303',
      answer(200, '{"base_resp":{"status_code":1002,"status_msg":"rate limit exceeded(RPM)"}}'),
    );
    server.files.set('304', answer(404, '<html>nginx</html>', { 'content-type': 'text/html' }));
    server.files.set('305', answer(200, '{"file":{"file_id":305,"bytes":'));
    const codes: Record<string, number | null> = {};
    for (const id of ['301', '302', '303', '304', '305']) {
      const result = await download([id]);
      codes[id] = result.code;
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(codes).toEqual({ '301': 4, '302': 5, '303': 5, '304': 1, '305': 1 });
    expect(await listDir(target)).toEqual([]);
    const json = await runCli(['get', '301', '302', '--json'], { cwd: target, env });
    expect(json.code).toBe(4);
    expect(jsonLines(json.stdout)).toEqual([
      {
        id: '301',
        error: expect.objectContaining({
          kind: 'AuthenticationFailed',
          upstreamCode: 1004,
          retryable: false,
        }),
      },
      {
        id: '302',
        error: expect.objectContaining({ kind: 'RateLimited', upstreamCode: null, retryable: true }),
      },
    ]);
  });
});
