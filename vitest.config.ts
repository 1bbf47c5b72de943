import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // Property and process tests take seconds when the 2-core machine is shared; a hang still fails.
    testTimeout: 30_000,
  },
});
