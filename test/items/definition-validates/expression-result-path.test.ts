import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { BASE, WF, logging, nodesWith, workflowRepo } from './expression-fixture.js';

const RULE = 'definition-validates/expression-result-path';

/** report (line 9) is a delay whose `delayMs` (a number) gets `value`. */
const delayOf = (value: string) => workflowRepo(nodesWith({ report: { type: 'delay', payload: { delayMs: value } } }));

/** read (8) → q (9, `db-query`: partial shipped schema) → paid (10, own `resultSchema`) → report (11). */
const PARTIAL = nodesWith({
  read: { ...BASE.read, children: ['q'] },
  q: { type: 'db-query', payload: { sql: 'select 1' }, children: ['paid'] },
  paid: logging('x', { resultSchema: { type: 'object', properties: { receipt: { type: 'string' } } }, children: ['report'] }),
  report: undefined,
});

describe(RULE, () => {
  it('reports result paths that are not in the known result schema', () =>
    checkRuleTable(RULE, [
      { name: 'existing fields', files: workflowRepo(BASE), expected: [] },
      {
        name: 'items, additionalProperties, open objects, anyOf, trigger body, other node parts',
        files: workflowRepo(nodesWith({
          report: logging('{{read.result.holders[0].address}} {{read.result.holders.1.share}} {{read.result.meta.anything}} {{read.result.raw.a.b}} {{read.result.price.usd}} {{read.result.price.eur}} {{$trigger.body.x}} {{root.result.triggeredAt}} {{read.payload.chainId}} {{read.error}} {{read.result}}'),
        })),
        expected: [],
      },
      { name: 'misspelt field', files: workflowRepo(nodesWith({ report: logging('Balance {{read.result.balanse}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 61, message: /^node `report` reads `\{\{read.result.balanse\}\}` but the result of `read` \(`get-balance`\) has no `balanse`; did you mean `balance`\?$/ }] },
      { name: 'misspelt field, $nodes style', files: workflowRepo(nodesWith({ report: logging('{{$nodes.read.result.balanse}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /has no `balanse`/ }] },
      { name: 'deep in array items', files: workflowRepo(nodesWith({ report: logging('{{read.result.holders.0.adress}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /has no `holders.0.adress`; did you mean `address`\?/ }] },
      {
        name: 'into a scalar of a complete schema',
        files: workflowRepo(nodesWith({ report: logging('{{read.result.balance.foo}} {{read.result.decimals[0]}}') })),
        expected: [
          { severity: 'error', file: WF, line: 9, column: 53, message: /^node `report` reads `\{\{read.result.balance.foo\}\}` but `balance` is a string; it has no `foo`$/ },
          { severity: 'error', file: WF, line: 9, column: 81, message: /^node `report` reads `\{\{read.result.decimals\[0\]\}\}` but `decimals` is a number; it has no `0`$/ },
        ],
      },
      { name: 'in no anyOf branch', files: workflowRepo(nodesWith({ report: logging('{{read.result.price.gbp}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /has no `price.gbp`/ }] },
      { name: 'trigger body, both styles', files: workflowRepo(nodesWith({ report: logging('{{$trigger.bdy.x}} {{root.result.bdy}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /reads `\{\{\$trigger.bdy.x\}\}` but the result of `root` \(`manual`\) has no `bdy`/ }, { severity: 'error', file: WF, line: 9, column: 72, message: /`\{\{root.result.bdy\}\}`/ }] },
      { name: 'in a fallback, once per string', files: workflowRepo(nodesWith({ report: logging('{{read.result.count || 0}} {{read.result.count}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /has no `count`/ }] },
      { name: 'in an `if` condition', files: workflowRepo(nodesWith({ report: { type: 'if', payload: { condition: { $and: [{ '{{read.result.decimal}}': { $gte: '{{read.result.decimals}}' } }] } } } })), expected: [{ severity: 'error', file: WF, line: 9, column: 64, message: /has no `decimal`; did you mean `decimals`\?/ }] },
      {
        name: 'partial and node-own schemas: warnings',
        files: workflowRepo({ ...PARTIAL, report: logging('{{q.result.count}} {{q.result.rows.0.anything}} {{paid.result.reciept}} {{paid.result.receipt}} {{paid.result.receipt.x}}') }),
        expected: [
          { severity: 'warning', file: WF, line: 11, column: 53, message: /`count` is not in the known \(partial\) result schema of `q` \(`db-query`\)/ },
          { severity: 'warning', file: WF, line: 11, column: 101, message: /`reciept` is not in the known \(partial\) result schema of `paid` \(`log`\); did you mean `receipt`\?/ },
          { severity: 'warning', file: WF, line: 11, column: 149, message: /`receipt.x` is not in the known \(partial\) result schema of `paid`/ },
        ],
      },
      { name: 'whole expression of the right type', files: delayOf('{{read.result.decimals}}'), expected: [] },
      { name: 'embedded, or with a fallback: not typed', files: delayOf('{{read.result.balance || 1000}}'), expected: [] },
      { name: 'a string where a number is expected: the registry coerces it', files: delayOf('{{read.result.balance}}'), expected: [] },
      { name: 'loop array from a string', files: workflowRepo(nodesWith({ report: { type: 'for-each', payload: { array: '{{ $nodes.read.result.formattedBalance }}' } } })), expected: [{ severity: 'warning', file: WF, line: 9, column: 56, message: /\(string\) to `array`, which expects array/ }] },
    ]));

  it('reports a certain miss as an error, a partial miss and a type mismatch as warnings', async () => {
    const files = workflowRepo({ ...PARTIAL, report: { type: 'for-each', payload: { array: '{{read.result.balance}}' } }, read: { ...PARTIAL.read, payload: { ...(BASE.read.payload as object), accountAddress: '{{root.result.bdy}} {{q.result.count}} {{root.result.triggeredAt.x}}' } } });
    const severities = findingsOf(await auditFiles(files), RULE).map((f) => [f.message.match(/`\{\{(.*?)\}\}`/)?.[1], f.severity]);
    expect(severities.sort()).toEqual([['q.result.count', 'warning'], ['read.result.balance', 'warning'], ['root.result.bdy', 'error'], ['root.result.triggeredAt.x', 'error']]);
  });
});
