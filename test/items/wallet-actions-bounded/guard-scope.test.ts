import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { USDC, VENDOR, WF, edit, fundsRepo, manual, payloadValue, send } from './fixtures.js';

const RULE = 'wallet-actions-bounded/amount-bound';
const lte = (value: string) => ({ $and: [{ [value]: { $lte: 250000000 } }] });
const pay = (amount: string) => ({ type: 'send-erc20-token', connector: { type: 'wallet', id: 'wal_ops' }, payload: { tokenAddress: USDC, recipientAddress: VENDOR, amount, chainId: 8453 } });

/** A manual workflow of these nodes after `root`, written one key per line. */
function workflow(first: string, nodes: Record<string, unknown>): string {
  const root = { type: 'manual', payload: {}, children: [first] };
  return `${JSON.stringify({ name: 'Batch payout', description: 'Pays each payment of each batch.', definition: { triggerNodeIds: ['root'], nodes: { root, ...nodes } } }, null, 2)}\n`;
}

/** Where the value of `pay.payload.amount` is. */
function amountOf(text: string): { file: string; line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('"amount": '));
  return { file: WF, line: line + 1, column: lines[line].indexOf('"amount": ') + 11 };
}

/** Batches of payments: the guard in the outer loop, the send in the inner loop. */
function nested(guarded: string, sent: string): string {
  return workflow('outer', {
    outer: { type: 'for-each', payload: { array: '{{$trigger.body.batches}}' }, loopBody: ['guard'] },
    guard: { type: 'if', payload: { condition: lte(guarded) }, children: ['inner'] },
    inner: { type: 'for-each', branch: 'then', payload: { array: '{{$item.payments}}' }, loopBody: ['pay'] },
    pay: pay(sent),
  });
}

const sameLoop = workflow('loop', {
  loop: { type: 'for-each', payload: { array: '{{$trigger.body.payments}}' }, loopBody: ['guard'] },
  guard: { type: 'if', payload: { condition: lte('{{$item.amount}}') }, children: ['pay'] },
  pay: { ...pay('{{$item.amount}}'), branch: 'then' },
});

const storage = workflow('guard', {
  guard: { type: 'if', payload: { condition: lte('{{$org.storage.payout_amount}}') }, children: ['pay'] },
  pay: { ...pay('{{$org.storage.payout_amount}}'), branch: 'then' },
});

const cases = (text: string, name: string, expected: ReturnType<typeof amountOf>[], message?: RegExp) => ({
  name,
  files: fundsRepo({ workflow: text }),
  expected: expected.map((at) => ({ ...at, severity: 'error' as const, ...(message ? { message } : {}) })),
});

// A guard bounds a loop value only in the loop it was tested in; storage is never bounded by a test.
describe('guards and the values they bound', () => {
  it('gives $item, $index and $parent_item the identity of their loop', () =>
    checkRuleTable(RULE, [
      cases(sameLoop, 'guard and send in the same loop', []),
      cases(nested('{{$item.amount}}', '{{$parent_item.amount}}'), 'outer item tested, sent as $parent_item in the inner loop', []),
      cases(nested('{{$item.amount}}', '{{$for.outer.item.amount}}'), 'outer item tested, sent as $for.outer.item', []),
      cases(nested('{{$item.amount}}', '{{$item.amount}}'), 'outer item tested, inner item sent', [amountOf(nested('{{$item.amount}}', '{{$item.amount}}'))], /^`pay\.payload\.amount` takes `\$item\.amount`/),
    ]));

  it('never counts storage as guarded', () =>
    checkRuleTable(RULE, [
      cases(sameLoop, 'a loop item, guarded', []),
      cases(storage, 'org storage tested, then sent', [amountOf(storage)], /takes `\$org\.storage\.payout_amount`, storage that any run can rewrite after a check, and no upstream `if` keeps it inside `maxAmount`/),
    ]));

  it('reads only conditions whose top level is exactly one $and or $or', () => {
    const amount = '{{$trigger.body.amount}}';
    const ENOUGH = '{ "$and": [{ "{{$nodes.check.result.balance}}": { "$gte": 250000000 } }] }';
    const condition = (value: unknown) => fundsRepo({ workflow: edit(manual(send({ amount })), ENOUGH, JSON.stringify(value)) });
    const test = { [amount]: { $lte: 250000000 } };
    const AMOUNT = { ...payloadValue(2, 'amount'), severity: 'error' as const, message: /^`pay\.payload\.amount` takes `\$trigger\.body`/ };
    return checkRuleTable(RULE, [
      { name: '$and of the test', files: condition({ $and: [test] }), expected: [] },
      { name: '$or of the one test', files: condition({ $or: [test] }), expected: [] },
      { name: 'an extra key beside $and', files: condition({ $and: [{ '{{$nodes.check.result.balance}}': { $gte: 1 } }], ...test }), expected: [AMOUNT] },
      { name: 'a bare comparison', files: condition(test), expected: [AMOUNT] },
    ]);
  });
});
