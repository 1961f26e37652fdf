#!/usr/bin/env node
// The built admin's server: Next.js behind the front door, on HOST:PORT (default 127.0.0.1:3000).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import nextModule from 'next/dist/server/next.js';
import { createFrontDoor } from './front-door.js';
import { startTracing } from './start-tracing.js';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const port = Number(process.env.PORT || 3000);
// Loopback unless asked: exposing the console is a deliberate act (and then it needs TLS in front; see README).
const hostname = process.env.HOST || '127.0.0.1';

// Next.js sets module.exports to createServer itself; its types (written for bundlers) call that `.default`.
const createNextServer = nextModule as unknown as typeof nextModule.default;
// Before Next.js loads, so its request and render spans find the SDK (only when an OTLP endpoint is set).
const stopTracing = await startTracing();
const app = createNextServer({
  dev: false,
  dir: fileURLToPath(new URL('../..', import.meta.url)),
  hostname,
  port,
});
await app.prepare();
const server = createServer(createFrontDoor({ next: app.getRequestHandler() }));
server.listen(port, hostname, () => {
  console.log(`admin listening on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`);
});

// A stop asked for (Ctrl+C, a supervisor's SIGTERM) is a clean exit once the open requests are answered.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    server.close(() => void (stopTracing?.() ?? Promise.resolve()).finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
