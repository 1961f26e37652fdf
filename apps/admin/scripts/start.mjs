#!/usr/bin/env node
// `pnpm start`: the built app (`pnpm build` compiles server/ into dist/) on HOST:PORT, default 127.0.0.1:3000.
// GATEWAY_URL is read by the server at run time.
await import('../dist/server/main.js');
