/**
 * Webhook cases on the payout repository of `../readiness/fixtures.ts`: its environment with a
 * verified execution webhook, and the payout started by a `manual` trigger (called through its
 * webhook URL) with a manifest that declares how the calls are verified.
 */
import { ENV, ENVIRONMENT, MANIFEST, WF, edit, manifestFor, repo } from '../readiness/fixtures.js';
import { manual, send } from '../wallet-actions-bounded/fixtures.js';

export { ENV, ENVIRONMENT, MANIFEST, VENDOR, WF, WORKFLOW, edit, manifestFor, repo } from '../readiness/fixtures.js';
export { guardedBy, manual, payNode, send, workflowWith } from '../wallet-actions-bounded/fixtures.js';

export const CONFIG = '.github/b3os-readiness.yml';

/** The `verification` of the fixture's execution webhook, lines 20 to 24 of the environment. */
export const VERIFICATION = `    verification:
      signatureHeader: x-b3os-signature
      algorithm: hmac-sha256
      idempotencyKey: event.id
      replayAlertPerHour: 20
`;

/** The environment with `verification` (default: a complete one) under its execution webhook, and other webhooks after it. */
export function verifiedEnvironment(verification = VERIFICATION, more = ''): string {
  return `${ENVIRONMENT}${verification}${more}`;
}

/** `VERIFICATION` with one line replaced, or removed with `to` = ''. */
export function verification(from: string, to: string): string {
  return edit(VERIFICATION, from, to);
}

/** The manifest's `webhook` block: lines 19 to 24 after the payout manifest's 18 lines. */
export const INBOUND = `webhook:
  verification:
    signatureHeader: x-acme-signature
    algorithm: hmac-sha256
    idempotencyKey: body.invoiceId
    replayAlertPerHour: 10
`;

/** A repository whose environment webhook is verified, with these files over it. */
export function verifiedRepo(files: Record<string, string | null> = {}): Record<string, string> {
  return repo({ [ENV]: verifiedEnvironment(), ...files });
}

/** The payout started through its webhook URL, paying whom the caller names, with the manifest's `webhook` block. */
export function inboundRepo(o: { workflow?: string; webhook?: string | null } = {}): Record<string, string> {
  const workflow = o.workflow ?? manual(send({ recipientAddress: '{{$trigger.body.to}}' }));
  const webhook = o.webhook === null ? '' : (o.webhook ?? INBOUND);
  return verifiedRepo({ [WF]: workflow, [MANIFEST]: `${manifestFor(workflow)}${webhook}` });
}
