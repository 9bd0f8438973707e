/**
 * Invalid documents per schema, each with the ajv error it must produce: the `instancePath` and
 * `keyword` of one error in the list (with `allErrors`, a document can produce several).
 */

/** One invalid document and the error expected from it. */
export interface BadCase {
  readonly name: string;
  readonly value: unknown;
  readonly instancePath: string;
  readonly keyword: string;
}

const node = { type: 'cronjob', payload: { rrule: 'DTSTART:20261102T090000Z\nRRULE:FREQ=DAILY' } };
const workflow = (patch: Record<string, unknown> = {}, nodes: Record<string, unknown> = { root: node }) => ({
  name: 'Daily report',
  description: 'Posts the daily report.',
  definition: { nodes },
  ...patch,
});
const withRoot = (patch: Record<string, unknown>) => workflow({}, { root: { ...node, ...patch } });

/** Bad workflow files (`schemas/workflow.schema.json`). */
export const WORKFLOW_CASES: readonly BadCase[] = [
  { name: 'missing name', value: { description: 'x', definition: { nodes: { root: node } } }, instancePath: '', keyword: 'required' },
  { name: 'empty name', value: workflow({ name: '' }), instancePath: '/name', keyword: 'minLength' },
  { name: 'description over 2000 characters', value: workflow({ description: 'x'.repeat(2001) }), instancePath: '/description', keyword: 'maxLength' },
  { name: 'record field visibility at the top level', value: workflow({ visibility: 'public' }), instancePath: '', keyword: 'additionalProperties' },
  { name: 'cooldownMs below 1000', value: workflow({ cooldownMs: 500 }), instancePath: '/cooldownMs', keyword: 'minimum' },
  { name: 'maxRuns above 99999', value: workflow({ maxRuns: 100000 }), instancePath: '/maxRuns', keyword: 'maximum' },
  { name: 'maxRuns not an integer', value: workflow({ maxRuns: 1.5 }), instancePath: '/maxRuns', keyword: 'type' },
  { name: 'missing definition.nodes', value: workflow({ definition: {} }), instancePath: '/definition', keyword: 'required' },
  { name: 'empty nodes', value: workflow({}, {}), instancePath: '/definition/nodes', keyword: 'minProperties' },
  { name: 'node id with a space', value: workflow({}, { 'check balance': node }), instancePath: '/definition/nodes', keyword: 'propertyNames' },
  { name: 'node without payload', value: workflow({}, { root: { type: 'manual' } }), instancePath: '/definition/nodes/root', keyword: 'required' },
  { name: 'payload not an object', value: withRoot({ payload: 'rrule' }), instancePath: '/definition/nodes/root/payload', keyword: 'type' },
  { name: 'legacy colon type', value: withRoot({ type: 'coingecko:get-coin-info' }), instancePath: '/definition/nodes/root/type', keyword: 'pattern' },
  { name: 'legacy props key', value: withRoot({ props: {} }), instancePath: '/definition/nodes/root', keyword: 'additionalProperties' },
  { name: 'unknown branch', value: withRoot({ branch: 'maybe' }), instancePath: '/definition/nodes/root/branch', keyword: 'enum' },
  { name: 'duplicate child', value: withRoot({ children: ['a', 'a'] }), instancePath: '/definition/nodes/root/children', keyword: 'uniqueItems' },
  { name: 'connector without type', value: withRoot({ connector: { id: 'conn_x' } }), instancePath: '/definition/nodes/root/connector', keyword: 'required' },
  { name: 'connector id as a number', value: withRoot({ connector: { type: 'slack', id: 42 } }), instancePath: '/definition/nodes/root/connector/id', keyword: 'type' },
  { name: 'connector chainId as a string', value: withRoot({ connector: { type: 'wallet', chainId: '8453' } }), instancePath: '/definition/nodes/root/connector/chainId', keyword: 'type' },
  { name: 'empty triggerNodeIds', value: workflow({ definition: { nodes: { root: node }, triggerNodeIds: [] } }), instancePath: '/definition/triggerNodeIds', keyword: 'minItems' },
  {
    name: 'variable of type string',
    value: workflow({ definition: { nodes: { root: node }, variableDefs: [{ name: 'count', type: 'string' }] } }),
    instancePath: '/definition/variableDefs/0/type',
    keyword: 'enum',
  },
  {
    name: 'input of type integer',
    value: workflow({ definition: { nodes: { root: node }, inputSchema: [{ key: 'n', type: 'integer' }] } }),
    instancePath: '/definition/inputSchema/0/type',
    keyword: 'enum',
  },
];

const manifest = (patch: Record<string, unknown> = {}) => ({ environment: 'prod', owner: '@acme/treasury', ...patch });
const funds = (patch: Record<string, unknown>) => manifest({ nodes: { pay: { funds: patch } } });
const evidence = (patch: Record<string, unknown>) =>
  manifest({ evidence: [{ kind: 'dust-test', date: '2026-11-20', definitionHash: `sha256:${'a'.repeat(64)}`, ...patch }] });

/** Bad readiness manifests (`schemas/workflow-manifest.schema.json`). */
export const MANIFEST_CASES: readonly BadCase[] = [
  { name: 'missing owner', value: { environment: 'prod' }, instancePath: '', keyword: 'required' },
  { name: 'owner without @', value: manifest({ owner: 'acme/treasury' }), instancePath: '/owner', keyword: 'pattern' },
  { name: 'misspelt onCall', value: manifest({ oncall: '@acme/ops' }), instancePath: '', keyword: 'additionalProperties' },
  { name: 'runbook that is not markdown', value: manifest({ runbook: 'https://wiki.acme.example/payout' }), instancePath: '/runbook', keyword: 'pattern' },
  { name: 'unlimited approval without a reason', value: funds({ approvals: 'unlimited-acknowledged' }), instancePath: '/nodes/pay/funds', keyword: 'required' },
  { name: 'unknown approval behaviour', value: funds({ approvals: 'unlimited' }), instancePath: '/nodes/pay/funds/approvals', keyword: 'enum' },
  { name: 'maxAmount with decimals', value: funds({ maxAmount: '250.5' }), instancePath: '/nodes/pay/funds/maxAmount', keyword: 'pattern' },
  { name: 'maxAmount as a number', value: funds({ maxAmount: 250000000 }), instancePath: '/nodes/pay/funds/maxAmount', keyword: 'type' },
  { name: 'maxAmount beyond uint256 digits', value: funds({ maxAmount: '1'.repeat(79) }), instancePath: '/nodes/pay/funds/maxAmount', keyword: 'pattern' },
  { name: 'ENS name as recipient', value: funds({ recipients: ['vendor.eth'] }), instancePath: '/nodes/pay/funds/recipients/0', keyword: 'pattern' },
  { name: 'chain id as a string', value: funds({ chains: ['base'] }), instancePath: '/nodes/pay/funds/chains/0', keyword: 'type' },
  { name: 'slippage over 100%', value: funds({ maxSlippageBps: 10001 }), instancePath: '/nodes/pay/funds/maxSlippageBps', keyword: 'maximum' },
  { name: 'unknown funds key', value: funds({ maxAmountUsd: 250 }), instancePath: '/nodes/pay/funds', keyword: 'additionalProperties' },
  { name: 'evidence kind mainnet', value: evidence({ kind: 'mainnet' }), instancePath: '/evidence/0/kind', keyword: 'enum' },
  { name: 'hash in upper case', value: evidence({ definitionHash: `sha256:${'A'.repeat(64)}` }), instancePath: '/evidence/0/definitionHash', keyword: 'pattern' },
  { name: 'hash without prefix', value: evidence({ definitionHash: 'a'.repeat(64) }), instancePath: '/evidence/0/definitionHash', keyword: 'pattern' },
  { name: 'month 13', value: evidence({ date: '2026-13-01' }), instancePath: '/evidence/0/date', keyword: 'pattern' },
  { name: 'workflow id as run id', value: evidence({ runId: 'wf_01JPAYOUT' }), instancePath: '/evidence/0/runId', keyword: 'pattern' },
  { name: 'evidence without hash', value: manifest({ evidence: [{ kind: 'simulation', date: '2026-11-20' }] }), instancePath: '/evidence/0', keyword: 'required' },
];

const env = (patch: Record<string, unknown> = {}) => ({ orgId: 'org_acme', ...patch });
const apiKey = (patch: Record<string, unknown>) =>
  env({ apiKeys: [{ name: 'deploy', service: 'ci', scope: 'read', owner: '@acme/platform', rotatedAt: '2026-10-01', ...patch }] });
const wallet = (patch: Record<string, unknown>) =>
  env({ wallets: [{ id: 'wal_ops', address: '0x1111111111111111111111111111111111111111', purpose: 'operational', ...patch }] });
const hook = (patch: Record<string, unknown>) =>
  env({ executionWebhooks: [{ id: 'ewh_prod', url: 'https://ops.acme.example/hooks', events: ['run.failed'], ...patch }] });

/** Bad environment inventories (`schemas/environment.schema.json`). */
export const ENVIRONMENT_CASES: readonly BadCase[] = [
  { name: 'missing orgId', value: {}, instancePath: '', keyword: 'required' },
  { name: 'orgId without prefix', value: env({ orgId: 'acme' }), instancePath: '/orgId', keyword: 'pattern' },
  {
    name: 'connector id without prefix',
    value: env({ connectors: [{ id: 'slack-1', type: 'slack', owner: '@acme/ops', scopes: [] }] }),
    instancePath: '/connectors/0/id',
    keyword: 'pattern',
  },
  { name: 'connector without owner', value: env({ connectors: [{ id: 'conn_x', type: 'slack', scopes: [] }] }), instancePath: '/connectors/0', keyword: 'required' },
  { name: 'wallet id without prefix', value: wallet({ id: 'ops' }), instancePath: '/wallets/0/id', keyword: 'pattern' },
  { name: 'shared wallet purpose', value: wallet({ purpose: 'shared' }), instancePath: '/wallets/0/purpose', keyword: 'enum' },
  { name: 'short address', value: wallet({ address: '0x1234' }), instancePath: '/wallets/0/address', keyword: 'pattern' },
  { name: 'webhook status paused', value: hook({ status: 'paused' }), instancePath: '/executionWebhooks/0/status', keyword: 'enum' },
  { name: 'webhook without events', value: hook({ events: [] }), instancePath: '/executionWebhooks/0/events', keyword: 'minItems' },
  { name: 'webhook url not a URI', value: hook({ url: 'ops hooks' }), instancePath: '/executionWebhooks/0/url', keyword: 'format' },
  { name: 'read-write key without justification', value: apiKey({ scope: 'read-write' }), instancePath: '/apiKeys/0', keyword: 'required' },
  { name: 'admin scope', value: apiKey({ scope: 'admin' }), instancePath: '/apiKeys/0/scope', keyword: 'enum' },
  { name: 'rotation date in US format', value: apiKey({ rotatedAt: '10/01/2026' }), instancePath: '/apiKeys/0/rotatedAt', keyword: 'pattern' },
  { name: 'a key value in the inventory', value: apiKey({ key: 'not-a-real-key' }), instancePath: '/apiKeys/0', keyword: 'additionalProperties' },
  { name: 'connectorScopes not a list', value: env({ connectorScopes: { slack: 'chat:write' } }), instancePath: '/connectorScopes/slack', keyword: 'type' },
];
