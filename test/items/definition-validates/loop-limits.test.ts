import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { PAYOUT, TPL, WF, diamonds, repo } from './graph-fixtures.js';
import { loopLimits } from '../../../src/items/definition-validates/loop-limits.js';

const workflow = (nodeLines: string[]) =>
  `{\n  "name": "Nested payouts",\n  "description": "Pays per item of nested lists.",\n  "definition": {\n    "nodes": {\n${nodeLines.join(',\n')}\n    }\n  }\n}\n`;

/** A manual root and `levels` nested for-each nodes; with `steps`, each loop body starts with a log step that leads to the next loop. */
function nested(levels: number, steps = false): string {
  const lines = ['      "root": { "type": "manual", "payload": {}, "children": ["loop_1"] }'];
  for (let i = 1; i <= levels; i++) {
    const inner = i < levels ? `loop_${i + 1}` : 'leaf';
    const entry = steps ? `step_${i}` : inner;
    lines.push(`      "loop_${i}": { "type": "for-each", "payload": { "array": [1, 2] }, "loopBody": ["${entry}"] }`);
    if (steps) lines.push(`      "step_${i}": { "type": "log", "payload": { "message": "level ${i}" }, "children": ["${inner}"] }`);
  }
  lines.push('      "leaf": { "type": "log", "payload": { "message": "{{$item}}" } }');
  return workflow(lines);
}

/** A manual root followed by a chain of log steps: `count` nodes in all. */
function chain(count: number): string {
  const lines = ['      "root": { "type": "manual", "payload": {}, "children": ["n1"] }'];
  for (let i = 1; i < count; i++) lines.push(`"n${i}": { "type": "log", "payload": { "message": "s" }${i + 1 < count ? `, "children": ["n${i + 1}"]` : ''} }`);
  return workflow(lines);
}

/** The same workflow with its node lines in reverse order. */
function reversed(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('      "'));
  const last = lines.findLastIndex((l) => l.startsWith('      "'));
  const nodes = lines.slice(first, last + 1).map((l) => l.replace(/,$/, '')).reverse();
  return [...lines.slice(0, first), nodes.join(',\n'), ...lines.slice(last + 1)].join('\n');
}

describe('definition-validates/loop-limits', () => {
  it('allows ten for-each levels and 10,000 nodes', () =>
    checkRuleTable('definition-validates/loop-limits', [
      { name: 'ten nested loops', files: repo(nested(10)), expected: [] },
      { name: 'ten nested loops with steps between them', files: repo(nested(10, true)), expected: [] },
      { name: 'exactly 10,000 nodes', files: repo(chain(10_000)), expected: [] },
      { name: 'thirty diamonds in a row: each join walked once', files: repo(diamonds(30)), expected: [] },
      { name: 'a file that does not parse has no graph', files: repo(PAYOUT, { [TPL]: '{\n  "name": "Broken",\n  "definition": {\n' }), expected: [] },
      { name: 'eleven nested loops defined inner first', files: repo(reversed(nested(11))), expected: [{ severity: 'error', file: WF, line: 7, column: 7, message: /`loop_11` is nested 11 levels/ }] },
      {
        name: 'eleven nested loops',
        files: repo(nested(11)),
        expected: [{ severity: 'error', file: WF, line: 17, column: 7, message: /^`for-each` node `loop_11` is nested 11 levels deep; B3OS allows at most 10$/, hint: /^flatten the loops, e\.g\. iterate over a combined list, or move the inner loops into a workflow started with `trigger-workflow`$/ }],
      },
      {
        name: 'a loop reached both from the root and through ten loops counts its deepest route',
        files: repo(nested(11).replace('"children": ["loop_1"]', '"children": ["loop_1", "loop_11"]')),
        expected: [{ severity: 'error', file: WF, line: 17, column: 7, message: /`loop_11` is nested 11 levels/ }],
      },
      { name: 'thirteen nested loops are reported once', files: repo(nested(13)), expected: [{ severity: 'error', file: WF, line: 17, column: 7 }] },
      { name: 'nesting counts through steps inside loop bodies', files: repo(nested(11, true)), expected: [{ severity: 'error', file: WF, line: 27, column: 7, message: /`loop_11` is nested 11 levels/ }] },
      { name: 'template with eleven nested loops', files: repo(PAYOUT, { [TPL]: nested(11) }), expected: [{ severity: 'error', file: TPL, line: 17, column: 7, message: /`loop_11` is nested 11 levels/ }] },
      { name: '10,001 nodes', files: repo(chain(10_001)), expected: [{ severity: 'error', file: WF, line: 5, column: 5, message: /^the definition has 10,001 nodes; B3OS accepts at most 10,000$/, hint: /^split the workflow, e\.g\. hand work to another workflow with a `trigger-workflow` node$/ }] },
    ]));
});

describe('definition-validates/loop-limits: meta', () => {
  it('says what it checks in its one-line description', () => expect(loopLimits.meta.description).toBe('for-each nesting at most 10 levels and at most 10,000 nodes per definition'));
});
