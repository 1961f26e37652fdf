// Baseline process for the `cli-download` row: Node without any HTTP library. It sends a GET over a plain socket
// and reads the answer into one reused 256 KiB buffer (net's `onread`), where undici and node:http get a fresh
// 64 KiB buffer for every read; after the header, each read is written at once with writeSync. What Node itself
// can do here, beside curl. Plain JavaScript, run by plain node. Usage: node socket-to-file.mjs URL FILE
import { closeSync, openSync, writeSync } from 'node:fs';
import { connect } from 'node:net';

const [url, path] = process.argv.slice(2);
const { hostname, port, pathname, search, host } = new URL(url);
const fd = openSync(path, 'w');
const write = (bytes) => {
  for (let offset = 0; offset < bytes.byteLength; ) offset += writeSync(fd, bytes, offset);
};
let header = Buffer.alloc(0);
let remaining = -1; // body bytes still owed, once the header is read
const socket = connect(
  {
    host: hostname,
    port: Number(port),
    onread: {
      buffer: Buffer.allocUnsafe(256 * 1024),
      callback(length, buffer) {
        const bytes = buffer.subarray(0, length);
        if (remaining >= 0) {
          write(bytes);
          remaining -= length;
          return;
        }
        header = Buffer.concat([header, bytes]);
        const end = header.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = header.subarray(0, end).toString('latin1');
        if (!head.startsWith('HTTP/1.1 200')) throw new Error(`${url} answered ${head.split('\r\n')[0]}`);
        const contentLength = /\r\ncontent-length:\s*(\d+)/i.exec(head);
        if (!contentLength) throw new Error(`${url} sent no Content-Length`);
        const body = header.subarray(end + 4);
        remaining = Number(contentLength[1]) - body.byteLength;
        write(body);
      },
    },
  },
  () => socket.write(`GET ${pathname}${search} HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`),
);
socket.on('end', () => {
  closeSync(fd);
  if (remaining !== 0) throw new Error(`${url}: the body ended ${remaining} bytes short`);
});
