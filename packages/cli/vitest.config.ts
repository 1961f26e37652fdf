import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests run the built bin as a process against real servers, on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
