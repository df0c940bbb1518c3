import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (src/**/*.test.ts); end-to-end tests run the built CLI
// (test/e2e/**). `npm test` builds first (pretest), so e2e always sees the current code.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A suite-level disclosure-pattern cache, warmed once with the fixtures (see the file).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
