// Deterministic repository content for the benchmark and the golden reports: workflows (see
// workflows.mjs) with their b3os.yaml manifests and runbooks, the team's SDK actions and reference
// pages (actions.mjs), and the example's pinned catalog and environment. No randomness, no dates
// from the clock: the same call always writes the same bytes.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIONS, actionFiles } from './actions.mjs';
import { amountOf, flawOf, kindOf, nodesOf, recipient, slug, USDC_BASE, workflowText } from './workflows.mjs';

export { slug, workflowText };

const EXAMPLE = fileURLToPath(new URL('../examples/acme-b3os/', import.meta.url));

// The policy ages at their maximum: the evidence and API key dates below stay within them for ten
// years whatever day the bench runs, so its reports do not change with the calendar.
const CONFIG = `version: 1
policy:
  evidenceMaxAgeDays: 3650
  keyRotationDays: 3650
`;

/** The files every generated repository starts with: pinned catalog, configuration, environment. */
export function baseFiles() {
  const files = new Map([['.github/b3os-readiness.yml', CONFIG]]);
  for (const path of ['.b3os/catalog.json', 'environments/prod.yaml']) files.set(path, readFileSync(join(EXAMPLE, path)));
  return files;
}

/** `sha256:` + SHA-256 of canonical JSON (sorted keys, no whitespace), as `b3os-readiness hash` prints. */
function definitionHash(value) {
  const canonical = (v) => Array.isArray(v) ? `[${v.map(canonical).join(',')}]`
    : v !== null && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`
    : JSON.stringify(v);
  return `sha256:${createHash('sha256').update(canonical(value)).digest('hex')}`;
}

function fundsLines(i) {
  const hash = definitionHash({ triggerNodeIds: ['root'], nodes: nodesOf(i) });
  return [
    'nodes:', '  pay_vendor:', '    funds:', '      chains: [8453]', `      tokens: ["${USDC_BASE}"]`, `      recipients: ["${recipient(i)}"]`,
    `      maxAmount: "${amountOf(i) + 1_000_000_000}"`, '      decimals: 6', '      symbol: USDC', '      approvals: none',
    'evidence:', '  - kind: dust-test', `    runId: run_DUST${String(i).padStart(8, '0')}`, '    date: 2026-11-01', `    definitionHash: "${hash}"`,
  ];
}

const WEBHOOK = ['webhook:', '  verification:', '    signatureHeader: x-acme-billing-signature', '    algorithm: hmac-sha256', '    idempotencyKey: body.eventId', '    replayAlertPerHour: 10'];

/** The b3os.yaml manifest of workflow `i`; `revision` changes who is on call, as a pull request would. */
export function manifestText(i, revision = 0) {
  const team = ['treasury', 'markets', 'finance', 'ops'][i % 4];
  const extra = kindOf(i) === 'payout' ? fundsLines(i) : kindOf(i) === 'webhook' ? WEBHOOK : [];
  const lines = ['environment: prod', `owner: "@acme/${team}"`, `onCall: "@acme/${team}-oncall${revision ? '-2' : ''}"`, `runbook: docs/runbooks/${slug(i)}.md`, ...extra];
  return ['# yaml-language-server: $schema=https://b3os-readiness.dev/schemas/workflow-manifest.schema.json', ...lines, ''].join('\n');
}

/** The runbook page of workflow `i`. */
export function runbookText(i) {
  return `# Runbook: ${slug(i)}

Owner: the team named in \`workflows/${slug(i)}/b3os.yaml\` · Workflow: \`workflows/${slug(i)}/\`

## Pause it

Open *Workflows → ${slug(i)}* in B3OS and choose **Pause**; pause it while the alert channel is noisy.

## Retry

Open the failed run, fix the cause (usually a connector to reconnect, see \`#ops-alerts\`) and press
*Run again*. Change \`workflow.json\` in a pull request, never in the editor.
`;
}

/**
 * Adds workflows `from` … `from + count - 1` at `revision` to `files`: their workflow.json, and
 * with `manifests` and `runbooks` (both on by default) their b3os.yaml and runbook page.
 */
export function addWorkflows(files, count, { from = 0, revision = 0, manifests = true, runbooks = true, workflows = true } = {}) {
  for (let i = from; i < from + count; i++) {
    if (workflows) files.set(`workflows/${slug(i)}/workflow.json`, workflowText(i, revision));
    if (manifests) files.set(`workflows/${slug(i)}/b3os.yaml`, manifestText(i, revision));
    if (runbooks && flawOf(i) !== 'no-runbook') files.set(`docs/runbooks/${slug(i)}.md`, runbookText(i));
  }
  return files;
}

/** A whole repository of `count` workflows: base files, every SDK action with its page, the workflows. */
export function repositoryFiles(count) {
  const files = baseFiles();
  for (const action of ACTIONS) for (const [path, text] of actionFiles(action)) files.set(path, text);
  return addWorkflows(files, count);
}

/** Writes every repository-relative path of `files` (string or bytes) under `root`. */
export function writeFiles(root, files) {
  for (const [path, content] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
