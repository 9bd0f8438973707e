import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, ENVIRONMENT, MANIFEST, VERIFICATION, edit, repo, verification, verifiedEnvironment, verifiedRepo } from './fixtures.js';

const RULE = 'webhooks-verified/execution-verification';
const STAGING = 'environments/staging.yaml';
const SECOND = `  - id: ewh_audit
    url: https://audit.acme.example/b3os
    events: [run.completed]
    maxRetries: 3
`;

describe(RULE, () => {
  it('needs every execution webhook to declare signature, idempotency key and replay alert', () =>
    checkRuleTable(RULE, [
      { name: 'complete verification', files: verifiedRepo(), expected: [] },
      { name: 'header in another letter case', files: verifiedRepo({ [ENV]: verifiedEnvironment(verification('x-b3os-signature', 'X-B3OS-Signature')) }), expected: [] },
      {
        name: 'no verification',
        files: repo(),
        expected: [{ file: ENV, line: 15, column: 5, severity: 'error', message: /^execution webhook `ewh_failures` declares no `verification`$/, hint: /^verify every delivery in the receiver and declare it: `verification: \{signatureHeader: x-b3os-signature, algorithm: hmac-sha256, idempotencyKey: event\.id, replayAlertPerHour: 20\}`$/ }],
      },
      {
        name: 'another signature header',
        files: verifiedRepo({ [ENV]: verifiedEnvironment(verification('x-b3os-signature', 'x-hub-signature')) }),
        expected: [{ file: ENV, line: 21, column: 24, severity: 'error', message: /^execution webhook `ewh_failures` checks header `x-hub-signature`, but B3OS signs deliveries in `x-b3os-signature`$/, hint: /^verify `x-b3os-signature` and set `signatureHeader: x-b3os-signature`$/ }],
      },
      {
        name: 'another algorithm',
        files: verifiedRepo({ [ENV]: verifiedEnvironment(verification('hmac-sha256', 'hmac-sha1')) }),
        expected: [{ file: ENV, line: 22, column: 18, severity: 'error', message: /^execution webhook `ewh_failures` declares algorithm `hmac-sha1`, but B3OS signs with `hmac-sha256` over the raw body$/, hint: /^compare the hex HMAC-SHA256 of the raw body in constant time and set `algorithm: hmac-sha256`$/ }],
      },
      {
        name: 'no idempotency key',
        files: verifiedRepo({ [ENV]: verifiedEnvironment(verification('      idempotencyKey: event.id\n', '')) }),
        expected: [{ file: ENV, line: 20, column: 5, severity: 'error', message: /^execution webhook `ewh_failures` declares no `idempotencyKey`, so a retried delivery may be processed twice$/, hint: /^process each delivery once by its event id and set `idempotencyKey: event\.id`$/ }],
      },
      {
        name: 'no replay alert',
        files: verifiedRepo({ [ENV]: verifiedEnvironment(verification('      replayAlertPerHour: 20\n', '')) }),
        expected: [{ file: ENV, line: 20, column: 5, severity: 'error', message: /^execution webhook `ewh_failures` declares no `replayAlertPerHour`, so nobody hears of a replay flood$/, hint: /^alert on replayed or duplicate deliveries and set `replayAlertPerHour` to the hourly count that pages someone$/ }],
      },
      {
        name: 'many webhooks, the second without verification',
        files: verifiedRepo({ [ENV]: verifiedEnvironment(VERIFICATION, SECOND) }),
        expected: [{ file: ENV, line: 25, column: 5, severity: 'error', message: /^execution webhook `ewh_audit` declares no `verification`$/ }],
      },
      { name: 'the environment the manifest names does not exist', files: verifiedRepo({ [ENV]: null }), expected: [] },
      { name: 'an environment without execution webhooks', files: verifiedRepo({ [ENV]: ENVIRONMENT.slice(0, ENVIRONMENT.indexOf('executionWebhooks:')) }), expected: [] },
      { name: 'many webhooks, all verified', files: verifiedRepo({ [ENV]: verifiedEnvironment(VERIFICATION, `${SECOND}${VERIFICATION}`) }), expected: [] },
      {
        name: 'inventory that does not match its schema: unverified',
        files: repo({ [ENV]: edit(ENVIRONMENT, 'orgId: org_acme', 'orgId: acme') }),
        expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true, message: /^environment `environments\/prod\.yaml` does not match its schema/ }],
      },
      {
        name: 'environment named by no workflow',
        files: { ...verifiedRepo({ [MANIFEST]: null }), [STAGING]: `orgId: org_acme_staging\nexecutionWebhooks:\n${SECOND}` },
        expected: [{ file: STAGING, line: 3, column: 5, severity: 'error', message: /^execution webhook `ewh_audit` declares no `verification`$/ }],
      },
    ]));
});
