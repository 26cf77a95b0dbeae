import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'geo/**/*.test.ts', 'content/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
  },
});
