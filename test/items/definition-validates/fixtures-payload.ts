/** A pinned catalog and a workflow shared by the payload-schema, trigger-payload and connector-type tables. */

const SEND_SCHEMA = {
  type: 'object',
  required: ['tokenAddress', 'recipientAddress', 'amount', 'chainId'],
  properties: {
    tokenAddress: { type: 'string', pattern: '^0x[a-fA-F0-9]{40}$', description: 'ERC20 token contract address' },
    recipientAddress: { type: 'string', format: 'evm-address', description: 'Receiving address' },
    amount: { type: 'string', format: 'token-amount', description: 'Raw token units' },
    chainId: { type: 'number', description: 'EVM chain id' },
    speed: { type: 'string', enum: ['slow', 'fast'], enumNames: ['Slow', 'Fast'], description: 'Gas speed' },
  },
  additionalProperties: false,
};

/** The pinned catalog; `extra` adds entries per section. */
export function pinnedCatalog(extra: { actions?: object[]; triggers?: object[] } = {}): string {
  return JSON.stringify({
    source: 'https://api.b3os.org',
    fetchedAt: '2026-11-20T09:00:00Z',
    actions: [
      { type: 'send-erc20-token', name: 'Send ERC20 token', connector: { type: 'wallet' }, payloadSchema: SEND_SCHEMA, resultSchema: { type: 'object', properties: {} } },
      {
        type: 'slack-send-message',
        name: 'Send Slack message',
        connector: { type: 'slack' },
        payloadSchema: { type: 'object', properties: { conversation: { type: 'string' }, text: { type: 'string' } }, required: ['conversation', 'text'], additionalProperties: false },
        resultSchema: { type: 'object', properties: {} },
      },
      ...(extra.actions ?? []),
    ],
    logicActions: [],
    triggers: [{ type: 'manual', name: 'Manual', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } }, ...(extra.triggers ?? [])],
  });
}

/** A manual workflow that pays a vendor and posts to Slack; every line is stable for the tables. */
export const PAY_WORKFLOW = `{
  "name": "Pay vendor",
  "description": "Pays the vendor by hand and says so in Slack.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["pay"] },
      "pay": {
        "type": "send-erc20-token",
        "connector": { "type": "wallet", "id": "wal_ops" },
        "payload": {
          "tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913",
          "recipientAddress": "{{$trigger.body.vendor}}",
          "amount": "250000000",
          "chainId": 8453,
          "speed": "fast"
        },
        "children": ["notify"]
      },
      "notify": {
        "type": "slack-send-message",
        "connector": { "type": "slack", "id": "conn_ops_slack" },
        "payload": { "conversation": "C01", "text": "paid {{$nodes.pay.result.amount}}" }
      }
    }
  }
}
`;

export const PAY_PATH = 'workflows/pay/workflow.json';
