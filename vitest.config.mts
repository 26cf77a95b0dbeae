import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['geo/**/*.test.ts', 'content/**/*.test.ts', 'components/**/*.test.ts', 'app/**/*.test.ts', 'tools/**/*.test.ts'],
    environment: 'node',
    // One module graph per worker, not per test file: each file would otherwise import zod, turf
    // and Preact afresh, the greater part of the run on a small machine. No test mocks a module
    // or changes shared state, and the cached content (fixtures, site data) is only read.
    pool: 'threads',
    isolate: false,
  },
});
