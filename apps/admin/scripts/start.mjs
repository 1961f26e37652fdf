#!/usr/bin/env node
// Runs the built app with `next start` on PORT (default 3000); GATEWAY_URL is read by the server at run time.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const port = process.env.PORT || '3000';
const host = process.env.HOST;

process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const args = [nextBin, 'start', '-p', port, ...(host ? ['-H', host] : [])];
const child = spawn(process.execPath, args, { stdio: 'inherit', env: process.env });

// A stop asked for (Ctrl+C, a supervisor's SIGTERM) is a clean exit, not a failure.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(stopping ? 0 : signal ? 1 : (code ?? 0)));
