import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds without an exports map. Node, running the
    // gateway and Yoga's dependencies, loads the CommonJS one; Vite would hand our sources the ESM one, and
    // two copies of GraphQLError break instanceof (scalar errors would be masked). Use Node's choice.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One real PostgreSQL server and one migrated embedded-database template for the whole run.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Many tests start their own gateway, whose first open of its database copy took 4 s on a busy machine and
    // past 10 s under a full CI run beside other work: the limit is for hangs, not for speed.
    testTimeout: 30_000,
    // Opening a test file's database copy takes a second or two on a busy machine.
    hookTimeout: 60_000,
  },
});
