import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each spec starts its own gateway process and emulator; running them one at a time keeps timing-based
    // checks (timeouts, drains, RSS) honest on a 2-core machine.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', './src/summary-reporter.ts'],
  },
});
