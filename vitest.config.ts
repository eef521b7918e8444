import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A safety net against hangs, not a speed check: CI runs on two shared cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
