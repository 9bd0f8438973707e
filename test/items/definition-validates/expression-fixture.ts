/**
 * Workflow and template files for the expression rules: one node per line, so a case's findings
 * sit on the line of its node (line 7 is the first node), and a pinned catalog with complete,
 * closed schemas for the types the cases use.
 */

export const WF = 'workflows/payout/workflow.json';
export const TPL = 'templates/payout/template.json';

const closed = (properties: Record<string, object>, required: string[] = []) => ({ type: 'object', properties, required, additionalProperties: false });

export const CATALOG = JSON.stringify({
  source: 'https://api.b3os.org',
  fetchedAt: '2026-11-20T09:00:00Z',
  actions: [
    {
      type: 'get-balance',
      name: 'Get Token Balance',
      payloadSchema: closed({ tokenAddress: { type: 'string' }, accountAddress: { type: 'string' }, chainId: { type: 'number' } }, ['tokenAddress', 'accountAddress', 'chainId']),
      resultSchema: closed({
        balance: { type: 'string' },
        formattedBalance: { type: 'string' },
        decimals: { type: 'integer' },
        holders: { type: 'array', items: closed({ address: { type: 'string' }, share: { type: 'number' } }) },
        meta: { type: 'object', additionalProperties: { type: 'string' } },
        raw: { type: 'object' },
        price: { anyOf: [closed({ usd: { type: 'number' } }), closed({ eur: { type: 'number' } })] },
      }),
    },
    { type: 'slack-send-message', name: 'Send Slack message', connector: { type: 'slack' }, payloadSchema: closed({ conversation: { type: 'string' }, text: { type: 'string' } }), resultSchema: closed({ ts: { type: 'string' } }) },
  ],
  logicActions: [
    { type: 'log', payloadSchema: closed({ message: { type: 'string' } }), resultSchema: closed({ message: { type: 'string' } }) },
    { type: 'delay', payloadSchema: closed({ delayMs: { type: 'number' } }), resultSchema: closed({ status: { type: 'string' } }) },
    { type: 'for-each', payloadSchema: closed({ array: { type: 'array' } }), resultSchema: closed({ iterationCount: { type: 'integer' } }) },
    { type: 'if', payloadSchema: closed({ condition: { type: 'object' } }), resultSchema: closed({ branch: { type: 'string' } }) },
  ],
  triggers: [{ type: 'manual', name: 'Manual', payloadSchema: { type: 'object', properties: {} }, resultSchema: closed({ body: { type: 'object' }, triggeredAt: { type: 'string' } }) }],
});

/** A node: type, payload, and any other fields. */
export type NodeSpec = Record<string, unknown>;

/** The trigger, a balance read, and a log of it: root (line 7) → read (line 8) → report (line 9). */
export const BASE: Record<string, NodeSpec> = {
  root: { type: 'manual', payload: {}, children: ['read'] },
  read: { type: 'get-balance', payload: { tokenAddress: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', accountAddress: '0x1111111111111111111111111111111111111111', chainId: 8453 }, children: ['report'] },
  report: { type: 'log', payload: { message: 'Balance {{read.result.formattedBalance}}' } },
};

/** Extra members: of `definition` (after `nodes`) and of the file (after `definition`). */
export interface Extras {
  readonly definition?: Record<string, unknown>;
  readonly top?: Record<string, unknown>;
}

/** A workflow or template body with one node per line, starting at line 7. */
export function fileText(nodes: Record<string, NodeSpec>, extras: Extras = {}): string {
  const nodeLines = Object.entries(nodes).map(([id, node]) => `      ${JSON.stringify(id)}: ${JSON.stringify(node)}`);
  const members = (extra: Record<string, unknown> | undefined, indent: string) =>
    Object.entries(extra ?? {}).map(([key, value]) => `,\n${indent}${JSON.stringify(key)}: ${JSON.stringify(value)}`).join('');
  return [
    '{',
    '  "name": "Payout",',
    '  "description": "Reads a balance and reports it.",',
    '  "definition": {',
    '    "triggerNodeIds": ["root"],',
    '    "nodes": {',
    nodeLines.join(',\n'),
    `    }${members(extras.definition, '    ')}`,
    `  }${members(extras.top, '  ')}`,
    '}',
    '',
  ].join('\n');
}

/** BASE with some nodes replaced or added (a node given as `undefined` is removed). */
export function nodesWith(changes: Record<string, NodeSpec | undefined>): Record<string, NodeSpec> {
  const nodes: Record<string, NodeSpec> = { ...BASE };
  for (const [id, node] of Object.entries(changes)) {
    if (node === undefined) delete nodes[id];
    else nodes[id] = node;
  }
  return nodes;
}

/** A repository with the pinned catalog and one workflow. */
export function workflowRepo(nodes: Record<string, NodeSpec>, extras?: Extras): Record<string, string> {
  return { '.b3os/catalog.json': CATALOG, [WF]: fileText(nodes, extras) };
}

/** A repository with the pinned catalog and one template. */
export function templateRepo(nodes: Record<string, NodeSpec>, templateProps: unknown[]): Record<string, string> {
  return { '.b3os/catalog.json': CATALOG, [TPL]: fileText(nodes, { top: { tags: ['wallet'], visibility: 'public', templateProps } }) };
}

/** The report node logging `message`. */
export const logging = (message: string, extra: NodeSpec = {}): NodeSpec => ({ type: 'log', payload: { message }, ...extra });
