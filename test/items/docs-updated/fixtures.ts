/**
 * A small repository for the docs-updated rule tables: one JSON action (`acme-ping`) with a page
 * that matches it exactly, a trigger, and a wallet action. Cases derive bad variants by replacing
 * text, so line and column numbers below refer to these exact texts.
 */

export const ACTION_PATH = 'actions/acme-ping/action.json';
export const PAGE_PATH = 'docs/actions/reference/generated/acme-ping.md';
export const TRIGGER_PATH = 'triggers/acme-event/trigger.json';
export const TRIGGER_PAGE_PATH = 'docs/triggers/reference/acme-event.md';
export const WALLET_PATH = 'actions/acme-sweep/action.json';
export const WALLET_PAGE_PATH = 'docs/actions/reference/generated/acme-sweep.md';

export const ACTION_DEFINITION = {
  type: 'acme-ping',
  name: 'Acme Ping',
  description: 'Measures the round-trip time to a host.',
  category: 'utility',
  payloadSchema: {
    type: 'object',
    required: ['host'],
    properties: {
      host: { type: 'string', description: 'Host to ping' },
      count: { type: 'integer', description: 'Number of pings', minimum: 1, maximum: 10 },
    },
    additionalProperties: false,
  },
  resultSchema: {
    type: 'object',
    required: ['latencyMs'],
    properties: {
      latencyMs: { type: 'number', description: 'Mean round-trip time' },
      reachable: { type: 'boolean', description: 'Whether the host answered' },
    },
    additionalProperties: false,
  },
  exampleOutput: { latencyMs: 12.5, reachable: true },
  documentationUrl: 'https://docs.acme.example/actions/reference/generated/acme-ping',
};

/** The action definition, pretty-printed; `change` edits a copy first. */
export function actionJson(change: (definition: Record<string, unknown>) => void = () => {}): string {
  const copy = structuredClone(ACTION_DEFINITION) as Record<string, unknown>;
  change(copy);
  return `${JSON.stringify(copy, null, 2)}\n`;
}

export const PAGE = `---
title: Acme Ping
type: acme-ping
---

# Acme Ping

Measures the round-trip time to a host.

## At a Glance

| Action ID | Category | Connector | Requires gas | Funds movement |
|---|---|---|---|---|
| \`acme-ping\` | Utility | none | no | none |

## Payload Schema

| Field | Type | Required | Description |
|---|---|---|---|
| \`host\` | string | yes | Host to ping |
| \`count\` | integer | no | Number of pings |

## Result Schema

| Field | Type | Required | Description |
|---|---|---|---|
| \`latencyMs\` | number | yes | Mean round-trip time |
| \`reachable\` | boolean | no | Whether the host answered |

## Examples

### Example node

\`\`\`json
{ "type": "acme-ping", "payload": { "host": "example.org", "count": 3 }, "children": [] }
\`\`\`

### Example output

\`\`\`json
{ "latencyMs": 12.5, "reachable": true }
\`\`\`
`;

/** The page with one piece of text replaced; throws when the text is not there, so cases stay honest. */
export function pageWith(from: string, to: string, page = PAGE): string {
  if (!page.includes(from)) throw new Error(`fixture page has no ${JSON.stringify(from)}`);
  return page.replace(from, to);
}

/** The documented action: definition and page, plus any extra or replaced files. */
export function pingRepo(files: Record<string, string | Uint8Array> = {}): Record<string, string | Uint8Array> {
  return { [ACTION_PATH]: actionJson(), [PAGE_PATH]: PAGE, ...files };
}

export const TRIGGER = `${JSON.stringify(
  {
    type: 'acme-event',
    name: 'Acme Event',
    payloadSchema: { type: 'object', required: ['topic'], properties: { topic: { type: 'string' } }, additionalProperties: false },
    resultSchema: { type: 'object', required: ['eventId'], properties: { eventId: { type: 'string' } } },
  },
  null,
  2,
)}\n`;

export const TRIGGER_PAGE = `---
type: acme-event
---

# Acme Event

## At a Glance

| Trigger type | Connector |
|---|---|
| \`acme-event\` | none |

## Payload Schema

| Field | Type | Required | Description |
|---|---|---|---|
| \`topic\` | string | yes | Topic to watch |

## Result Schema

| Field | Type | Required | Description |
|---|---|---|---|
| \`eventId\` | string | yes | Event id |

## Examples

\`\`\`json
{ "type": "acme-event", "payload": { "topic": "billing" } }
\`\`\`

\`\`\`json
{ "eventId": "evt_1" }
\`\`\`
`;

export const WALLET_ACTION = `${JSON.stringify(
  {
    type: 'acme-sweep',
    name: 'Acme Sweep',
    category: 'evm-onchain',
    connector: { type: 'wallet' },
    requiresGas: true,
    fundsMovement: { sent: [{ tokenField: 'tokenAddress', amountField: 'amount', chainField: 'chainId' }] },
    payloadSchema: { type: 'object', required: ['amount'], properties: { amount: { type: 'string', pattern: '^[0-9]+$' } }, additionalProperties: false },
    resultSchema: { type: 'object', required: ['transactionHash'], properties: { transactionHash: { type: 'string' } } },
    exampleOutput: { transactionHash: '0xabc' },
  },
  null,
  2,
)}\n`;

export const WALLET_PAGE = `---
type: acme-sweep
---

# Acme Sweep

> Caution: this action moves funds. Test with simulation or a controlled amount first.

## At a Glance

| Action ID | Category | Connector | Requires gas | Funds movement |
|---|---|---|---|---|
| \`acme-sweep\` | EVM Onchain | wallet | yes | send |

## Payload Schema

| Field | Type | Required | Description |
|---|---|---|---|
| \`amount\` | string | yes | Raw units |

## Result Schema

| Field | Type | Required | Description |
|---|---|---|---|
| \`transactionHash\` | string | yes | Transfer transaction |

## Examples

\`\`\`json
{ "type": "acme-sweep", "payload": { "amount": "1000" } }
\`\`\`

\`\`\`json
{ "transactionHash": "0xabc" }
\`\`\`
`;

export const SDK_SCHEMA_PATH = 'packages/sdk/actions/acme-gas/schema.ts';
export const SDK_EXECUTE_PATH = 'packages/sdk/actions/acme-gas/execute.ts';

export const SDK_SCHEMA = `export const payloadSchema = {
  type: 'object',
  required: ['chainId'],
  properties: { chainId: { type: 'integer', description: 'Chain' } },
  additionalProperties: false,
} as const;

export const resultSchema = {
  type: 'object',
  required: ['gwei'],
  properties: { gwei: { type: 'string', description: 'Gas price in gwei' } },
  additionalProperties: false,
} as const;
`;

/** An SDK action's execute.ts; `exampleOutput` is on line 12, column 9. */
export function sdkExecute(exampleOutput: string, extra = ''): string {
  return `import { BaseAction } from '../../src/base-action';
import { payloadSchema, resultSchema } from './schema';

export class AcmeGasAction extends BaseAction {
  constructor() {
    super('acme-gas', {
      name: 'Acme Gas',
      description: 'Reads the gas price.',
      payloadSchema,
      resultSchema,${extra}
      exampleUsage: {
        exampleOutput: ${exampleOutput},
      },
    });
  }
}
`;
}
