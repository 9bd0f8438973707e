import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { PAYOUT, TEMPLATE, TPL, WF, edit, repo } from './graph-fixtures.js';
import { workflowShape } from '../../../src/items/definition-validates/workflow-shape.js';

/** The create-request field limits of `CreateWorkflowParams` / `UpdateWorkflowParams`, one case per bound. */
describe('definition-validates/workflow-shape: create-request fields', () => {
  it('checks name, description, cooldownMs and maxRuns', () =>
    checkRuleTable('definition-validates/workflow-shape', [
      { name: 'realistic payout workflow', files: repo(PAYOUT), expected: [] },
      { name: 'limits exactly met', files: repo(edit(edit(edit(PAYOUT, '"cooldownMs": 60000', '"cooldownMs": 1000'), '"maxRuns": 520', '"maxRuns": 99999'), '"name": "Weekly vendor payouts"', `"name": "${'n'.repeat(255)}"`)), expected: [] },
      { name: 'maxRuns 1', files: repo(edit(PAYOUT, '"maxRuns": 520', '"maxRuns": 1')), expected: [] },
      { name: 'a file that does not parse is left to syntax', files: repo('{\n  "name": "Broken",\n  "definition": {\n'), expected: [] },
      { name: 'empty name', files: repo(edit(PAYOUT, '"name": "Weekly vendor payouts"', '"name": ""')), expected: [{ severity: 'error', file: WF, line: 2, column: 11, message: /`name` must NOT have fewer than 1 characters/ }] },
      { name: 'name of 256 characters', files: repo(edit(PAYOUT, '"name": "Weekly vendor payouts"', `"name": "${'n'.repeat(256)}"`)), expected: [{ severity: 'error', file: WF, line: 2, column: 11, message: /`name` must NOT have more than 255 characters/ }] },
      { name: 'description of 2001 characters', files: repo(edit(PAYOUT, '"description": "Every Monday', `"description": "${'d'.repeat(2001 - 'Every Monday pays each vendor in USDC on Base when the ops wallet holds enough and ops approve.'.length)}Every Monday`)), expected: [{ severity: 'error', file: WF, line: 3, column: 18, message: /`description` must NOT have more than 2000 characters/ }] },
      { name: 'cooldownMs below 1000', files: repo(edit(PAYOUT, '"cooldownMs": 60000', '"cooldownMs": 999')), expected: [{ severity: 'error', file: WF, line: 4, column: 17, message: /`cooldownMs` must be >= 1000/ }] },
      { name: 'maxRuns 0', files: repo(edit(PAYOUT, '"maxRuns": 520', '"maxRuns": 0')), expected: [{ severity: 'error', file: WF, line: 5, column: 14, message: /`maxRuns` must be >= 1/ }] },
      { name: 'maxRuns 100000', files: repo(edit(PAYOUT, '"maxRuns": 520', '"maxRuns": 100000')), expected: [{ severity: 'error', file: WF, line: 5, column: 14, message: /`maxRuns` must be <= 99999/ }] },
    ]));
});

/** A template file is the create-template body (`CreateWorkflowTemplateRequest`), its definition the workflow one. */
describe('definition-validates/workflow-shape: template files', () => {
  const missing = (key: string) => ({ severity: 'error' as const, file: TPL, line: 1, column: 1, message: new RegExp(`^the document is missing required key \`${key}\`$`) });
  it('checks the create-template body and its definition', () =>
    checkRuleTable('definition-validates/workflow-shape', [
      { name: 'valid template', files: repo(PAYOUT, { [TPL]: TEMPLATE }), expected: [] },
      { name: 'org visibility, no templateProps', files: repo(PAYOUT, { [TPL]: edit(edit(TEMPLATE, '"visibility": "public"', '"visibility": "org"'), '  "templateProps": [],\n', '') }), expected: [] },
      { name: 'empty object', files: repo(PAYOUT, { [TPL]: '{}\n' }), expected: ['name', 'description', 'definition', 'tags', 'visibility'].map(missing) },
      { name: 'misspelt top-level key', files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"templateProps": []', '"templateProp": []') }), expected: [{ severity: 'error', file: TPL, line: 6, column: 3, message: /^unknown key `templateProp` in the document; did you mean `templateProps`\?$/ }] },
      { name: 'misspelt node key inside the definition', files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"type": "log", "branch": "then"', '"type": "log", "brnch": "then"') }), expected: [{ severity: 'error', file: TPL, line: 12, column: 33, message: /^unknown key `brnch` in `definition.nodes.alert`; did you mean `branch`\?$/ }] },
      { name: 'visibility not org or public', files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"visibility": "public"', '"visibility": "private"') }), expected: [{ severity: 'error', file: TPL, line: 5, column: 17, message: /^`visibility` must be one of "org", "public", got a string$/ }] },
      { name: 'tags as a string', files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"tags": ["treasury"]', '"tags": "treasury"') }), expected: [{ severity: 'error', file: TPL, line: 4, column: 11, message: /^`tags` must be an array, got a string$/ }] },
      { name: 'template prop with a misspelt key', files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"templateProps": []', '"templateProps": [{ "key": "token", "nam": "Token", "type": "string" }]') }), expected: [{ severity: 'error', file: TPL, line: 6, column: 39, message: /^unknown key `nam` in `templateProps\[0\]`; did you mean `name`\?$/ }] },
    ]));
});

describe('definition-validates/workflow-shape: meta', () => {
  it('says what it checks in its one-line description', () => expect(workflowShape.meta.description).toBe('a workflow or template file matches the B3OS create-workflow or create-template body: name, description, definition.nodes and node fields'));
});
