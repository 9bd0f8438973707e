import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { WF, WORKFLOW, edit, repo } from '../readiness/fixtures.js';
import { at as atIn } from '../templates-portable/fixtures.js';

const RULE = 'definition-validates/if-condition';
const CONDITION = '{ "$and": [{ "{{$nodes.check.result.balance}}": { "$gte": 250000000 } }] }';
const withCondition = (condition: string) => edit(WORKFLOW, `"condition": ${CONDITION}`, `"condition": ${condition}`);

const at = (text: string, needle: string) => atIn(text, needle, WF);

describe(RULE, () => {
  it('wants one $and or $or at the top, and documented operators', () => {
    const orGroup = withCondition('{ "$or": [{ "{{$nodes.check.result.balance}}": { "$gte": 1 } }, { "$and": [{ "{{$trigger.body.x}}": { "$exists": true } }] }] }');
    const bare = withCondition('{ "{{$nodes.check.result.balance}}": { "$gte": 250000000 } }');
    const extraKey = withCondition('{ "$and": [{ "{{$nodes.check.result.balance}}": { "$gte": 1 } }], "{{$trigger.body.amount}}": { "$lte": 5 } }');
    const twoGroups = withCondition('{ "$and": [{ "{{$nodes.check.result.balance}}": { "$gte": 1 } }], "$or": [] }');
    const empty = withCondition('{ "$and": [] }');
    const unknownOp = withCondition('{ "$and": [{ "{{$nodes.check.result.balance}}": { "$gte": 1, "$greaterThan": 2 } }] }');
    const noOp = withCondition('{ "$and": [{ "{{$nodes.check.result.balance}}": 5 }] }');
    const nested = withCondition('{ "$or": [{ "$and": [{ "{{$nodes.check.result.balance}}": { "$lte": 9, "$in": [1] } }, { "{{$trigger.body.y}}": { "$startswith": "a" } }] }] }');
    const notAnObject = withCondition('[]');
    return checkRuleTable(RULE, [
      { name: 'one $and of comparisons', files: repo(), expected: [] },
      { name: 'the reference page\'s $nin beside the guide\'s $notIn', files: repo({ [WF]: withCondition('{ "$and": [{ "{{$trigger.body.x}}": { "$nin": [1], "$notIn": [2] } }] }') }), expected: [] },
      { name: 'an $or with a nested $and and every kind of operand', files: repo({ [WF]: orGroup }), expected: [] },
      { name: 'a bare comparison at the top', files: repo({ [WF]: bare }), expected: [{ ...at(bare, '"{{$nodes.check.result.balance}}": { "$gte"'), severity: 'error', message: /^the condition of `enough` must have exactly one top-level key, `\$and` or `\$or`; it has `\{\{\$nodes\.check\.result\.balance\}\}`$/ }] },
      { name: 'a comparison beside the $and', files: repo({ [WF]: extraKey }), expected: [{ ...at(extraKey, '"{{$trigger.body.amount}}"'), severity: 'error', message: /; it has `\$and`, `\{\{\$trigger\.body\.amount\}\}`$/ }] },
      { name: 'both groups at the top', files: repo({ [WF]: twoGroups }), expected: [{ ...at(twoGroups, '"condition"'), line: at(twoGroups, '{ "$and"').line, column: at(twoGroups, '{ "$and"').column, severity: 'error', message: /; it has `\$and`, `\$or`$/ }] },
      { name: 'an empty $and', files: repo({ [WF]: empty }), expected: [{ ...at(empty, '[]'), severity: 'error', message: /^`\$and` and `\$or` take a non-empty list of comparisons$/ }] },
      { name: 'an unknown operator beside a known one', files: repo({ [WF]: unknownOp }), expected: [{ ...at(unknownOp, '"$greaterThan"'), severity: 'error', message: /^unknown operator `\$greaterThan`$/ }] },
      { name: 'a comparison without an operator', files: repo({ [WF]: noOp }), expected: [{ ...at(noOp, '5 }'), severity: 'error', message: /^the comparison of `\{\{\$nodes\.check\.result\.balance\}\}` names no operator$/ }] },
      { name: 'a misspelt operator in a nested group', files: repo({ [WF]: nested }), expected: [{ ...at(nested, '"$startswith"'), severity: 'error', message: /^unknown operator `\$startswith`; did you mean `\$startsWith`\?$/ }] },
      { name: 'a condition that is not an object', files: repo({ [WF]: notAnObject }), expected: [{ ...at(notAnObject, '[]'), severity: 'error', message: /^the condition of `enough` must have exactly one top-level key, `\$and` or `\$or`$/ }] },
    ]);
  });
});
