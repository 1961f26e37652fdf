// An OTLP/HTTP receiver that accepts every export and keeps nothing: where a traced gateway sends its spans in the
// tracing rows, so the exporter does all its real work (batching, encoding, HTTP) and the sink costs nothing.
import { createServer } from 'node:http';

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end());
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
