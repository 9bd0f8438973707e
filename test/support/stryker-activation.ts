import { inject } from 'vitest';

/**
 * Mutation runs only (`vitest.stryker.config.ts`): activates the mutant under test before any
 * source module loads. With `--testFiles`, Stryker 10 activates a mutant in module-level code
 * (a rule's meta, an item's list of rules, a constant table) only once the modules have loaded,
 * so such mutants were reported as survivors although the tests kill them
 * (stryker-mutator/stryker-js#6144, #6209). Vitest loads the modules afresh for every mutant run,
 * so activating early changes nothing else.
 */
const read = inject as unknown as (key: string) => unknown;
if (read('mode') === 'mutant') {
  const name = read('globalNamespace') as string;
  const ns = ((globalThis as Record<string, unknown>)[name] ??= {}) as { activeMutant?: unknown };
  ns.activeMutant = read('activeMutant');
}
