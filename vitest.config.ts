import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture repositories hold source files of the repositories the gate reads (an SDK's own tests): read, never run.
    exclude: ['test/fixtures/**', '**/node_modules/**'],
    testTimeout: 20_000,
    // A directory for the bundle the end-to-end tests share (built by the first that needs it).
    globalSetup: ['test/support/bundle-setup.ts'],
  },
});
