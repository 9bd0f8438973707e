/**
 * A fixed report for renderer tests (and any other test that needs a realistic one): all five
 * statuses, a failing item with findings in two files, an incomplete item with a reason, a waived
 * item, not-affected items, one new action whose docs cell fails, and a run notice.
 */
import type { Finding, FundsRow, ItemId, ItemResult, Report } from '../../src/core/types.js';
import { ITEM_IDS } from '../../src/core/types.js';
import type { LinkContext } from '../../src/render/links.js';

/** Checklist titles and groups, in checklist order. */
export const ITEM_TITLES: Readonly<Record<ItemId, { title: string; group: ItemResult['group'] }>> = {
  'definition-validates': { title: 'Definition validates', group: 'required' },
  'connectors-scoped': { title: 'Connectors are scoped', group: 'required' },
  'wallet-actions-bounded': { title: 'Wallet actions are bounded', group: 'required' },
  'failure-paths-observable': { title: 'Failure paths are observable', group: 'required' },
  'docs-updated': { title: 'Docs are updated', group: 'required' },
  'api-keys-scoped': { title: 'API keys are scoped', group: 'policy' },
  'credentials-in-connectors': { title: 'Credentials live in connectors', group: 'policy' },
  'wallets-dedicated': { title: 'Wallets are dedicated', group: 'policy' },
  'webhooks-verified': { title: 'Webhooks are verified', group: 'policy' },
  'templates-portable': { title: 'Templates are portable', group: 'policy' },
  'public-contract': { title: 'Public contract holds', group: 'contract' },
};

/** The docs page of a rule, as rules would fill `docsUrl`. */
export function docsUrlOf(ruleId: string): string {
  return `https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/${ruleId}.md`;
}

/** A finding with `docsUrl` filled from its rule id. */
export function finding(fields: Omit<Finding, 'docsUrl'> & { docsUrl?: string }): Finding {
  return { docsUrl: docsUrlOf(fields.ruleId), ...fields };
}

/** Eleven items in checklist order, `pass` with no findings unless overridden. */
export function checklist(overrides: Partial<Record<ItemId, Partial<ItemResult>>>): ItemResult[] {
  return ITEM_IDS.map((id) => ({ id, ...ITEM_TITLES[id], status: 'pass', findings: [], ...overrides[id] }));
}

const PAYOUT = 'workflows/payout/workflow.json';

/** The sample report. */
/** The funds row of comment.md's screen. */
export const sampleFundsRow: FundsRow = {
  workflow: 'payout',
  file: 'workflows/payout/workflow.json',
  node: 'send_payout',
  action: 'send-erc20-token',
  kind: 'send',
  bounded: true,
  chains: ['8453'],
  tokens: ['0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913'],
  recipients: ['0x4b20993Bc481177ec7E8f571ceCaE8A9e22C02db'],
  maxAmount: { raw: '1500000000', units: '1,500', symbol: 'USDC' },
  approvals: 'none',
  evidence: 'stale',
  evidenceRun: { kind: 'dust-test', date: '2026-11-21' },
};

export const sampleReport: Report = {
  result: 'fail',
  items: checklist({
    'definition-validates': {
      status: 'fail',
      findings: [
        finding({
          ruleId: 'definition-validates/unknown-node-type',
          severity: 'error',
          message: 'node `check_gas` uses type `acme-gas-oracel`, which the catalog does not know',
          hint: 'use `acme-gas-oracle`, the closest known type',
          location: { file: PAYOUT, line: 52, column: 15, endLine: 52, endColumn: 31 },
        }),
        finding({
          ruleId: 'definition-validates/payload-schema',
          severity: 'error',
          message: '`send_payout.payload.amount` must be a decimal string of digits, got a number',
          hint: 'write raw token units as a string, e.g. `"1500000000"`',
          location: { file: PAYOUT, line: 37, column: 21, endLine: 37, endColumn: 31 },
        }),
        finding({
          ruleId: 'definition-validates/unused-output',
          severity: 'warning',
          message: 'output of node `fetch_rates` is never used',
          hint: 'remove the node or reference `{{nodes.fetch_rates.output}}`',
          location: { file: 'workflows/treasury/workflow.yaml', line: 12, column: 5 },
        }),
      ],
    },
    'connectors-scoped': {
      findings: [
        finding({
          ruleId: 'connectors-scoped/missing-owner',
          severity: 'warning',
          message: 'connector `slack-ops` has no owner',
          hint: 'add `owner:` to the connector entry',
          location: { file: 'workflows/payout/manifest.yaml', line: 4, column: 3 },
        }),
      ],
    },
    'wallet-actions-bounded': {
      status: 'fail',
      reason: '`send_payout`: amount not bounded; evidence is stale',
      findings: [
        finding({
          ruleId: 'wallet-actions-bounded/stale-evidence',
          severity: 'error',
          message: 'simulation evidence was recorded for an older definition of `send_payout`',
          hint: 'run a simulation of the current definition and record it in the manifest',
          location: { file: 'workflows/payout/manifest.yaml', line: 18, column: 7, endLine: 18, endColumn: 30 },
        }),
        finding({
          ruleId: 'wallet-actions-bounded/unbounded-amount',
          severity: 'error',
          message: 'node `send_payout` takes its amount from `{{trigger.body.amount}}` with no maximum',
          hint: 'add `maxAmount` to the node or clamp the amount in a prior node',
          location: { file: PAYOUT, line: 40, column: 9 },
        }),
      ],
    },
    'failure-paths-observable': {
      status: 'incomplete',
      reason: 'could not list execution webhooks: the B3OS API answered 503',
      findings: [
        finding({
          ruleId: 'failure-paths-observable/execution-webhook',
          severity: 'error',
          message: 'execution webhooks could not be listed',
          hint: 'rerun the check when the B3OS API is reachable',
          unverified: true,
        }),
      ],
    },
    'docs-updated': {
      status: 'fail',
      findings: [
        finding({
          ruleId: 'docs-updated/missing-page',
          severity: 'error',
          message: '`acme-gas-oracle` has no page',
          hint: 'add `docs/actions/reference/generated/acme-gas-oracle.md`',
        }),
      ],
    },
    'wallets-dedicated': { status: 'not-affected', reason: 'no wallet changed' },
    'webhooks-verified': { status: 'not-affected' },
    'templates-portable': {
      status: 'waived',
      findings: [
        finding({
          ruleId: 'templates-portable/org-id',
          severity: 'error',
          message: 'template holds organization id `org_…` in `props.defaults.org`',
          hint: 'move the id into a prop',
          location: { file: 'templates/internal-sweep/template.json', line: 3, column: 14 },
          fingerprint: '3f7a9c1e5b2d4f60',
          waiver: { reason: 'internal template', approver: '@northwind/platform', expires: '2026-12-31' },
        }),
      ],
    },
  }),
  funds: [sampleFundsRow],
  objects: [
    {
      type: 'acme-gas-oracle',
      kind: 'action',
      change: 'new',
      schema: { status: 'ok' },
      docs: { status: 'fail', note: 'no page at `docs/actions/reference/generated/acme-gas-oracle.md`' },
      examples: { status: 'n/a' },
      contract: { status: 'ok' },
    },
  ],
  summary: {
    base: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c',
    head: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    mode: 'diff',
    changedFiles: 14,
    merge: { status: 'merged', base: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', baseLabel: 'main', checked: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d' },
    affected: {
      workflow: 3,
      manifest: 0,
      runbook: 0,
      action: 1,
      trigger: 0,
      template: 0,
      environment: 0,
      openapi: 0,
      catalog: 0,
      docs: 2,
      changelog: 0,
      config: 0,
    },
    blastRadius: [],
    config: { kind: 'file', path: '.github/b3os-readiness.yml', label: 'main', ref: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c' },
  },
  notices: ['waiver for `templates-portable/org-id` on `templates/old-sweep/template.json` expired on 2025-01-31'],
};

/** Links as the Action would pass them for the sample run. */
export const sampleLinks: LinkContext = {
  blobBase: 'https://github.com/northwind/ops-workflows/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  summaryUrl: 'https://github.com/northwind/ops-workflows/actions/runs/123456789#summary-987',
  reproduce: 'npx b3os-readiness check --base origin/main',
  rulesUrl: 'https://github.com/b3os/b3os-readiness/tree/v1/docs/rules',
};
