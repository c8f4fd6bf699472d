import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that hold a process to a time bound under hostile input (a 40 KB text checked in under 100 ms, an event loop
 * that never stalls for a second): they run after everything else, on a machine no other test file is loading, so a
 * failure means a slow pattern rather than a busy neighbour.
 */
const TIME_BOUND = ['test/domain/text-worst-case.test.ts', 'test/e2e/events-stall.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/tone-reader-cache.ts'],
    // As `npm start` runs the app: every pattern compiled to machine code from its first use (docs/operations.md).
    execArgv: ['--no-regexp-tier-up'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: end-to-end files each start an app, a database and an emulator.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TIME_BOUND],
          sequence: { groupOrder: 0 },
        },
      },
      // One file at a time (`fileParallelism: false` is `maxWorkers: 1` for this project alone, vitest.dev/config/
      // fileparallelism): the two files would otherwise load each other, the 40 KB checks of one stretching the other's
      // event-loop turns.
      {
        extends: true,
        test: { name: 'time-bound', include: TIME_BOUND, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
