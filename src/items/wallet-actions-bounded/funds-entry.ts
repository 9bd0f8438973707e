import { escapeSegment } from '../../b3os/definition.js';
import { locationIn, startOf } from '../../core/locate.js';
import { defineObjectRule, type Reporter } from '../../core/rule.js';
import { concernedWorkflows } from '../../readiness/checked-workflows.js';
import { describeKind } from '../../funds/classify.js';
import type { FundsNode } from '../../funds/funds-nodes.js';
import { fundsRowOf } from './funds-row.js';
import { unreadableWorkflow } from '../../readiness/unverified.js';
import { readinessWorkflowOf } from '../../readiness/workflows.js';
import { FUNDS_CONCERNS, fundsWorkflowOf, inWorkflow, type FundsWorkflow, type ValidManifest } from './funds-workflows.js';

/**
 * Every node that can move funds has bounds in its workflow's manifest (`nodes.<id>.funds`); a
 * workflow whose manifest is missing or invalid, or whose definition cannot be read, cannot be
 * checked. A bound for a node that no
 * longer exists is a notice: it bounds nothing. Each funds node also gets its row in the funds table.
 */
export const fundsEntry = defineObjectRule(
  {
    id: 'wallet-actions-bounded/funds-entry',
    description: 'every node that can move funds has fund bounds in its workflow manifest',
    severity: 'error',
  },
  {
    kind: 'workflow',
    objects: (ctx) => concernedWorkflows(ctx, FUNDS_CONCERNS),
    check: async (workflow, _ctx, reporter) => {
      const read = await readinessWorkflowOf(workflow);
      if (read && !read.graph) reporter.report(unreadableWorkflow(read, 'its fund bounds'));
      const wf = await fundsWorkflowOf(workflow);
      if (wf) checkWorkflow(reporter, wf);
    },
  },
);

function checkWorkflow(reporter: Reporter, wf: FundsWorkflow): void {
  for (const node of wf.funds) reporter.fundsRow?.(fundsRowOf(wf, node));
  const manifest = wf.inputs.manifest;
  if (manifest.state === 'valid') {
    for (const node of wf.funds) if (!manifest.value.nodes?.[node.node.id]?.funds) reportMissing(reporter, wf, node, manifest.path);
    reportStale(reporter, wf, manifest);
  } else if (wf.funds.length > 0) {
    reportUnreadable(reporter, wf, manifest.state === 'missing' ? manifest.expected : manifest.path, manifest.state === 'invalid');
  }
}

function reportMissing(reporter: Reporter, wf: FundsWorkflow, node: FundsNode, manifest: string): void {
  const id = node.node.id;
  reporter.report({
    message: `node \`${id}\` can move funds (${node.reason}) but \`${manifest}\` sets no \`nodes.${id}.funds\` bounds`,
    hint: `add \`nodes.${id}.funds\` with \`chains\`, \`tokens\`, \`recipients\`, \`maxAmount\` and \`approvals\` to the manifest`,
    location: inWorkflow(wf, node.node.pointer, true),
  });
}

function reportUnreadable(reporter: Reporter, wf: FundsWorkflow, manifest: string, invalid: boolean): void {
  const [first] = wf.funds;
  if (invalid) {
    reporter.report({
      message: `the fund bounds of workflow \`${wf.slug}\` cannot be checked: its manifest \`${manifest}\` does not validate`,
      hint: 'fix the manifest (see the definition-validates/manifest-shape findings)',
      location: startOf(manifest),
      unverified: true,
    });
    return;
  }
  reporter.report({
    message: `workflow \`${wf.slug}\` can move funds (node \`${first.node.id}\`: ${describeKind(first.kind)}) but has no readiness manifest at \`${manifest}\``,
    hint: `add \`${manifest}\` with \`environment\`, \`owner\`, fund bounds under \`nodes.<id>.funds\` and \`evidence\``,
    location: inWorkflow(wf, first.node.pointer, true),
  });
}

function reportStale(reporter: Reporter, wf: FundsWorkflow, manifest: ValidManifest): void {
  for (const [id, facts] of Object.entries(manifest.value.nodes ?? {})) {
    if (!facts.funds || wf.graph.graph.ids.has(id)) continue;
    reporter.report({
      message: `the manifest bounds node \`${id}\`, which workflow \`${wf.slug}\` does not have`,
      hint: `remove \`nodes.${id}\` from the manifest, or rename it to the node it bounds`,
      location: locationIn(manifest.doc, `/nodes/${escapeSegment(id)}`, true),
      severity: 'notice',
    });
  }
}
