import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Next.js resolves `server-only` itself; outside its bundler the server modules load as plain Node code.
    alias: { 'server-only': fileURLToPath(import.meta.resolve('next/dist/compiled/server-only/empty.js')) },
  },
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
  },
});
