import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { WF, WORKFLOW, edit, repo } from '../readiness/fixtures.js';
import { at as atIn } from '../templates-portable/fixtures.js';
import { ifCondition } from '../../../src/items/definition-validates/if-condition.js';

const RULE = 'definition-validates/if-condition';
const CONDITION = '{ "$and": [{ "{{$nodes.check.result.balance}}": { "$gte": 250000000 } }] }';
const withCondition = (condition: string) => edit(WORKFLOW, `"condition": ${CONDITION}`, `"condition": ${condition}`);

const at = (text: string, needle: string) => atIn(text, needle, WF);

const OPERATORS = '\\$eq, \\$ne, \\$gt, \\$gte, \\$lt, \\$lte, \\$contains, \\$notContains, \\$startsWith, \\$endsWith, \\$exists, \\$notExists, \\$in, \\$notIn, \\$nin';
const WRAP = /^wrap the comparisons in `\{ "\$and": \[ … \] \}` \(all must hold\) or `\{ "\$or": \[ … \] \}` \(one must hold\)$/;

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
    const notATerm = withCondition('{ "$and": [{ "{{$trigger.body.x}}": { "$eq": 1 } }, 7] }');
    const emptyTerm = withCondition('{ "$or": [{}] }');
    const left60 = `{{$trigger.body.${'a'.repeat(42)}}}`;
    const left61 = `{{$trigger.body.${'b'.repeat(43)}}}`;
    const longLefts = withCondition(`{ "$and": [{ "${left60}": 1 }, { "${left61}": {} }] }`);
    const op40 = `$${'q'.repeat(39)}`;
    const op41 = `$${'z'.repeat(40)}`;
    const longOps = withCondition(`{ "$and": [{ "{{$trigger.body.x}}": { "${op40}": 1, "${op41}": 2 } }] }`);
    return checkRuleTable(RULE, [
      { name: 'one $and of comparisons', files: repo(), expected: [] },
      { name: 'a condition in the payload of a node that is no if', files: repo({ [WF]: edit(withCondition('[]'), '"type": "if"', '"type": "log"') }), expected: [] },
      { name: 'a file that does not parse', files: repo({ [WF]: '{\n  "name": "Broken",\n  "definition": {\n' }), expected: [] },
      { name: 'the reference page\'s $nin beside the guide\'s $notIn', files: repo({ [WF]: withCondition('{ "$and": [{ "{{$trigger.body.x}}": { "$nin": [1], "$notIn": [2] } }] }') }), expected: [] },
      { name: 'an $or with a nested $and and every kind of operand', files: repo({ [WF]: orGroup }), expected: [] },
      { name: 'a bare comparison at the top', files: repo({ [WF]: bare }), expected: [{ ...at(bare, '"{{$nodes.check.result.balance}}": { "$gte"'), severity: 'error', message: /^the condition of `enough` must have exactly one top-level key, `\$and` or `\$or`; it has `\{\{\$nodes\.check\.result\.balance\}\}`$/, hint: WRAP }] },
      { name: 'a comparison beside the $and', files: repo({ [WF]: extraKey }), expected: [{ ...at(extraKey, '"{{$trigger.body.amount}}"'), severity: 'error', message: /; it has `\$and`, `\{\{\$trigger\.body\.amount\}\}`$/ }] },
      { name: 'both groups at the top', files: repo({ [WF]: twoGroups }), expected: [{ ...at(twoGroups, '"condition"'), line: at(twoGroups, '{ "$and"').line, column: at(twoGroups, '{ "$and"').column, severity: 'error', message: /; it has `\$and`, `\$or`$/ }] },
      { name: 'an empty $and', files: repo({ [WF]: empty }), expected: [{ ...at(empty, '[]'), severity: 'error', message: /^`\$and` and `\$or` take a non-empty list of comparisons$/, hint: /^list at least one comparison `\{ "<value>": \{ "\$eq": … \} \}`$/ }] },
      { name: 'an unknown operator beside a known one', files: repo({ [WF]: unknownOp }), expected: [{ ...at(unknownOp, '"$greaterThan"'), severity: 'error', message: /^unknown operator `\$greaterThan`$/, hint: new RegExp(`^use one of ${OPERATORS}$`) }] },
      { name: 'a comparison without an operator', files: repo({ [WF]: noOp }), expected: [{ ...at(noOp, '5 }'), severity: 'error', message: /^the comparison of `\{\{\$nodes\.check\.result\.balance\}\}` names no operator$/, hint: new RegExp(`^write \`\\{ "\\$eq": … \\}\` or another of ${OPERATORS}$`) }] },
      { name: 'a misspelt operator in a nested group', files: repo({ [WF]: nested }), expected: [{ ...at(nested, '"$startswith"'), severity: 'error', message: /^unknown operator `\$startswith`; did you mean `\$startsWith`\?$/ }] },
      {
        name: 'an entry that is no comparison',
        files: repo({ [WF]: notATerm }),
        expected: [{ ...at(notATerm, '7] }'), severity: 'error', message: /^each entry of `\$and`\/`\$or` is a comparison or a nested group$/, hint: /^write `\{ "<value>": \{ "\$op": operand \} \}`$/ }],
      },
      { name: 'an empty entry', files: repo({ [WF]: emptyTerm }), expected: [{ ...at(emptyTerm, '{}'), severity: 'error', message: /^each entry of `\$and`\/`\$or` is a comparison or a nested group$/ }] },
      {
        name: 'a left side of 60 characters is shown whole, one of 61 shortened',
        files: repo({ [WF]: longLefts }),
        expected: [
          { ...at(longLefts, '1 }'), severity: 'error', message: new RegExp(`^the comparison of \`\\{\\{\\$trigger\\.body\\.a{42}\\}\\}\` names no operator$`) },
          { ...at(longLefts, '{} }'), severity: 'error', message: new RegExp(`^the comparison of \`\\{\\{\\$trigger\\.body\\.b{41}…\` names no operator$`) },
        ],
      },
      {
        name: 'an operator of 40 characters is shown whole, one of 41 shortened',
        files: repo({ [WF]: longOps }),
        expected: [
          { ...at(longOps, `"${op40}"`), severity: 'error', message: /^unknown operator `\$q{39}`$/ },
          { ...at(longOps, `"${op41}"`), severity: 'error', message: /^unknown operator `\$z{36}…`$/ },
        ],
      },
      { name: 'a condition that is not an object', files: repo({ [WF]: notAnObject }), expected: [{ ...at(notAnObject, '[]'), severity: 'error', message: /^the condition of `enough` must have exactly one top-level key, `\$and` or `\$or`$/ }] },
    ]);
  });
});

describe('definition-validates/if-condition: meta', () => {
  it('says what it checks in its one-line description', () => expect(ifCondition.meta.description).toBe("an `if` condition's top level is one `$and` or `$or` list, and every operator is a documented one"));
});
