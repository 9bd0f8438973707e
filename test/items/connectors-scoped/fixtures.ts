/**
 * A small repository for the connector rules: an alerts workflow whose `post` node uses a Slack
 * connector, its manifest naming environment `prod`, and the `prod` and `staging` inventories.
 * `at` finds where a piece of text sits, so expected places are read off the fixture itself.
 */
import type { MemoryFiles } from '../../support/memory-snapshot.js';
import { edit } from '../readiness/fixtures.js';

export { edit };

export const WF = 'workflows/alerts/workflow.json';
export const MANIFEST = 'workflows/alerts/b3os.yaml';
export const ENV = 'environments/prod.yaml';
export const STAGING = 'environments/staging.yaml';
export const TEMPLATE = 'templates/alerts/template.json';

/** A workflow whose `post` node has this type and `connector` JSON (or none). */
export function workflow(connector: string | null = '{ "type": "slack", "id": "conn_ops_slack" }', type = 'slack-send-message'): string {
  return `{
  "name": "Price alert",
  "description": "Posts the ETH price to the ops channel.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["post"] },
      "post": {
        "type": "${type}",${connector === null ? '' : `\n        "connector": ${connector},`}
        "payload": { "channel": "#ops", "text": "ETH moved" }
      }
    }
  }
}
`;
}

/** The workflow with a second node, `post2`, after `post`: both children of `root`, `post2` with this type and `connector` JSON. */
export function withSecondNode(first: string | null, second: string, type = 'slack-send-message'): string {
  const linked = edit(workflow(first), '"children": ["post"]', '"children": ["post", "post2"]');
  return edit(linked, '\n    }\n  }\n}', `,\n      "post2": { "type": "${type}", "connector": ${second}, "payload": { "channel": "#ops", "text": "again" } }\n    }\n  }\n}`);
}

/** A second workflow, `alerts2`, of environment `prod`: its workflow file and manifest, its `post` node using `connector`. */
export function secondWorkflow(connector: string): Record<string, string> {
  return { 'workflows/alerts2/workflow.json': workflow(connector), 'workflows/alerts2/b3os.yaml': MANIFEST_TEXT };
}

/** The same definition as a public template. */
export function template(connector: string | null): string {
  return edit(workflow(connector), '"description"', '"tags": ["alerts"],\n  "visibility": "public",\n  "templateProps": {},\n  "description"');
}

export const MANIFEST_TEXT = 'environment: prod\nowner: "@acme/ops"\n';

/** One inventory connector, as YAML list lines. */
export function connector(id: string, o: { type?: string; scopes?: string; organization?: string; owner?: string | null } = {}): string {
  const owner = o.owner === null ? '' : `    owner: "${o.owner ?? '@acme/ops'}"\n`;
  const organization = o.organization ? `    organization: ${o.organization}\n` : '';
  return `  - id: ${id}\n    type: ${o.type ?? 'slack'}\n${organization}${owner}    scopes: ${o.scopes ?? '["chat:write"]'}\n`;
}

/** An environment inventory holding these connector entries, and what follows them (`connectorScopes`, …). */
export function environment(connectors: string, rest = '', orgId = 'org_acme'): string {
  return `orgId: ${orgId}\nconnectors:${connectors === '' ? ' []\n' : `\n${connectors}`}${rest}`;
}

export const PROD = environment(connector('conn_ops_slack'));

/** The repository; `files` replaces or adds files (a value of `null` removes one). */
export function repo(files: Record<string, string | Uint8Array | null> = {}): MemoryFiles {
  const all: Record<string, string | Uint8Array | null> = { [WF]: workflow(), [MANIFEST]: MANIFEST_TEXT, [ENV]: PROD, ...files };
  return Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string | Uint8Array] => entry[1] !== null));
}

/** The 1-based line and column where `needle` (which must occur once) starts in `text`. */
export function at(file: string, text: string, needle: string): { file: string; line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0 || text.indexOf(needle, index + 1) >= 0) throw new Error(`fixture: ${JSON.stringify(needle)} is not in the text exactly once`);
  const before = text.slice(0, index).split('\n');
  return { file, line: before.length, column: before[before.length - 1].length + 1 };
}
