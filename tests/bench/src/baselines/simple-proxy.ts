// Baseline server: the simplest Node streaming proxy. Every request is forwarded with `http.get` to
// UPSTREAM_URL (the emulator's file content route, with the API key) and the answer piped into the response.
import { createServer, get } from 'node:http';

const upstream = process.env.UPSTREAM_URL ?? '';
const authorization = `Bearer ${process.env.UPSTREAM_API_KEY ?? ''}`;

const server = createServer((request, response) => {
  if (request.url === '/healthz') {
    response.end('ok');
    return;
  }
  get(upstream, { headers: { authorization } }, (upstreamResponse) => {
    response.writeHead(upstreamResponse.statusCode ?? 502, {
      'content-type': upstreamResponse.headers['content-type'] ?? 'application/octet-stream',
      ...(upstreamResponse.headers['content-length']
        ? { 'content-length': upstreamResponse.headers['content-length'] }
        : {}),
    });
    upstreamResponse.pipe(response);
  }).on('error', () => response.destroy());
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
