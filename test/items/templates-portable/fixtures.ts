/**
 * A public template (a low-balance alert, after b3os-platform.md §9) written one prop and one node
 * per line, so cases edit one line with `edit` and find places with `at`.
 */
export { edit } from '../readiness/fixtures.js';

export const TPL = 'templates/low-balance-alert/template.json';
export const CONFIG = '.github/b3os-readiness.yml';
export const USDC = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
export const VENDOR = '0x2222222222222222222222222222222222222222';

export const TEMPLATE = `{
  "name": "Low balance alert",
  "description": "Alerts a Slack channel when a wallet's USDC balance on Base drops below a threshold.",
  "tags": ["monitoring"],
  "visibility": "public",
  "templateProps": [
    { "key": "watchAddress", "name": "Wallet to watch", "type": "string", "required": true, "properties": { "inputType": "address" } },
    { "key": "threshold", "name": "Minimum balance", "type": "string", "required": true, "default": "1000000" }
  ],
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "cronjob", "payload": { "rrule": "DTSTART:20260801T000000Z\\nRRULE:FREQ=HOURLY;INTERVAL=1" }, "children": ["read"] },
      "read": { "type": "get-balance", "payload": { "accountAddress": "{{$props.watchAddress}}", "tokenAddress": "${USDC}", "chainId": 8453 }, "children": ["low"] },
      "low": { "type": "if", "payload": { "condition": { "$and": [{ "{{$nodes.read.result.balance}}": { "$lt": "{{$props.threshold}}" } }] } }, "children": ["alert"] },
      "alert": { "type": "slack-send-message", "branch": "then", "connector": { "type": "slack" }, "payload": { "conversation": "{{ask.slack_channel}}", "text": "Balance low" } }
    }
  }
}
`;

/** The template with these files over it. */
export function repo(template = TEMPLATE, files: Record<string, string> = {}): Record<string, string> {
  return { [TPL]: template, ...files };
}

/**
 * Where `needle` first occurs in `text` (1-based line and column), in the template file: a string
 * value's place is its opening quote, so needles of values start with `"`.
 */
export function at(text: string, needle: string, file = TPL): { file: string; line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not found`);
  const before = text.slice(0, index).split('\n');
  return { file, line: before.length, column: before[before.length - 1].length + 1 };
}

/** A template file that does not parse: no rule can read its nodes. */
export const BROKEN = '{ "name": "Broken",\n  "definition": [\n';

/** A template whose `definition` has no nodes, with one prop (`label`) and `extra` members over it. */
export function withoutNodes(extra = ''): string {
  return `{\n  "name": "No nodes",${extra}\n  "templateProps": [{ "key": "label", "name": "Label", "type": "string" }],\n  "definition": { "triggerNodeIds": [] }\n}\n`;
}
