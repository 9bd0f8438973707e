/** Shared repositories for the graph rules of definition-validates: a pinned catalog and realistic workflows. */

const obj = (properties: Record<string, object>, required: string[] = []) => ({ type: 'object', properties, required, additionalProperties: false });
const str = { type: 'string' };
const num = { type: 'number' };
const result = { type: 'object', properties: {} };

/** A pinned catalog with complete schemas for every type the graph cases use. */
export const CATALOG = JSON.stringify({
  source: 'https://api.b3os.org',
  fetchedAt: '2026-11-20T09:00:00Z',
  actions: [
    { type: 'get-balance', name: 'Get Balance', payloadSchema: obj({ tokenAddress: str, accountAddress: str, chainId: num }, ['tokenAddress', 'accountAddress', 'chainId']), resultSchema: result },
    {
      type: 'send-erc20-token',
      name: 'Send ERC20 Token',
      connector: { type: 'wallet' },
      requiresGas: true,
      fundsMovement: { sent: [{ tokenField: 'tokenAddress', amountField: 'amount', chainField: 'chainId' }] },
      payloadSchema: obj({ tokenAddress: str, recipientAddress: str, amount: str, chainId: num }, ['tokenAddress', 'recipientAddress', 'amount', 'chainId']),
      resultSchema: result,
    },
    { type: 'slack-send-message', name: 'Send Slack message', connector: { type: 'slack' }, payloadSchema: obj({ conversation: str, text: str }, ['conversation', 'text']), resultSchema: result },
  ],
  logicActions: [
    { type: 'if', name: 'Condition', payloadSchema: obj({ condition: { type: 'object' } }, ['condition']), resultSchema: result },
    { type: 'for-each', name: 'Loop', payloadSchema: obj({ array: { type: 'array' } }, ['array']), resultSchema: result },
    { type: 'wait', name: 'Wait for event', payloadSchema: obj({ timeoutMs: num, triggerType: str, triggerConfig: { type: 'object' } }, ['timeoutMs', 'triggerType', 'triggerConfig']), resultSchema: result },
    { type: 'log', name: 'Log Message', payloadSchema: obj({ message: str }, ['message']), resultSchema: result },
  ],
  triggers: [
    { type: 'cronjob', name: 'Schedule', payloadSchema: obj({ rrule: str }, ['rrule']), resultSchema: result },
    { type: 'manual', name: 'Manual', payloadSchema: obj({}), resultSchema: result },
  ],
});

/**
 * Weekly vendor payouts: a cronjob root, an `if` on the balance (then: ask ops, else: alert), a
 * `wait` for the approval (resumed: pay, timed_out: log) and a `for-each` paying each vendor.
 * One node per line, so line numbers in the tests are easy to check.
 */
export const PAYOUT = `{
  "name": "Weekly vendor payouts",
  "description": "Every Monday pays each vendor in USDC on Base when the ops wallet holds enough and ops approve.",
  "cooldownMs": 60000,
  "maxRuns": 520,
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "cronjob", "payload": { "rrule": "DTSTART:20260803T090000Z\\nRRULE:FREQ=WEEKLY;INTERVAL=1" }, "children": ["check_balance"] },
      "check_balance": { "type": "get-balance", "payload": { "tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "accountAddress": "0x1111111111111111111111111111111111111111", "chainId": 8453 }, "children": ["enough"] },
      "enough": { "type": "if", "payload": { "condition": { "$and": [{ "{{$nodes.check_balance.result.balance}}": { "$gte": 500000000 } }] } }, "children": ["ask_ops", "notify_low_balance"] },
      "ask_ops": { "type": "slack-send-message", "branch": "then", "connector": { "type": "slack", "id": "conn_ops_slack" }, "payload": { "conversation": "C0OPSALERT", "text": "React to approve this week's vendor payouts" }, "children": ["approval"] },
      "approval": { "type": "wait", "payload": { "triggerType": "slack-new-reaction-added", "triggerConfig": { "conversation": "C0OPSALERT" }, "timeoutMs": 86400000 }, "children": ["pay_each", "log_timeout"] },
      "pay_each": { "type": "for-each", "branch": "resumed", "payload": { "array": [{ "address": "0x2222222222222222222222222222222222222222", "amount": "250000000" }] }, "loopBody": ["pay_vendor"], "children": ["log_done"] },
      "pay_vendor": { "type": "send-erc20-token", "connector": { "type": "wallet", "id": "wal_ops_payouts" }, "payload": { "tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "recipientAddress": "{{$item.address}}", "amount": "{{$item.amount}}", "chainId": 8453 } },
      "log_done": { "type": "log", "payload": { "message": "paid {{$nodes.pay_each.result.iterationCount}} vendors" } },
      "log_timeout": { "type": "log", "branch": "timed_out", "payload": { "message": "payout approval timed out" } },
      "notify_low_balance": { "type": "slack-send-message", "branch": "else", "connector": { "type": "slack", "id": "conn_ops_slack" }, "payload": { "conversation": "C0OPSALERT", "text": "Payout skipped: balance {{$nodes.check_balance.result.formattedBalance}} USDC" } }
    }
  }
}
`;

/** A multi-trigger ("forest") workflow: a schedule and a manual run share the same steps. */
export const FOREST = `{
  "name": "Treasury balance report",
  "description": "Posts the treasury USDC balance every morning and whenever ops run it by hand.",
  "definition": {
    "triggerNodeIds": ["on_schedule", "on_demand"],
    "nodes": {
      "on_schedule": { "type": "cronjob", "payload": { "rrule": "DTSTART:20260803T080000Z\\nRRULE:FREQ=DAILY;INTERVAL=1" }, "children": ["read_balance"] },
      "on_demand": { "type": "manual", "payload": {}, "children": ["read_balance"] },
      "read_balance": { "type": "get-balance", "payload": { "tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "accountAddress": "0x1111111111111111111111111111111111111111", "chainId": 8453 }, "children": ["post"] },
      "post": { "type": "slack-send-message", "connector": { "type": "slack", "id": "conn_ops_slack" }, "payload": { "conversation": "C0TREASURY", "text": "Treasury: {{$nodes.read_balance.result.formattedBalance}} USDC" } }
    }
  }
}
`;

/** A template (create-template body) around a manual-triggered alert. */
export const TEMPLATE = `{
  "name": "Low balance alert",
  "description": "Alerts a Slack channel when a wallet runs low.",
  "tags": ["treasury"],
  "visibility": "public",
  "templateProps": [],
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["read"] },
      "read": { "type": "get-balance", "payload": { "tokenAddress": "{{$props.token}}", "accountAddress": "{{$props.wallet}}", "chainId": 8453 }, "children": ["low"] },
      "low": { "type": "if", "payload": { "condition": { "$and": [{ "{{$nodes.read.result.balance}}": { "$lt": 1000000 } }] } }, "children": ["alert"] },
      "alert": { "type": "log", "branch": "then", "payload": { "message": "balance low" } }
    }
  }
}
`;

export const WF = 'workflows/vendor-payouts/workflow.json';
export const FOREST_WF = 'workflows/treasury-report/workflow.json';
export const TPL = 'templates/low-balance-alert/template.json';

/** A repository with the pinned catalog and the given workflow at `WF`, plus extra files. */
export function repo(workflow: string, extra: Record<string, string> = {}): Record<string, string> {
  return { '.b3os/catalog.json': CATALOG, [WF]: workflow, ...extra };
}

/** Replaces exactly one occurrence of `from`; fails loudly when the fixture text drifted. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`fixture edit: \`${from}\` must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** A manual root and `count` diamonds in a row: each split runs two log steps that join again before the next split. */
export function diamonds(count: number): string {
  const lines = ['      "root": { "type": "manual", "payload": {}, "children": ["join_0"] }', '      "join_0": { "type": "log", "payload": { "message": "start" }, "children": ["left_1", "right_1"] }'];
  for (let i = 1; i <= count; i++) {
    const next = i < count ? `, "children": ["left_${i + 1}", "right_${i + 1}"]` : '';
    lines.push(`      "left_${i}": { "type": "log", "payload": { "message": "left" }, "children": ["join_${i}"] }`);
    lines.push(`      "right_${i}": { "type": "log", "payload": { "message": "right" }, "children": ["join_${i}"] }`);
    lines.push(`      "join_${i}": { "type": "log", "payload": { "message": "join" }${next} }`);
  }
  return `{\n  "name": "Diamonds",\n  "description": "Splits and joins.",\n  "definition": {\n    "nodes": {\n${lines.join(',\n')}\n    }\n  }\n}\n`;
}
