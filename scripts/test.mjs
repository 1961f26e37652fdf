#!/usr/bin/env node
// `npm test`: on a fresh clone, installs what is missing, checks lint and generated code, builds,
// then runs every suite: unit and integration (vitest), end-to-end (Playwright), and the bench in --quick mode.
import { ensureChromium } from './chromium.mjs';
import { install, runPnpm } from './workspace.mjs';

install();
runPnpm(['lint']);
runPnpm(['turbo', 'run', 'codegen:check']);
runPnpm(['turbo', 'run', 'build']);
runPnpm(['turbo', 'run', 'test', '--concurrency=1']);
ensureChromium();
runPnpm(['turbo', 'run', 'e2e', '--concurrency=1']);
runPnpm(['bench', '--quick']);
console.log('\n✓ every suite passed');
