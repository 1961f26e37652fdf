import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file starts one cluster (Redis, PostgreSQL, 3 gateway processes, HAProxy) for all its tests; one file at a time
    // keeps the machine's 2 cores for the cluster under test.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
