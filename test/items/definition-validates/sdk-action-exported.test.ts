import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { SDK_PRESET, sdkFolder } from './sdk-fixtures.js';

const RULE = 'definition-validates/sdk-action-exported';
const INDEX = 'packages/sdk/actions/echo-text/index.ts';
const folderWith = (index: string) => ({ ...SDK_PRESET, ...sdkFolder('packages/sdk/actions', 'echo-text'), [INDEX]: index });

describe(RULE, () => {
  it('asks index.ts to re-export the action from ./execute', () =>
    checkRuleTable(RULE, [
      { name: 'named re-export', files: folderWith('export { TheAction } from "./execute";\n'), expected: [] },
      { name: 'star re-export with an extension', files: folderWith("export * from './execute.js';\n"), expected: [] },
      { name: 'older layout', files: { ...SDK_PRESET, ...sdkFolder('actions', 'random-id') }, expected: [] },
      { name: 'no index.ts: sdk-action-files says so', files: { ...SDK_PRESET, ...sdkFolder('packages/sdk/actions', 'echo-text', ['index.ts']) }, expected: [] },
      { name: 'not the SDK repository', files: { ...sdkFolder('packages/sdk/actions', 'echo-text'), [INDEX]: '\n' }, expected: [] },
      { name: 'empty index.ts', files: folderWith('\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /^`packages\/sdk\/actions\/echo-text\/index\.ts` does not re-export action `echo-text` from `\.\/execute`$/ }] },
      { name: 'a type-only re-export', files: folderWith('export type { TheAction } from "./execute";\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
      { name: 'a re-export from another module', files: folderWith('export { TheAction } from "./executor";\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
      { name: 'does not parse: at the error', files: folderWith('\nexport { TheAction from "./execute";\n'), expected: [{ file: INDEX, line: 2, column: 20, severity: 'error', message: /^`packages\/sdk\/actions\/echo-text\/index\.ts` does not parse/ }] },
    ]));
});
