import { locationIn } from '../../core/locate.js';
import type { Reporter, RuleContext } from '../../core/rule.js';
import { workflowRule, type CheckedWorkflow } from '../../readiness/checked-workflows.js';
import { WEBHOOK_SCOPE } from './environments.js';
import { firstCallerRead, inboundTrigger } from './webhook-data.js';
import { invalidManifest } from '../../readiness/unverified.js';

const EXAMPLE = '{verification: {signatureHeader: x-acme-signature, algorithm: hmac-sha256, idempotencyKey: body.id, replayAlertPerHour: 20}}';

/**
 * A workflow started through its webhook URL that takes the caller's data declares, in its
 * manifest's `webhook.verification`, how deliveries are verified, deduplicated (`idempotencyKey`)
 * and watched for replays (`replayAlertPerHour`). A manifest that does not match its schema makes
 * the workflow unverified here.
 */
export const inboundVerification = workflowRule(
  {
    id: 'webhooks-verified/inbound-verification',
    description: 'a workflow started by its webhook URL declares verification, an idempotency key and a replay alert',
    severity: 'error',
  },
  WEBHOOK_SCOPE,
  checkInbound,
);

function checkInbound(_ctx: RuleContext, reporter: Reporter, workflow: CheckedWorkflow): void {
  const read = workflow.graph && firstCallerRead(workflow.graph);
  if (!workflow.graph || !read) return;
  const manifest = workflow.inputs.manifest;
  if (manifest.state === 'invalid') {
    reporter.report(invalidManifest(manifest.path, `the webhook verification of workflow \`${workflow.slug}\``));
    return;
  }
  const verification = manifest.state === 'valid' ? manifest.value.webhook?.verification : undefined;
  if (manifest.state === 'missing' || !verification) {
    const trigger = inboundTrigger(workflow.graph)!;
    reporter.report({
      message: `workflow \`${workflow.slug}\` takes webhook data (\`${read.text}\` in node \`${read.node.id}\`) but declares no webhook verification`,
      hint: `verify each call (signature, duplicates, replays) and declare it in \`${manifest.state === 'missing' ? manifest.expected : manifest.path}\`: \`webhook: ${EXAMPLE}\``,
      location: locationIn(workflow.graph.doc, trigger.pointer, true),
    });
    return;
  }
  // Located only for a finding: a position costs a second, positioned parse of the manifest.
  const at = () => locationIn(manifest.doc, '/webhook/verification', true);
  if (verification.idempotencyKey === undefined) {
    reporter.report({ message: `webhook of workflow \`${workflow.slug}\` declares no \`idempotencyKey\`, so a retried call may run twice`, hint: 'process each call once by an id the caller sends and set `idempotencyKey`, e.g. `body.invoiceId`', location: at() });
  }
  if (verification.replayAlertPerHour === undefined) {
    reporter.report({ message: `webhook of workflow \`${workflow.slug}\` declares no \`replayAlertPerHour\`, so nobody hears of a replay flood`, hint: 'alert on repeated calls and set `replayAlertPerHour` to the hourly count that pages someone', location: at() });
  }
}
