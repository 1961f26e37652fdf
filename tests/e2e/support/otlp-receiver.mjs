#!/usr/bin/env node
// A small OTLP/HTTP (http/json) trace receiver for the suite: keeps every span it is sent, in memory.
//   POST /v1/traces   an OTLP JSON export (what the admin and the gateway send)
//   GET  /spans       every span so far, flattened, each with its resource's service.name
//   GET  /healthz     200 (Playwright waits for it)
import { createServer } from 'node:http';

const spans = [];

function serviceNameOf(resource) {
  return resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value?.stringValue;
}

const server = createServer(async (request, response) => {
  if (request.method === 'POST' && request.url === '/v1/traces') {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    for (const { resource, scopeSpans } of body.resourceSpans ?? []) {
      const service = serviceNameOf(resource);
      for (const { spans: scoped } of scopeSpans ?? [])
        for (const span of scoped ?? []) spans.push({ service, ...span });
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    return;
  }
  if (request.method === 'GET' && request.url === '/spans') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(spans));
    return;
  }
  response.writeHead(request.url === '/healthz' ? 200 : 404).end();
});

server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
