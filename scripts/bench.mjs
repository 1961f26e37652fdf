#!/usr/bin/env node
// `pnpm bench [--quick]`: builds what the benchmarks need, then prints one table of figures beside their baselines.
import { install, runPnpm } from './workspace.mjs';

const quick = process.argv.includes('--quick');
install();
runPnpm(['turbo', 'run', 'build']);
runPnpm(['--filter', '@minimax-files/bench', 'bench', ...(quick ? ['--quick'] : [])]);
