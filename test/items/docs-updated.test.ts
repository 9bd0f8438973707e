import { describe, it } from 'vitest';
import { checkRuleTable } from '../support/rule-harness.js';
import { checkDiffTable } from './docs-updated/diff-harness.js';

const ACTION = JSON.stringify({ type: 'acme-ping', name: 'Ping', payloadSchema: { type: 'object', properties: {}, additionalProperties: false }, resultSchema: { type: 'object', properties: {} } }, null, 2);
const TRIGGER = JSON.stringify({ type: 'acme-event', name: 'Event', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } }, null, 2);
const PAGE = '---\ntitle: Ping\ntype: acme-ping\n---\n\n# Ping\n';

describe('docs-updated', () => {
  it('action-page-missing', () =>
    checkRuleTable('docs-updated/action-page-missing', [
      { name: 'documented json action', files: { 'actions/acme-ping/action.json': ACTION, 'docs/actions/reference/generated/acme-ping.md': PAGE }, expected: [] },
      { name: 'documented with mdx', files: { 'actions/acme-ping/action.json': ACTION, 'docs/actions/reference/generated/acme-ping.mdx': PAGE }, expected: [] },
      { name: 'json action without page', files: { 'actions/acme-ping/action.json': ACTION }, expected: [{ severity: 'error', file: 'actions/acme-ping/action.json', line: 2, column: 11, message: /`docs\/actions\/reference\/generated\/acme-ping\.md`/ }] },
      { name: 'sdk action without page', files: { 'packages/sdk/actions/acme-ping/schema.ts': 'export const payloadSchema = { type: "object", properties: {} };\n', 'packages/sdk/actions/acme-ping/index.ts': '' }, expected: [{ severity: 'error', file: 'packages/sdk/actions/acme-ping/schema.ts', line: 1, column: 1, message: /action `acme-ping` has no docs page/ }] },
    ]));

  it('action-page-missing: a change that deletes or moves the page of an unchanged action', () => {
    const base = { 'actions/acme-ping/action.json': ACTION, 'docs/actions/reference/generated/acme-ping.md': PAGE, 'README.md': 'hi\n' };
    return checkDiffTable('docs-updated/action-page-missing', [
      { name: 'another file changes', base, head: { ...base, 'README.md': 'hello\n' }, expected: [] },
      { name: 'the page moves from .md to .mdx', base, head: { 'actions/acme-ping/action.json': ACTION, 'docs/actions/reference/generated/acme-ping.mdx': PAGE, 'README.md': 'hi\n' }, expected: [] },
      {
        name: 'the page is deleted',
        base,
        head: { 'actions/acme-ping/action.json': ACTION, 'README.md': 'hi\n' },
        expected: [{ severity: 'error', file: 'actions/acme-ping/action.json', line: 2, column: 11, message: /^action `acme-ping` loses its docs page: this change deletes or moves `docs\/actions\/reference\/generated\/acme-ping\.md`$/ }],
      },
    ]);
  });

  it('trigger-page-missing', () =>
    checkRuleTable('docs-updated/trigger-page-missing', [
      { name: 'documented', files: { 'triggers/acme-event/trigger.json': TRIGGER, 'docs/triggers/reference/acme-event.md': PAGE }, expected: [] },
      { name: 'without page', files: { 'triggers/acme-event/trigger.json': TRIGGER }, expected: [{ severity: 'error', file: 'triggers/acme-event/trigger.json', line: 2, column: 11, message: /docs\/triggers\/reference\/acme-event\.md/ }] },
    ]));
});
