#!/usr/bin/env node
// `pnpm soak`: the long load-under-faults run (10,000 requests); `npm test` runs a 1,000-request version.
import { install, runPnpm } from './workspace.mjs';

install();
runPnpm(['turbo', 'run', 'build']);
runPnpm(['--filter', '@minimax-files/reliability', 'soak']);
