/**
 * Funds cases on the payout repository of `../readiness/fixtures.ts`: the `pay` node is replaced
 * by any node written by `payNode`, laid out so that payload key `i` sits on line 27 + i with its
 * value at column `key.length + 15` (see `payloadValue`).
 */
import { FUNDS, MANIFEST, WF, WORKFLOW, edit, manifestFor, repo } from '../readiness/fixtures.js';

export { ENV, ENVIRONMENT, FUNDS, MANIFEST, OPS, USDC, VENDOR, WF, WORKFLOW, edit, hashOf, manifestFor, repo } from '../readiness/fixtures.js';

/** The `pay` node as in the fixture. */
const PAY = WORKFLOW.slice(WORKFLOW.indexOf('      "pay": {'), WORKFLOW.indexOf('\n    }\n  }\n}'));

/** A `pay` node: its type, connector (JSON, or null for none) and payload keys in order. */
export function payNode(type: string, payload: Record<string, unknown>, connector: unknown = { type: 'wallet', id: 'wal_ops' }): string {
  const keys = Object.entries(payload).map(([key, value]) => `          ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const lines = [
    '      "pay": {',
    `        "type": ${JSON.stringify(type)},`,
    '        "branch": "then",',
    connector === null ? '        "titleOverride": "Pay",' : `        "connector": ${JSON.stringify(connector).replace(/,"/g, ', "').replace(/":/g, '": ').replace(/^\{/, '{ ').replace(/\}$/, ' }')},`,
    '        "payload": {',
    keys.join(',\n'),
    '        }',
    '      }',
  ];
  return lines.join('\n');
}

/** The workflow with `pay` replaced. */
export function workflowWith(node: string, workflow = WORKFLOW): string {
  return edit(workflow, PAY, node);
}

/** Where the value of payload key number `index` (from 0) of a `payNode` is. */
export function payloadValue(index: number, key: string): { file: string; line: number; column: number } {
  return { file: WF, line: 27 + index, column: key.length + 15 };
}

/** The repository with this workflow, these bounds of `pay`, and evidence of `evidenceFor` (default: the workflow itself). */
export function fundsRepo(o: { workflow?: string; funds?: string; evidenceFor?: string; files?: Record<string, string | null> } = {}): Record<string, string> {
  const workflow = o.workflow ?? WORKFLOW;
  return repo({ [WF]: workflow, [MANIFEST]: manifestFor(o.evidenceFor ?? workflow, o.funds ?? FUNDS), ...o.files });
}

/** A send-erc20-token `pay` node with these payload values over the fixture's. */
export function send(overrides: Record<string, unknown> = {}, connector?: unknown): string {
  return workflowWith(payNode('send-erc20-token', { tokenAddress: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', recipientAddress: '0x2222222222222222222222222222222222222222', amount: '250000000', chainId: 8453, ...overrides }, connector));
}

/** The `enough` guard's condition replaced by `$and` of these tests (each `{ "{{ref}}": { op: operand } }`). */
export function guardedBy(workflow: string, ...tests: Array<Record<string, unknown>>): string {
  const condition = JSON.stringify({ $and: [{ '{{$nodes.check.result.balance}}': { $gte: 250000000 } }, ...tests] });
  return edit(workflow, '"payload": { "condition": { "$and": [{ "{{$nodes.check.result.balance}}": { "$gte": 250000000 } }] } }', `"payload": { "condition": ${condition} }`);
}

/** The payout started by a manual trigger (called as a webhook), so `$trigger.body` is the caller's. */
export function manual(workflow: string): string {
  return edit(workflow, '"type": "cronjob",\n        "payload": { "rrule": "DTSTART:20261102T090000Z\\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO" },', '"type": "manual",\n        "payload": {},');
}

/** FUNDS with one line replaced (or removed with `to` = ''). */
export function funds(from: string, to: string): string {
  return edit(FUNDS, from, to);
}

export const PINNED = '.b3os/catalog.json';

/** A pinned platform catalog as the API states it: `fundsMovement` descriptors that name no recipient and no slippage, and no funds facts (`send-sol` amounts are in SOL only by the shipped facts). */
export const PINNED_CATALOG = JSON.stringify({
  source: 'https://api.b3os.org',
  fetchedAt: '2026-11-20T09:00:00Z',
  actions: [
    {
      type: 'send-erc20-token',
      category: 'evm-onchain',
      connector: { type: 'wallet' },
      requiresGas: true,
      fundsMovement: { sent: [{ tokenField: 'tokenAddress', amountField: 'amount', chainField: 'chainId' }] },
      payloadSchema: {
        type: 'object',
        properties: { tokenAddress: { type: 'string' }, recipientAddress: { type: 'string' }, amount: { type: 'string' }, chainId: { type: 'number' } },
        additionalProperties: false,
      },
    },
    { type: 'send-sol', category: 'solana-onchain', connector: { type: 'wallet' }, requiresGas: true },
    {
      type: '0x-swap',
      category: 'evm-onchain',
      connector: { type: 'wallet' },
      requiresGas: true,
      fundsMovement: { sent: [{ tokenField: 'sellToken', amountField: 'sellAmount', chainField: 'chainId' }], received: [{ tokenField: 'buyToken', chainField: 'chainId' }] },
      payloadSchema: {
        type: 'object',
        properties: { sellToken: { type: 'string' }, buyToken: { type: 'string' }, sellAmount: { type: 'string' }, chainId: { type: 'number' }, slippageBps: { type: 'number', default: 100 } },
        additionalProperties: false,
      },
    },
  ],
  triggers: [],
}, null, 2);
