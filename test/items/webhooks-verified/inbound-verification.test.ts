import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { INBOUND, MANIFEST, WF, WORKFLOW, edit, inboundRepo, manual, send, verifiedRepo } from './fixtures.js';

const RULE = 'webhooks-verified/inbound-verification';
// The `root` key: the manual trigger.
const TRIGGER = { file: WF, line: 7, column: 7 };
// The `verification` key of the manifest's `webhook` block.
const VERIFICATION = { file: MANIFEST, line: 20, column: 3 };

function without(files: Record<string, string>, path: string): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([file]) => file !== path));
}

describe(RULE, () => {
  it('needs a workflow that takes webhook data to declare how the calls are verified', () =>
    checkRuleTable(RULE, [
      { name: 'declared verification', files: inboundRepo(), expected: [] },
      {
        name: 'no webhook block',
        files: inboundRepo({ webhook: null }),
        expected: [{ ...TRIGGER, severity: 'error', message: /^workflow `payout` takes webhook data \(`\$trigger\.body\.to` in node `pay`\) but declares no webhook verification$/, hint: /^verify each call \(signature, duplicates, replays\) and declare it in `workflows\/payout\/b3os\.yaml`: `webhook: \{verification: \{signatureHeader: x-acme-signature, algorithm: hmac-sha256, idempotencyKey: body\.id, replayAlertPerHour: 20\}\}`$/ }],
      },
      {
        name: 'no idempotency key',
        files: inboundRepo({ webhook: edit(INBOUND, '    idempotencyKey: body.invoiceId\n', '') }),
        expected: [{ ...VERIFICATION, severity: 'error', message: /^webhook of workflow `payout` declares no `idempotencyKey`, so a retried call may run twice$/, hint: /^process each call once by an id the caller sends and set `idempotencyKey`, e\.g\. `body\.invoiceId`$/ }],
      },
      {
        name: 'no replay alert',
        files: inboundRepo({ webhook: edit(INBOUND, '    replayAlertPerHour: 10\n', '') }),
        expected: [{ ...VERIFICATION, severity: 'error', message: /^webhook of workflow `payout` declares no `replayAlertPerHour`, so nobody hears of a replay flood$/, hint: /^alert on repeated calls and set `replayAlertPerHour` to the hourly count that pages someone$/ }],
      },
      {
        name: 'manifest that does not match its schema: unverified',
        files: inboundRepo({ webhook: 'webhook: {}\n' }),
        expected: [{ file: MANIFEST, line: 1, column: 1, severity: 'error', unverified: true, message: /^manifest `workflows\/payout\/b3os\.yaml` does not match its schema, so the webhook verification of workflow `payout` cannot be checked$/ }],
      },
      { name: 'cron trigger', files: verifiedRepo(), expected: [] },
      { name: 'cron trigger reading a body', files: inboundRepo({ workflow: send({ recipientAddress: '{{$trigger.body.to}}' }), webhook: null }), expected: [] },
      {
        name: 'webhook trigger',
        files: inboundRepo({ workflow: edit(manual(send({ recipientAddress: '{{$trigger.body.to}}' })), '"type": "manual"', '"type": "webhook"'), webhook: null }),
        expected: [{ ...TRIGGER, severity: 'error', message: /^workflow `payout` takes webhook data \(`\$trigger\.body\.to` in node `pay`\)/ }],
      },
      {
        name: 'webhook data in a connector only',
        files: inboundRepo({ workflow: edit(manual(send()), '"id": "wal_ops"', '"id": "{{$trigger.body.wallet}}"'), webhook: null }),
        expected: [{ ...TRIGGER, severity: 'error', message: /^workflow `payout` takes webhook data \(`\$trigger\.body\.wallet` in node `pay`\)/ }],
      },
      {
        name: 'the whole trigger read',
        files: inboundRepo({ workflow: manual(send({ recipientAddress: '{{$trigger}}' })), webhook: null }),
        expected: [{ ...TRIGGER, severity: 'error', message: /^workflow `payout` takes webhook data \(`\$trigger` in node `pay`\)/ }],
      },
      {
        name: 'headers read',
        files: inboundRepo({ workflow: manual(send({ recipientAddress: '{{$trigger.headers}}' })), webhook: null }),
        expected: [{ ...TRIGGER, severity: 'error', message: /^workflow `payout` takes webhook data \(`\$trigger\.headers` in node `pay`\)/ }],
      },
      { name: 'a trigger value that is neither body nor headers', files: inboundRepo({ workflow: manual(send({ recipientAddress: '{{$trigger.bodyless}}' })), webhook: null }), expected: [] },
      { name: 'manual trigger that reads no webhook data', files: verifiedRepo({ [WF]: manual(WORKFLOW) }), expected: [] },
      {
        name: 'no manifest at all',
        files: without(inboundRepo({ webhook: null }), MANIFEST),
        expected: [{ ...TRIGGER, severity: 'error', message: /declares no webhook verification$/, hint: /declare it in `workflows\/payout\/b3os\.yaml`: `webhook: / }],
      },
    ]));
});
