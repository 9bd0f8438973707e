/**
 * A small B3OS repository for the readiness items: a weekly USDC payout on Base (cronjob →
 * get-balance → if → send-erc20-token), its manifest with fund bounds and current evidence, and
 * the environment inventory. Cases edit one piece with `edit`.
 */
import { definitionHash } from '../../../src/b3os/definition-hash.js';

export const WF = 'workflows/payout/workflow.json';
export const MANIFEST = 'workflows/payout/b3os.yaml';
export const ENV = 'environments/prod.yaml';
export const RUNBOOK = 'workflows/payout/RUNBOOK.md';

export const USDC = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
export const VENDOR = '0x2222222222222222222222222222222222222222';
export const OPS = '0x1111111111111111111111111111111111111111';

/** The payout workflow; `pay` is the funds node, on the `then` branch of `enough`. */
export const WORKFLOW = `{
  "name": "Weekly vendor payout",
  "description": "Pays the hosting vendor 250 USDC on Base every Monday.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": {
        "type": "cronjob",
        "payload": { "rrule": "DTSTART:20261102T090000Z\\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO" },
        "children": ["check"]
      },
      "check": {
        "type": "get-balance",
        "payload": { "tokenAddress": "${USDC}", "accountAddress": "${OPS}", "chainId": 8453 },
        "children": ["enough"]
      },
      "enough": {
        "type": "if",
        "payload": { "condition": { "$and": [{ "{{$nodes.check.result.balance}}": { "$gte": 250000000 } }] } },
        "children": ["pay"]
      },
      "pay": {
        "type": "send-erc20-token",
        "branch": "then",
        "connector": { "type": "wallet", "id": "wal_ops" },
        "payload": {
          "tokenAddress": "${USDC}",
          "recipientAddress": "${VENDOR}",
          "amount": "250000000",
          "chainId": 8453
        }
      }
    }
  }
}
`;

/** The hash of a workflow file's definition, as `b3os-readiness hash` prints it. */
export function hashOf(workflow: string): string {
  return definitionHash(JSON.parse(workflow).definition);
}

/** The manifest of the payout, with `evidence` for the given workflow text (default: the current one). */
export function manifestFor(workflow = WORKFLOW, funds = FUNDS): string {
  return `# yaml-language-server: $schema=../../schemas/workflow-manifest.schema.json
environment: prod
owner: "@acme/treasury"
onCall: "@acme/treasury-oncall"
runbook: RUNBOOK.md
nodes:
  pay:
    funds:
${funds}evidence:
  - kind: dust-test
    runId: run_01JDUST
    date: 2026-11-20
    definitionHash: "${hashOf(workflow)}"
`;
}

/** The funds bounds of `pay`, indented for `manifestFor`. */
export const FUNDS = `      chains: [8453]
      tokens: ["${USDC}"]
      recipients: ["${VENDOR}"]
      maxAmount: "250000000"
      approvals: none
`;

export const ENVIRONMENT = `orgId: org_acme
connectors:
  - id: conn_ops_slack
    type: slack
    owner: "@acme/ops"
    scopes: ["chat:write"]
wallets:
  - id: wal_ops
    address: "${OPS}"
    purpose: operational
  - id: wal_signer
    address: "0x3333333333333333333333333333333333333333"
    purpose: human
executionWebhooks:
  - id: ewh_failures
    url: https://ops.acme.example/b3os/hooks
    events: [run.failed, node.failed]
    maxRetries: 5
    status: active
`;

const RUNBOOK_TEXT = '# Payout runbook\n\nWhen a run fails, pause the workflow and page @acme/treasury-oncall.\n';

/** The whole repository; `files` replaces or adds files (a value of `null` removes one). */
export function repo(files: Record<string, string | null> = {}): Record<string, string> {
  const all: Record<string, string | null> = { [WF]: WORKFLOW, [MANIFEST]: manifestFor(), [ENV]: ENVIRONMENT, [RUNBOOK]: RUNBOOK_TEXT, ...files };
  return Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null));
}

/** `text` with `from` replaced by `to`; throws when `from` is not in it, so a stale fixture cannot pass silently. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture edit: ${JSON.stringify(from)} not found`);
  return text.replace(from, to);
}
