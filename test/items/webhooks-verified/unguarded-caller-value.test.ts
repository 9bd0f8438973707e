import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { payloadValue } from '../wallet-actions-bounded/fixtures.js';
import { VENDOR, WF, edit, guardedBy, inboundRepo, manual, send, verifiedRepo } from './fixtures.js';

const RULE = 'webhooks-verified/unguarded-caller-value';
const RECIPIENT = payloadValue(1, 'recipientAddress');
const paidTo = (recipient: string) => manual(send({ recipientAddress: recipient }));

/** The workflow with `node` (one line, a JSON member) added under `enough`; the node sits on line 33. */
function withNode(workflow: string, id: string, node: string): string {
  const linked = edit(workflow, '"children": ["pay"]', `"children": ["pay", "${id}"]`);
  return edit(linked, '\n      }\n    }\n  }\n}', `\n      },\n      "${id}": ${node}\n    }\n  }\n}`);
}

/** The workflow with a code-transform `norm` between the trigger and `check`, fed `input`. */
function transformed(workflow: string, input: string): string {
  const linked = edit(workflow, '"children": ["check"]', '"children": ["norm"]');
  const norm = `"norm": { "type": "code-transform", "payload": { "code": "function transform(input){ return input; }", "input": ${JSON.stringify(input)} }, "children": ["check"] },\n      "check": {`;
  return edit(linked, '"check": {', norm);
}

/**
 * The payout with a code-transform `norm` fed `$trigger.body.to` on the `then` branch of `enough`,
 * and `pay` beside `enough` (a second child of `check`, outside the guard) paying `norm`'s output.
 */
function paidBesideGuard(...tests: Array<Record<string, unknown>>): string {
  const workflow = guardedBy(paidTo('{{$nodes.norm.result.output.to}}'), ...tests);
  const besides = edit(edit(workflow, '"children": ["enough"]', '"children": ["enough", "pay"]'), '"children": ["pay"]', '"children": ["norm"]');
  const norm = '"norm": { "type": "code-transform", "branch": "then", "payload": { "code": "function transform(input){ return input; }", "input": "{{$trigger.body.to}}" } },\n      "pay": {';
  return edit(edit(besides, '        "branch": "then",\n', ''), '"pay": {', norm);
}
/** The payout with a `send-webhook` `tell` on the `then` branch of `enough` posting to `{{$trigger.body.callback}}`, `enough` also testing `tests`. */
function callbackGuardedBy(...tests: Array<Record<string, unknown>>): Record<string, string> {
  const tell = '{ "type": "send-webhook", "payload": { "url": "{{$trigger.body.callback}}", "body": {} }, "branch": "then" }';
  return inboundRepo({ workflow: guardedBy(withNode(manual(send()), 'tell', tell), ...tests) });
}
/** `transformed`, with a second code-transform `norm2` fed `norm`'s result between `norm` and `check`, written before `norm`. */
function chained(workflow: string): string {
  const twice = edit(transformed(workflow, '{{$trigger.body}}'), '"input": "{{$trigger.body}}" }, "children": ["check"]', '"input": "{{$trigger.body}}" }, "children": ["norm2"]');
  const norm2 = '"norm2": { "type": "code-transform", "payload": { "code": "function transform(input){ return input; }", "input": "{{$nodes.norm.result.output}}" }, "children": ["check"] },\n      "norm": {';
  return edit(twice, '"norm": {', norm2);
}
const CALLBACK = { file: WF, line: 33, column: 61, severity: 'error' as const, message: /^webhook value `\$trigger\.body\.callback` reaches `tell\.payload\.url` with no upstream `if` restricting it, and node `tell` posts to a URL computed at run time$/, hint: /^restrict `\{\{\$trigger\.body\.callback\}\}` in an `if` node above `tell` \(`\$eq` or `\$in` the values you accept, a numeric bound, or `\$startsWith` a fixed `https:\/\/host\/` for a URL; `\$exists`, `\$ne` or `\$contains` let any value through\), or keep webhook data out of it$/ };
const callback = (test: unknown) => ({ '{{$trigger.body.callback}}': test });

describe(RULE, () => {
  it('counts only an if that restricts the value as a guard', () =>
    checkRuleTable(RULE, [
      { name: 'callback URL without a guard', files: callbackGuardedBy(), expected: [CALLBACK] },
      { name: 'callback URL tested by $exists only', files: callbackGuardedBy(callback({ $exists: true })), expected: [CALLBACK] },
      { name: 'callback URL tested by $ne only', files: callbackGuardedBy(callback({ $ne: 'https://evil.example/' })), expected: [CALLBACK] },
      { name: 'callback URL tested by $notExists false', files: callbackGuardedBy(callback({ $notExists: false })), expected: [CALLBACK] },
      { name: 'callback URL tested by $contains', files: callbackGuardedBy(callback({ $contains: 'erp.acme.example' })), expected: [CALLBACK] },
      { name: 'callback URL $startsWith an origin not closed by a slash', files: callbackGuardedBy(callback({ $startsWith: 'https://erp.acme.example' })), expected: [CALLBACK] },
      { name: 'callback URL $startsWith a plain-http origin', files: callbackGuardedBy(callback({ $startsWith: 'http://erp.acme.example/' })), expected: [CALLBACK] },
      { name: 'callback URL bounded as text', files: callbackGuardedBy(callback({ $gte: 'https://' })), expected: [CALLBACK] },
      { name: 'callback URL $startsWith a fixed https origin', files: callbackGuardedBy(callback({ $startsWith: 'https://erp.acme.example/b3os/' })), expected: [] },
      { name: 'callback URL $eq one URL', files: callbackGuardedBy(callback({ $eq: 'https://erp.acme.example/b3os/in' })), expected: [] },
      { name: 'callback URL equal to a bare operand', files: callbackGuardedBy(callback('https://erp.acme.example/b3os/in')), expected: [] },
      { name: 'callback URL $exists and $in', files: callbackGuardedBy(callback({ $exists: true }), callback({ $in: ['https://erp.acme.example/b3os/in'] })), expected: [] },
      {
        name: 'amount from the body with an upper bound',
        files: inboundRepo({ workflow: guardedBy(manual(send({ amount: '{{$trigger.body.amount}}' })), { '{{$trigger.body.amount}}': { $lte: '250000000' } }) }),
        expected: [],
      },
      {
        name: 'amount from the body with $exists only',
        files: inboundRepo({ workflow: guardedBy(manual(send({ amount: '{{$trigger.body.amount}}' })), { '{{$trigger.body.amount}}': { $exists: true } }) }),
        expected: [{ ...payloadValue(2, 'amount'), severity: 'error', message: /^webhook value `\$trigger\.body\.amount` reaches `pay\.payload\.amount` with no upstream `if` restricting it/ }],
      },
    ]));

  it('needs an upstream if on webhook data that reaches a privileged node', () =>
    checkRuleTable(RULE, [
      { name: 'recipient fixed in the definition', files: inboundRepo({ workflow: manual(send()), webhook: null }), expected: [] },
      {
        name: 'recipient from the body',
        files: inboundRepo(),
        expected: [{ ...RECIPIENT, severity: 'error', message: /^webhook value `\$trigger\.body\.to` reaches `pay\.payload\.recipientAddress` with no upstream `if` restricting it, and node `pay` can move funds/ }],
      },
      { name: 'recipient from the body, tested by the if above', files: inboundRepo({ workflow: guardedBy(paidTo('{{$trigger.body.to}}'), { '{{$trigger.body.to}}': { $in: [VENDOR] } }) }), expected: [] },
      {
        name: 'recipient from the body with a fixed fallback',
        files: inboundRepo({ workflow: paidTo(`{{$trigger.body.to || '${VENDOR}'}}`) }),
        expected: [{ ...RECIPIENT, severity: 'error', message: /^webhook value `\$trigger\.body\.to` reaches `pay\.payload\.recipientAddress`/ }],
      },
      {
        name: 'recipient from a header',
        files: inboundRepo({ workflow: paidTo('{{$trigger.headers.x-recipient}}') }),
        expected: [{ ...RECIPIENT, severity: 'error', message: /^webhook value `\$trigger\.headers\.x-recipient` reaches `pay\.payload\.recipientAddress`/ }],
      },
      { name: 'body value under a cron trigger', files: inboundRepo({ workflow: send({ recipientAddress: '{{$trigger.body.to}}' }), webhook: null }), expected: [] },
      {
        name: 'recipient from a code-transform fed the body',
        files: inboundRepo({ workflow: transformed(paidTo('{{$nodes.norm.result.output.to}}'), '{{$trigger.body}}') }),
        expected: [{ file: WF, line: 29, column: 31, severity: 'error', message: /^webhook value `\$trigger\.body` reaches `pay\.payload\.recipientAddress` through code-transform `norm`/ }],
      },
      {
        name: 'recipient from a chain of code-transforms, the later written first',
        files: inboundRepo({ workflow: chained(paidTo('{{$nodes.norm2.result.output.to}}')) }),
        expected: [{ file: WF, line: 30, column: 31, severity: 'error', message: /^webhook value `\$trigger\.body` reaches `pay\.payload\.recipientAddress` through code-transform `norm2`/ }],
      },
      {
        name: 'recipient from a code-transform, restricted after it',
        files: inboundRepo({ workflow: guardedBy(transformed(paidTo('{{$nodes.norm.result.output.to}}'), '{{$trigger.body}}'), { '{{$nodes.norm.result.output.to}}': { $in: [VENDOR] } }) }),
        expected: [],
      },
      { name: 'recipient from a code-transform restricted above it, paid beside the guard', files: inboundRepo({ workflow: paidBesideGuard({ '{{$trigger.body.to}}': { $in: [VENDOR] } }) }), expected: [] },
      {
        name: 'recipient from a code-transform beside the guard, not restricted',
        files: inboundRepo({ workflow: paidBesideGuard() }),
        // `pay` lost its `branch` line and `norm` came before it: the recipient stays on its line.
        expected: [{ ...RECIPIENT, severity: 'error', message: /^webhook value `\$trigger\.body\.to` reaches `pay\.payload\.recipientAddress` through code-transform `norm`/ }],
      },
      {
        name: 'recipient from the result of a node that is not a code-transform',
        files: inboundRepo({ workflow: edit(transformed(paidTo('{{$nodes.norm.result.output.to}}'), '{{$trigger.body}}'), '"type": "code-transform"', '"type": "log"') }),
        expected: [],
      },
      { name: 'send-webhook without a url, with the body', files: inboundRepo({ workflow: withNode(manual(send()), 'tell', '{ "type": "send-webhook", "payload": { "body": { "invoice": "{{$trigger.body.id}}" } } }') }), expected: [] },
      { name: 'send-webhook without a payload', files: inboundRepo({ workflow: withNode(manual(send()), 'tell', '{ "type": "send-webhook" }') }), expected: [] },
      { name: 'another node type posting to a URL from the body', files: inboundRepo({ workflow: withNode(manual(send()), 'fetch', '{ "type": "http-request", "payload": { "url": "{{$trigger.body.callback}}" } }') }), expected: [] },
      { name: 'another node type with the body', files: inboundRepo({ workflow: withNode(manual(send()), 'note', '{ "type": "log", "payload": { "message": "{{$trigger.body.id}}" } }') }), expected: [] },
      { name: 'recipient from a code-transform fed constants', files: inboundRepo({ workflow: transformed(paidTo('{{$nodes.norm.result.output.to}}'), 'fixed') }), expected: [] },
      {
        name: 'db-query on the body',
        files: inboundRepo({ workflow: withNode(manual(send()), 'lookup', '{ "type": "db-query", "payload": { "query": "select * from invoices where id = {{$trigger.body.id}}" } }') }),
        expected: [{ file: WF, line: 33, column: 61, severity: 'error', message: /reaches `lookup\.payload\.query` with no upstream `if` restricting it, and node `lookup` queries the organization database$/ }],
      },
      {
        name: 'trigger-workflow with the body',
        files: inboundRepo({ workflow: withNode(manual(send()), 'child', '{ "type": "trigger-workflow", "payload": { "workflowId": "{{$trigger.body.workflow}}" } }') }),
        expected: [{ file: WF, line: 33, column: 73, severity: 'error', message: /and node `child` starts another workflow$/ }],
      },
      {
        name: 'send-webhook to a URL from the body',
        files: inboundRepo({ workflow: withNode(manual(send()), 'tell', '{ "type": "send-webhook", "payload": { "url": "{{$trigger.body.callback}}", "body": {} } }') }),
        expected: [{ file: WF, line: 33, column: 61, severity: 'error', message: /and node `tell` posts to a URL computed at run time$/ }],
      },
      { name: 'send-webhook to a fixed URL with the body', files: inboundRepo({ workflow: withNode(manual(send()), 'tell', '{ "type": "send-webhook", "payload": { "url": "https://erp.acme.example/in", "body": { "invoice": "{{$trigger.body.id}}" } } }') }), expected: [] },
      {
        name: 'workflow that cannot be read: unverified',
        files: verifiedRepo({ [WF]: '{ "name": "Broken",\n  "definition": [\n' }),
        expected: [{ file: WF, line: 3, column: 1, severity: 'error', unverified: true, message: /cannot be read as a definition, so the use of its webhook data cannot be checked$/ }],
      },
    ]));
});
