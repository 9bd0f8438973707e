import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, USDC, WF, edit, fundsRepo, funds, guardedBy, manifestFor, manual, payNode, payloadValue, workflowWith } from './fixtures.js';

const RULE = 'wallet-actions-bounded/unbounded-field';
const WETH = '0x4200000000000000000000000000000000000006';
const relay = (extra: Record<string, unknown>) => workflowWith(payNode('relay-swap', { srcChainId: 8453, tokenIn: USDC, amountIn: '1000', dstChainId: 8453, tokenOut: WETH, ...extra }));
const order = (payload: Record<string, unknown>) => workflowWith(payNode('hyperliquid-market-order', payload));
const fields = (yaml: string) => funds('      approvals: none\n', `      approvals: none\n      fields:\n${yaml}`);
const key = (index: number, name: string) => ({ file: WF, line: 27 + index, column: 11 });

describe(RULE, () => {
  it('needs the manifest to bound keys a partial or unknown schema does not explain', () =>
    checkRuleTable(RULE, [
      { name: 'partial schema, only named or explained keys', files: fundsRepo({ workflow: relay({ recipient: '0x2222222222222222222222222222222222222222' }) }), expected: [] },
      {
        name: 'partial schema, a key nothing explains',
        files: fundsRepo({ workflow: relay({ referrer: 'acme' }) }),
        expected: [{ ...key(5, 'referrer'), severity: 'error', unverified: true, message: /^`pay\.payload\.referrer` is a key of `relay-swap` whose known schema is partial, so what it does with funds cannot be verified$/, hint: /^bound it in the manifest: `nodes\.pay\.funds\.fields\.referrer` with `allowed: \[\.\.\.\]` or `max: "…"` \(or pin the platform catalog: b3os-readiness catalog pull\)$/ }],
      },
      {
        name: 'keys with a slash and a tilde',
        files: fundsRepo({ workflow: relay({ 'ref/a': 'x', 'ref~b': 'y' }) }),
        expected: [
          { ...key(5, 'ref/a'), severity: 'error', unverified: true, message: /^`pay\.payload\.ref\/a` is a key/ },
          { ...key(6, 'ref~b'), severity: 'error', unverified: true, message: /^`pay\.payload\.ref~b` is a key/ },
        ],
      },
      { name: 'a key nothing explains, no manifest: left to funds-entry', files: fundsRepo({ workflow: relay({ referrer: 'acme' }), files: { [MANIFEST]: null } }), expected: [] },
      {
        name: 'a key nothing explains, no bounds for the node: left to funds-entry',
        files: fundsRepo({ workflow: relay({ referrer: 'acme' }), files: { [MANIFEST]: edit(manifestFor(relay({ referrer: 'acme' })), 'nodes:\n  pay:\n', 'nodes:\n  other:\n') } }),
        expected: [],
      },
      { name: 'that key bounded by allowed values', files: fundsRepo({ workflow: relay({ referrer: 'acme' }), funds: fields('        referrer: { allowed: ["acme"] }\n') }), expected: [] },
      { name: 'that key outside its allowed values', files: fundsRepo({ workflow: relay({ referrer: 'evil' }), funds: fields('        referrer: { allowed: ["acme"] }\n') }), expected: [{ ...payloadValue(5, 'referrer'), severity: 'error', message: /^`pay\.payload\.referrer` is a 4-character string, outside `fields\.referrer`$/ }] },
      {
        name: 'unknown schema, many keys',
        files: fundsRepo({ workflow: order({ coin: 'ETH', isBuy: true, size: '2' }) }),
        expected: ['coin', 'isBuy', 'size'].map((name, i) => ({ ...key(i, name), severity: 'error' as const, unverified: true, message: /whose schema is not known/ })),
      },
      {
        name: 'unknown schema, every key bounded, size at its max',
        files: fundsRepo({ workflow: order({ coin: 'ETH', isBuy: true, size: '2' }), funds: fields('        coin: { allowed: ["ETH"] }\n        isBuy: { allowed: [true] }\n        size: { max: "2" }\n') }),
        expected: [],
      },
      {
        name: 'unknown schema, size one past its max',
        files: fundsRepo({ workflow: order({ coin: 'ETH', isBuy: true, size: '3' }), funds: fields('        coin: { allowed: ["ETH"] }\n        isBuy: { allowed: [true] }\n        size: { max: "2" }\n') }),
        expected: [{ ...payloadValue(2, 'size'), severity: 'error', message: /is `"3"`, outside `fields\.size`/ }],
      },
      { name: 'a complete schema has no unknown keys', files: fundsRepo(), expected: [] },
      { name: 'a bound for a key the payload does not set', files: fundsRepo({ funds: fields('        referrer: { allowed: ["acme"] }\n') }), expected: [] },
    ]));

  it('compares `max` exactly as a decimal', () => {
    const sized = (size: unknown, max: string) => fundsRepo({ workflow: order({ coin: 'ETH', isBuy: true, size }), funds: fields(`        coin: { allowed: ["ETH"] }\n        isBuy: { allowed: [true] }\n        size: { max: "${max}" }\n`) });
    const SIZE = { ...payloadValue(2, 'size'), severity: 'error' as const };
    return checkRuleTable(RULE, [
      { name: 'a fractional size at a fractional max', files: sized('0.5', '0.5'), expected: [] },
      { name: 'a fractional size under a whole max', files: sized('0.75', '1'), expected: [] },
      { name: 'a JSON number under the max', files: sized(0.25, '0.5'), expected: [] },
      { name: 'one unit of the 36th decimal past the max', files: sized(`0.5${'0'.repeat(34)}1`, '0.5'), expected: [{ ...SIZE, message: /outside `fields\.size`$/ }] },
      { name: 'a fractional size past a whole max', files: sized('1.5', '1'), expected: [{ ...SIZE, message: /^`pay\.payload\.size` is `"1\.5"`, outside `fields\.size`$/ }] },
    ]);
  });

  it('holds a key bounded by both allowed values and a max to both', () => {
    const both = (size: string) => fundsRepo({ workflow: order({ coin: 'ETH', isBuy: true, size }), funds: fields('        coin: { allowed: ["ETH"] }\n        isBuy: { allowed: [true] }\n        size: { allowed: ["1", "2", "3"], max: "2" }\n') });
    const SIZE = { ...payloadValue(2, 'size'), severity: 'error' as const };
    const SIZE_FROM_TRIGGER = '{{$trigger.body.size}}';
    const guarded = (test: Record<string, unknown>) =>
      fundsRepo({ workflow: manual(guardedBy(order({ coin: 'ETH', isBuy: true, size: SIZE_FROM_TRIGGER }), { [SIZE_FROM_TRIGGER]: test })), funds: fields('        coin: { allowed: ["ETH"] }\n        isBuy: { allowed: [true] }\n        size: { allowed: ["1", "2", "3"], max: "2" }\n') });
    return checkRuleTable(RULE, [
      { name: 'allowed and at the max', files: both('2'), expected: [] },
      { name: 'allowed but past the max', files: both('3'), expected: [{ ...SIZE, message: /^`pay\.payload\.size` is `"3"`, outside `fields\.size`$/ }] },
      { name: 'from the trigger, tested $in allowed values at most the max', files: guarded({ $in: ['1', '2'] }), expected: [] },
      { name: 'from the trigger, tested $in an allowed value past the max', files: guarded({ $in: ['3'] }), expected: [{ ...SIZE, message: /^`pay\.payload\.size` takes `\$trigger\.body`, the data that starts the run, which someone outside the workflow chooses, and no upstream `if` keeps it inside `fields\.size` on every path$/ }] },
      { name: 'from the trigger, tested $lte the max only', files: guarded({ $lte: '2' }), expected: [{ ...SIZE }] },
      { name: 'under the max but not allowed', files: both('1.5'), expected: [{ ...SIZE, message: /^`pay\.payload\.size` is `"1\.5"`, outside `fields\.size`$/ }] },
    ]);
  });
});
