import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { BROKEN, TEMPLATE, TPL, at, edit, repo, withoutNodes } from './fixtures.js';

const RULE = 'templates-portable/unused-prop';
const LABEL = '{ "key": "label", "name": "Label", "type": "string", "required": false }';

/** The template with the `label` prop declared (after `threshold`), with these `properties` when given. */
function withLabel(properties?: string): string {
  const prop = properties ? LABEL.replace(' }', `, "properties": ${properties} }`) : LABEL;
  return edit(TEMPLATE, '"default": "1000000" }\n', `"default": "1000000" },\n    ${prop}\n`);
}

/** `withLabel()` whose alert runs in the body of a for-each nested in another, and reads `{{$props.label}}` there only. */
function labelInNestedLoop(): string {
  const loops =
    '"low": { "type": "for-each", "payload": { "items": "{{$nodes.read.result.tokens}}" }, "loopBody": ["inner"] },\n' +
    '      "inner": { "type": "for-each", "payload": { "items": "{{$item.holders}}" }, "loopBody": ["alert"] },\n' +
    '      "alert": { "type": "slack-send-message", "connector": { "type": "slack" }, "payload": { "conversation": "{{ask.slack_channel}}", "text": "{{$props.label}} {{$props.threshold}}" } }';
  const start = TEMPLATE.indexOf('"low": {');
  const end = TEMPLATE.indexOf('\n    }\n  }\n}');
  return edit(withLabel(), TEMPLATE.slice(start, end), loops);
}

describe(RULE, () => {
  it('needs every declared prop to be used', () => {
    const unused = withLabel();
    return checkRuleTable(RULE, [
      { name: 'every prop read', files: repo(), expected: [] },
      {
        name: 'declared, never read',
        files: repo(unused),
        expected: [{ ...at(unused, '"label"'), severity: 'error', message: /^prop `label` of template `low-balance-alert` is declared but never used$/, hint: /^read it as `\{\{\$props\.label\}\}` where it belongs, or remove it from `templateProps`$/ }],
      },
      { name: 'read in a message', files: repo(edit(unused, '"text": "Balance low"', '"text": "Balance low on {{$props.label}}"')), expected: [] },
      { name: 'read only inside a nested loop body', files: repo(labelInNestedLoop()), expected: [] },
      { name: 'read only in an if condition key', files: repo(edit(unused, '"{{$nodes.read.result.balance}}": {', '"{{$props.label}}": { "$exists": true }, "{{$nodes.read.result.balance}}": {')), expected: [] },
      { name: 'bound through sources', files: repo(withLabel('{ "sources": [{ "nodeId": "alert", "fieldPath": "payload.text" }] }')), expected: [] },
      { name: 'empty sources bind nothing', files: repo(withLabel('{ "sources": [] }')), expected: [{ ...at(withLabel('{ "sources": [] }'), '"label"'), severity: 'error' }] },
      { name: 'named as chainPropKey of another prop', files: repo(edit(unused, '"properties": { "inputType": "address" }', '"properties": { "inputType": "address", "chainPropKey": "label" }')), expected: [] },
      { name: 'an ask field of the same name is no read of the prop', files: repo(edit(unused, '"text": "Balance low"', '"text": "Balance low on {{ask.label}}"')), expected: [{ ...at(unused, '"label"'), severity: 'error', message: /^prop `label` / }] },
      { name: 'a prop that is no object, and one without a key', files: repo(edit(TEMPLATE, '"default": "1000000" }\n', '"default": "1000000" },\n    "label",\n    { "name": "Label" }\n')), expected: [] },
      { name: 'no templateProps', files: repo(edit(TEMPLATE, TEMPLATE.slice(TEMPLATE.indexOf('  "templateProps"'), TEMPLATE.indexOf('  "definition"')), '')), expected: [] },
      { name: 'templateProps that is no list', files: repo(edit(TEMPLATE, '"templateProps": [', '"templateProps": "none", "props": [')), expected: [] },
      { name: 'template whose definition has no nodes', files: repo(withoutNodes()), expected: [] },
      { name: 'template that cannot be read', files: repo(BROKEN), expected: [] },
      { name: 'a second prop unused in the same template', files: repo(edit(unused, '"{{$props.threshold}}"', '"1000000"')), expected: [{ ...at(unused, '"threshold"'), severity: 'error' }, { ...at(unused, '"label"'), severity: 'error' }] },
    ]);
  });

  it('leaves an undeclared prop to definition-validates, which checks a template like any definition', async () => {
    const report = await auditFiles(repo(edit(TEMPLATE, '"text": "Balance low"', '"text": "Balance low on {{$props.chain}}"')));
    expect(findingsOf(report, RULE)).toEqual([]);
    const undeclared = findingsOf(report, 'definition-validates/expression-scope');
    expect(undeclared.map((f) => [f.location?.file, f.message])).toEqual([[TPL, expect.stringMatching(/`chain` is not declared in `templateProps`$/)]]);
  });
});
