// Baseline process for the `cli-download` row: the least a program on core's HTTP client (undici) does to save a
// URL's body to a file: one `request`, each body chunk written at once with writeSync, nothing else (no retries,
// checks, progress or partial file). Plain JavaScript, run by plain node: no loader's start-up in its CPU time.
// Usage: node undici-to-file.mjs URL FILE
import { closeSync, openSync, writeSync } from 'node:fs';
import { request } from 'undici';

const [url, path] = process.argv.slice(2);
const fd = openSync(path, 'w');
const { statusCode, body } = await request(url);
if (statusCode !== 200) throw new Error(`${url} answered ${statusCode}`);
body.on('data', (chunk) => {
  for (let offset = 0; offset < chunk.byteLength; ) offset += writeSync(fd, chunk, offset);
});
body.on('end', () => closeSync(fd));
