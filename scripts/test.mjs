#!/usr/bin/env node
// `npm test`: on a fresh clone, installs what is missing, checks lint and generated code, builds,
// then runs every suite: unit and integration (vitest), end-to-end (Playwright), and the bench in --quick mode.
import { spawn } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';
import { install, pnpm, ROOT, runPnpm } from './workspace.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };

install();
runPnpm(['lint']);
runPnpm(['turbo', 'run', 'codegen:check']);
runPnpm(['turbo', 'run', 'build']);
// --continue: one failing suite does not hide the results of the others.
await runCounted(['turbo', 'run', 'test', '--concurrency=1', '--continue']);
ensureChromium();
await runCounted(['turbo', 'run', 'e2e', '--concurrency=1', '--continue']);
runPnpm(['bench', '--quick']);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);

/** Runs a test command, echoing its output and adding up the closing counts of vitest and Playwright. */
function runCounted(args) {
  const [command, ...prefix] = pnpm();
  console.log(`\n$ pnpm ${args.join(' ')}`);
  const child = spawn(command, [...prefix, ...args], { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'] });
  let pending = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) count(line);
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      count(pending);
      if (code === 0) return resolve();
      console.error(`\n✗ pnpm ${args.join(' ')} failed (exit ${code})`);
      console.log(`tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
      process.exit(code || 1);
    });
  });
}

function count(rawLine) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the runners' colour codes
  const line = rawLine.replace(/\u001b\[[0-9;]*m/g, '');
  const vitest = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
  const playwright = /^(?:\S+:\s+)?\s*(\d+) (passed|failed|skipped|flaky)(?: \(|$)/.exec(line);
  if (vitest?.[1]) {
    for (const [, n, kind] of vitest[1].matchAll(/(\d+) (passed|failed|skipped)/g)) totals[kind] += Number(n);
  } else if (playwright) {
    const kind = playwright[2] === 'flaky' ? 'passed' : playwright[2];
    totals[kind] += Number(playwright[1]);
  }
}
