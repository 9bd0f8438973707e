import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { SDK_PRESET, sdkFolder } from './sdk-fixtures.js';
import { sdkActionExported } from '../../../src/items/definition-validates/sdk-action-exported.js';

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
      { name: 'empty index.ts', files: folderWith('\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /^`packages\/sdk\/actions\/echo-text\/index\.ts` does not re-export action `echo-text` from `\.\/execute`$/, hint: /^write `export \{ YourAction \} from "\.\/execute";` in index\.ts$/ }] },
      { name: 'a type-only re-export', files: folderWith('export type { TheAction } from "./execute";\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
      { name: 'a re-export from another module', files: folderWith('export { TheAction } from "./executor";\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
      { name: 'does not parse: at the error', files: folderWith('\nexport { TheAction from "./execute";\n'), expected: [{ file: INDEX, line: 2, column: 20, severity: 'error', message: /^`packages\/sdk\/actions\/echo-text\/index\.ts` does not parse/, hint: /^fix the TypeScript syntax at the position given$/ }] },
      { name: 'named re-export from execute.ts, one of two specifiers type-only', files: folderWith('export { type Payload, TheAction } from "./execute.ts";\n'), expected: [] },
      { name: 'star re-export from execute.mjs after an import', files: folderWith('import "./setup";\nexport * from "./execute.mjs";\n'), expected: [] },
      { name: 'a type-only star re-export', files: folderWith('export type * from "./execute";\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
      { name: 'only type specifiers', files: folderWith('export { type TheAction } from "./execute";\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
      { name: 'a re-export from an execute module of another folder', files: folderWith('export * from "../execute";\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
      { name: 'a re-export from a module named after execute', files: folderWith('export * from "./execute-helpers";\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
      { name: 'a re-export after a declaration', files: folderWith('const version = 1;\nexport { TheAction } from "./execute";\n'), expected: [] },
      { name: 'a namespace re-export exports no action by name', files: folderWith('export * as actions from "./execute";\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
      { name: 'an import of execute without an export', files: folderWith('import { TheAction } from "./execute";\nexport const action = TheAction;\n'), expected: [{ file: INDEX, line: 1, column: 1, severity: 'error', message: /does not re-export/ }] },
    ]));
});

describe('definition-validates/sdk-action-exported: meta', () => {
  it('says what it checks in its one-line description', () => expect(sdkActionExported.meta.description).toBe("in the SDK repository, every changed action folder's index.ts re-exports the action from ./execute"));
});
