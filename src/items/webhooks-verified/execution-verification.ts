import { locationIn } from '../../core/locate.js';
import { defineRule, type Reporter } from '../../core/rule.js';
import type { ExecutionWebhook } from '../../readiness/formats.js';
import { environmentsInScope, type FoundEnvironment } from './environments.js';
import { invalidEnvironment } from '../../readiness/unverified.js';

/** What B3OS signs execution webhook deliveries with (b3os-platform.md §7.1). */
export const B3OS_SIGNATURE_HEADER = 'x-b3os-signature';
export const B3OS_SIGNATURE_ALGORITHM = 'hmac-sha256';

const EXAMPLE = `{signatureHeader: ${B3OS_SIGNATURE_HEADER}, algorithm: ${B3OS_SIGNATURE_ALGORITHM}, idempotencyKey: event.id, replayAlertPerHour: 20}`;

/**
 * Every execution webhook of an environment in scope declares how its receiver verifies B3OS
 * deliveries: the `x-b3os-signature` header, `hmac-sha256` over the raw body, an idempotency key
 * for retries, and a replay alert. An inventory that does not match its schema is unverified here.
 */
export const executionVerification = defineRule(
  {
    id: 'webhooks-verified/execution-verification',
    description: 'every execution webhook declares signature verification, an idempotency key and a replay alert',
    severity: 'error',
  },
  async (ctx, reporter) => {
    for (const found of await environmentsInScope(ctx)) checkEnvironment(reporter, found);
  },
);

function checkEnvironment(reporter: Reporter, found: FoundEnvironment): void {
  if (found.state === 'invalid') {
    reporter.report(invalidEnvironment(found.path));
    return;
  }
  (found.value.executionWebhooks ?? []).forEach((hook, index) => {
    for (const problem of verificationProblems(hook)) {
      reporter.report({ message: problem.message, hint: problem.hint, location: locationIn(found.doc, `/executionWebhooks/${index}${problem.pointer}`, problem.atKey) });
    }
  });
}

function verificationProblems(hook: ExecutionWebhook): Array<{ message: string; hint: string; pointer: string; atKey?: boolean }> {
  const v = hook.verification;
  const name = `execution webhook \`${hook.id}\``;
  if (!v) return [{ message: `${name} declares no \`verification\``, hint: `verify every delivery in the receiver and declare it: \`verification: ${EXAMPLE}\``, pointer: '' }];
  const out = [];
  if (v.signatureHeader.toLowerCase() !== B3OS_SIGNATURE_HEADER) {
    out.push({ message: `${name} checks header \`${v.signatureHeader}\`, but B3OS signs deliveries in \`${B3OS_SIGNATURE_HEADER}\``, hint: `verify \`${B3OS_SIGNATURE_HEADER}\` and set \`signatureHeader: ${B3OS_SIGNATURE_HEADER}\``, pointer: '/verification/signatureHeader' });
  }
  if (v.algorithm !== B3OS_SIGNATURE_ALGORITHM) {
    out.push({ message: `${name} declares algorithm \`${v.algorithm}\`, but B3OS signs with \`${B3OS_SIGNATURE_ALGORITHM}\` over the raw body`, hint: `compare the hex HMAC-SHA256 of the raw body in constant time and set \`algorithm: ${B3OS_SIGNATURE_ALGORITHM}\``, pointer: '/verification/algorithm' });
  }
  if (v.idempotencyKey === undefined) {
    out.push({ message: `${name} declares no \`idempotencyKey\`, so a retried delivery may be processed twice`, hint: 'process each delivery once by its event id and set `idempotencyKey: event.id`', pointer: '/verification', atKey: true });
  }
  if (v.replayAlertPerHour === undefined) {
    out.push({ message: `${name} declares no \`replayAlertPerHour\`, so nobody hears of a replay flood`, hint: 'alert on replayed or duplicate deliveries and set `replayAlertPerHour` to the hourly count that pages someone', pointer: '/verification', atKey: true });
  }
  return out;
}
