// Deterministic repository content for the benchmark: realistic workflows and manifests shaped like
// examples/acme-b3os, plus the example's pinned catalog, configuration and environment.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLE = fileURLToPath(new URL('../examples/acme-b3os/', import.meta.url));
const USDC_BASE = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
const OPS_WALLET = '0x1111111111111111111111111111111111111111';

/** The files every generated repository starts with: catalog, configuration, environment. */
export function baseFiles() {
  const files = new Map();
  for (const path of ['.b3os/catalog.json', '.github/b3os-readiness.yml', 'environments/prod.yaml']) {
    files.set(path, readFileSync(join(EXAMPLE, path)));
  }
  return files;
}

/** The slug of workflow number `i`: `payout-00042`. */
export function slug(i) {
  return `payout-${String(i).padStart(5, '0')}`;
}

function recipient(i) {
  return '0x' + (0x2222 + i).toString(16).padStart(40, '2');
}

function payNode(i, amount) {
  return {
    type: 'send-erc20-token',
    branch: 'then',
    titleOverride: `Pay vendor ${i}`,
    connector: { type: 'wallet', id: 'wal_ops_payouts', chainId: 8453 },
    payload: { tokenAddress: USDC_BASE, recipientAddress: recipient(i), amount: String(amount), chainId: 8453 },
    children: [],
  };
}

function alertNode(i, amount) {
  return {
    type: 'slack-send-message',
    branch: 'else',
    connector: { type: 'slack', id: 'conn_ops_slack' },
    payload: {
      conversation: 'C0OPSALERT',
      text: `Payout ${i} skipped: the ops payouts wallet holds {{$nodes.check_balance.result.formattedBalance}} USDC on Base, ${amount / 1e6} USDC needed. Top it up and re-run (runbook: workflows/${slug(i)}/RUNBOOK.md).`,
    },
    children: [],
  };
}

/**
 * The workflow.json text (~2 KB) of workflow `i`: cronjob → get-balance → if → send-erc20-token
 * (then) or slack-send-message (else). `revision` changes the amount and description, as a PR would.
 */
export function workflowText(i, revision = 0) {
  const amount = (250 + (i % 500) + revision * 5) * 1_000_000;
  const nodes = {
    root: {
      type: 'cronjob',
      titleOverride: `Every ${['Monday', 'Tuesday', 'Wednesday'][i % 3]} 09:00 UTC`,
      payload: { rrule: `DTSTART:20261102T090000Z\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=${['MO', 'TU', 'WE'][i % 3]}` },
      children: ['check_balance'],
    },
    check_balance: {
      type: 'get-balance',
      description: 'Reads the USDC balance of the ops payouts wallet on Base.',
      payload: { tokenAddress: USDC_BASE, accountAddress: OPS_WALLET, chainId: 8453 },
      children: ['enough_balance'],
    },
    enough_balance: {
      type: 'if',
      description: `Pays only when the wallet holds at least ${amount / 1e6} USDC.`,
      payload: { condition: { $and: [{ '{{$nodes.check_balance.result.balance}}': { $gte: amount } }] } },
      children: ['pay_vendor', 'notify_low_balance'],
    },
    pay_vendor: payNode(i, amount),
    notify_low_balance: alertNode(i, amount),
  };
  const description = `Weekly payout ${i} (revision ${revision}): pays vendor ${i} ${amount / 1e6} USDC on Base from the ops payouts wallet, and alerts #ops-alerts instead when the wallet holds less.`;
  const body = { name: `Weekly vendor payout ${i}`, description, cooldownMs: 3_600_000, maxRuns: 520, definition: { triggerNodeIds: ['root'], nodes } };
  return JSON.stringify(body, null, 2) + '\n';
}

/** The b3os.yaml manifest text of workflow `i`, bounding its funds-moving node. */
export function manifestText(i) {
  const amount = (250 + (i % 500)) * 1_000_000;
  return [
    'environment: prod',
    'owner: "@acme/treasury"',
    'onCall: "@acme/treasury-oncall"',
    `runbook: docs/runbooks/${slug(i)}.md`,
    'nodes:',
    '  pay_vendor:',
    '    funds:',
    '      chains: [8453]',
    `      tokens: ["${USDC_BASE}"]`,
    `      recipients: ["${recipient(i)}"]`,
    `      maxAmount: "${amount + 1_000_000_000}"`,
    '      approvals: none',
    '',
  ].join('\n');
}

/** Adds `count` workflows (and, with `manifests`, their b3os.yaml) to `files`; returns `files`. */
export function addWorkflows(files, count, { revision = 0, manifests = true } = {}) {
  for (let i = 0; i < count; i++) {
    files.set(`workflows/${slug(i)}/workflow.json`, workflowText(i, revision));
    if (manifests) files.set(`workflows/${slug(i)}/b3os.yaml`, manifestText(i));
  }
  return files;
}

/** Writes every repository-relative path of `files` (string or bytes) under `root`. */
export function writeFiles(root, files) {
  for (const [path, content] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
