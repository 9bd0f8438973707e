import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The suite as mutation testing runs it (`npm run mutate`). Tests that run a bundle of the
 * sources in a child process are left out: the child runs unmutated code, so they can never
 * kill a mutant, and each builds a bundle first.
 */
export const BUNDLE_TESTS = [
  'test/e2e/action-bundle.test.ts',
  'test/e2e/action-trust.test.ts',
  'test/e2e/package.test.ts',
  'test/secrets/never-repeated.test.ts',
];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, ...BUNDLE_TESTS],
      setupFiles: ['test/support/stryker-activation.ts'],
    },
  }),
);
