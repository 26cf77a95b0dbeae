import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['geo/**/*.test.ts', 'content/**/*.test.ts', 'components/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
  },
});
