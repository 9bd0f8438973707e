import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { SDK_PRESET, sdkFolder } from './sdk-fixtures.js';
import { sdkActionFiles } from '../../../src/items/definition-validates/sdk-action-files.js';

const RULE = 'definition-validates/sdk-action-files';
const NEW = 'packages/sdk/actions';

describe(RULE, () => {
  it('asks every action folder of the SDK repository for execute.ts, index.ts and a test file', () =>
    checkRuleTable(RULE, [
      { name: 'well-formed folder', files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text') }, expected: [] },
      { name: 'well-formed folder, older root layout', files: { ...SDK_PRESET, ...sdkFolder('actions', 'random-id') }, expected: [] },
      { name: 'a spec file counts as the test file', files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text', ['echo-text.test.ts']), [`${NEW}/echo-text/echo.spec.ts`]: 'x\n' }, expected: [] },
      { name: 'not the SDK repository: not its rules', files: sdkFolder(NEW, 'echo-text', ['index.ts', 'echo-text.test.ts']), expected: [] },
      { name: 'a JSON action is no SDK folder', files: { ...SDK_PRESET, 'actions/acme-ping/action.json': '{"type":"acme-ping","name":"Acme ping","payloadSchema":{"type":"object"},"resultSchema":{"type":"object"}}\n' }, expected: [] },
      {
        name: 'a JSON action with a schema.ts beside it is no SDK folder either',
        files: { ...SDK_PRESET, 'actions/acme-ping/action.json': '{"type":"acme-ping","name":"Acme ping","payloadSchema":{"type":"object"},"resultSchema":{"type":"object"}}\n', 'actions/acme-ping/schema.ts': 'export const payloadSchema = { type: "object" };\n' },
        expected: [],
      },
      {
        name: 'no test file: at schema.ts',
        files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text', ['echo-text.test.ts']) },
        expected: [{ file: `${NEW}/echo-text/schema.ts`, line: 1, column: 1, severity: 'error', message: /^action `echo-text` has no test file in `packages\/sdk\/actions\/echo-text`$/, hint: /^add `packages\/sdk\/actions\/echo-text\/echo-text\.test\.ts` covering the happy path, input validation and errors$/ }],
      },
      { name: 'a .test.tsx file counts', files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text', ['echo-text.test.ts']), [`${NEW}/echo-text/view.test.tsx`]: 'x\n' }, expected: [] },
      {
        name: 'a file that only looks like a test file does not count',
        files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text', ['echo-text.test.ts']), [`${NEW}/echo-text/echo.test.ts.orig`]: 'x\n', [`${NEW}/echo-text/latest.ts`]: 'x\n' },
        expected: [{ file: `${NEW}/echo-text/schema.ts`, line: 1, column: 1, severity: 'error', message: /no test file/ }],
      },
      {
        name: 'a test file elsewhere does not count',
        files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text', ['echo-text.test.ts']), 'test/echo-text.test.ts': 'x\n' },
        expected: [{ file: `${NEW}/echo-text/schema.ts`, line: 1, column: 1, severity: 'error', message: /no test file/ }],
      },
      {
        name: 'older layout without index.ts and test file',
        files: { ...SDK_PRESET, ...sdkFolder('actions', 'random-id', ['index.ts', 'random-id.test.ts']) },
        expected: [
          { file: 'actions/random-id/schema.ts', line: 1, column: 1, severity: 'error', message: /^action `random-id` has no `index.ts` in `actions\/random-id`$/, hint: /^add `actions\/random-id\/index\.ts` with the re-export of the action$/ },
          { file: 'actions/random-id/schema.ts', line: 1, column: 1, severity: 'error', message: /^action `random-id` has no test file/ },
        ],
      },
      {
        name: 'no execute.ts',
        files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text', ['execute.ts']) },
        expected: [{ file: `${NEW}/echo-text/schema.ts`, line: 1, column: 1, severity: 'error', message: /^action `echo-text` has no `execute.ts`/, hint: /^add `packages\/sdk\/actions\/echo-text\/execute\.ts` with the action class \(extends BaseAction\)$/ }],
      },
      {
        name: 'no schema.ts nor execute.ts: anchored at index.ts',
        files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text', ['schema.ts', 'execute.ts']) },
        expected: [{ file: `${NEW}/echo-text/index.ts`, line: 1, column: 1, severity: 'error', message: /^action `echo-text` has no `execute.ts`/ }],
      },
      {
        name: 'only a test file: anchored at it',
        files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text', ['schema.ts', 'execute.ts', 'index.ts']) },
        expected: [
          { file: `${NEW}/echo-text/echo-text.test.ts`, line: 1, column: 1, severity: 'error', message: /^action `echo-text` has no `execute.ts`/ },
          { file: `${NEW}/echo-text/echo-text.test.ts`, line: 1, column: 1, severity: 'error', message: /^action `echo-text` has no `index.ts`/ },
        ],
      },
      {
        name: 'no schema.ts: anchored at execute.ts',
        files: { ...SDK_PRESET, ...sdkFolder(NEW, 'echo-text', ['schema.ts', 'echo-text.test.ts']) },
        expected: [{ file: `${NEW}/echo-text/execute.ts`, line: 1, column: 1, severity: 'error', message: /no test file/ }],
      },
    ]));
});

describe('definition-validates/type-definition in the SDK repository', () => {
  const id = (length: number) => `a${'-b'.repeat(Math.floor((length - 1) / 2))}${length % 2 === 0 ? 'c' : ''}`;
  it('keeps the SDK id rule: 3 to 50 characters, kebab-case, no `--`', () =>
    checkRuleTable('definition-validates/type-definition', [
      { name: 'id of 3 characters', files: { ...SDK_PRESET, ...sdkFolder(NEW, id(3)) }, expected: [] },
      { name: 'id of 50 characters', files: { ...SDK_PRESET, ...sdkFolder(NEW, id(50)) }, expected: [] },
      { name: 'older layout, id of 50 characters', files: { ...SDK_PRESET, ...sdkFolder('actions', id(50)) }, expected: [] },
      { name: 'id of 2 characters', files: { ...SDK_PRESET, ...sdkFolder(NEW, id(2)) }, expected: [{ file: `${NEW}/${id(2)}/schema.ts`, line: 1, column: 1, severity: 'error', message: /^`ac` breaks the SDK id rule/ }] },
      { name: 'id of 51 characters', files: { ...SDK_PRESET, ...sdkFolder(NEW, id(51)) }, expected: [{ file: `${NEW}/${id(51)}/schema.ts`, line: 1, column: 1, severity: 'error', message: /breaks the SDK id rule: 3–50 characters/ }] },
      { name: 'older layout, id with `--`', files: { ...SDK_PRESET, ...sdkFolder('actions', 'echo--text') }, expected: [{ file: 'actions/echo--text/schema.ts', line: 1, column: 1, severity: 'error', message: /^`echo--text` breaks the SDK id rule/ }] },
      { name: 'a platform action id is the SDK repository\'s own', files: { ...SDK_PRESET, ...sdkFolder(NEW, 'slack-send-message') }, expected: [] },
    ]));
});

describe('definition-validates/sdk-action-files: meta', () => {
  it('says what it checks in its one-line description', () => expect(sdkActionFiles.meta.description).toBe('in the SDK repository, every changed action folder has execute.ts, index.ts and a test file'));
});
