import { describe, it } from 'vitest';
import { docsUpdated } from '../../src/items/docs-updated/index.js';
import { checkDiffTable } from '../support/diff-harness.js';
import { checkItem } from '../support/item-harness.js';
import { checkRuleTable } from '../support/rule-harness.js';

const ACTION = JSON.stringify({ type: 'acme-ping', name: 'Ping', payloadSchema: { type: 'object', properties: {}, additionalProperties: false }, resultSchema: { type: 'object', properties: {} } }, null, 2);
const TRIGGER = JSON.stringify({ type: 'acme-event', name: 'Event', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } }, null, 2);
const PONG = ACTION.replace('acme-ping', 'acme-pong').replace('"Ping"', '"Pong"');
const PAGE = '---\ntitle: Ping\ntype: acme-ping\n---\n\n# Ping\n';
const ACTION_PAGE = 'docs/actions/reference/generated/acme-ping.md';
const SDK = 'packages/sdk/actions/acme-ping';
const SDK_PRESET = 'version: 1\npreset: b3os-sdk\n';

describe('docs-updated', () => {
  it('is the required item "Docs are updated", concerned with actions, triggers, docs, OpenAPI files and templates, with its twelve rules in order, each described in one line', () =>
    checkItem(docsUpdated, {
      id: 'docs-updated',
      title: 'Docs are updated',
      group: 'required',
      concerns: ['action', 'trigger', 'docs', 'openapi', 'template'],
      rules: [
        ['docs-updated/action-page-missing', 'error'],
        ['docs-updated/trigger-page-missing', 'error'],
        ['docs-updated/page-sections', 'error'],
        ['docs-updated/payload-table', 'error'],
        ['docs-updated/result-table', 'error'],
        ['docs-updated/example-node', 'error'],
        ['docs-updated/reference-output', 'error'],
        ['docs-updated/documentation-url', 'error'],
        ['docs-updated/funds-caution', 'error'],
        ['docs-updated/endpoint-page', 'error'],
        ['docs-updated/endpoint-page-stale', 'error'],
        ['docs-updated/pattern-page', 'error'],
      ],
    }));

  it('action-page-missing', () =>
    checkRuleTable('docs-updated/action-page-missing', [
      { name: 'documented json action', files: { 'actions/acme-ping/action.json': ACTION, [ACTION_PAGE]: PAGE }, expected: [] },
      { name: 'documented with mdx', files: { 'actions/acme-ping/action.json': ACTION, 'docs/actions/reference/generated/acme-ping.mdx': PAGE }, expected: [] },
      {
        name: 'json action without page',
        files: { 'actions/acme-ping/action.json': ACTION },
        expected: [
          {
            severity: 'error',
            file: 'actions/acme-ping/action.json',
            line: 2,
            column: 11,
            message: /^action `acme-ping` has no docs page; expected `docs\/actions\/reference\/generated\/acme-ping\.md`$/,
            hint: /^add `docs\/actions\/reference\/generated\/acme-ping\.md` with the sections At a Glance, Payload Schema, Result Schema and Examples$/,
          },
        ],
      },
      { name: 'json action that does not parse, at the start of its file', files: { 'actions/acme-ping/action.json': '{ "type": ' }, expected: [{ severity: 'error', file: 'actions/acme-ping/action.json', line: 1, column: 1, message: /action `acme-ping` has no docs page/ }] },
      { name: 'sdk action without page', files: { [`${SDK}/schema.ts`]: 'export const payloadSchema = { type: "object", properties: {} };\n', [`${SDK}/index.ts`]: '' }, expected: [{ severity: 'error', file: `${SDK}/schema.ts`, line: 1, column: 1, message: /action `acme-ping` has no docs page/ }] },
      { name: 'sdk action without schema.ts, at its index.ts', files: { [`${SDK}/execute.ts`]: 'export {};\n', [`${SDK}/index.ts`]: 'export {};\n' }, expected: [{ severity: 'error', file: `${SDK}/index.ts`, line: 1, column: 1, message: /action `acme-ping` has no docs page/ }] },
      { name: 'sdk action of execute.ts alone, at it', files: { [`${SDK}/execute.ts`]: 'export {};\n' }, expected: [{ severity: 'error', file: `${SDK}/execute.ts`, line: 1, column: 1, message: /action `acme-ping` has no docs page/ }] },
      { name: 'sdk action with a JSON file of its own, at its schema.ts', files: { [`${SDK}/a.json`]: '{ "type": "fixture" }\n', [`${SDK}/schema.ts`]: 'export const payloadSchema = { type: "object", properties: {} };\n' }, expected: [{ severity: 'error', file: `${SDK}/schema.ts`, line: 1, column: 1 }] },
      { name: 'the SDK repository publishes no pages', files: { '.github/b3os-readiness.yml': SDK_PRESET, [`${SDK}/schema.ts`]: 'export const payloadSchema = { type: "object", properties: {} };\n' }, expected: [] },
    ]));

  it('action-page-missing: a change that deletes or moves the page of an unchanged action', () => {
    const base = { 'actions/acme-ping/action.json': ACTION, [ACTION_PAGE]: PAGE, 'README.md': 'hi\n' };
    const lost = (path: string) => new RegExp(`^action \`acme-ping\` loses its docs page: this change deletes or moves \`${path.replace(/[./]/g, '\\$&')}\`$`);
    return checkDiffTable('docs-updated/action-page-missing', [
      { name: 'another file changes', base, head: { ...base, 'README.md': 'hello\n' }, expected: [] },
      { name: 'another file changes next to an unchanged action without a page', base: { 'actions/acme-ping/action.json': ACTION, 'README.md': 'hi\n' }, head: { 'actions/acme-ping/action.json': ACTION, 'README.md': 'hello\n' }, expected: [] },
      {
        name: 'another action changes next to an unchanged action without a page',
        base: { 'actions/acme-ping/action.json': ACTION, 'actions/acme-pong/action.json': PONG, 'docs/actions/reference/generated/acme-pong.md': PAGE },
        head: { 'actions/acme-ping/action.json': ACTION, 'actions/acme-pong/action.json': PONG.replace('"Pong"', '"Pong 2"'), 'docs/actions/reference/generated/acme-pong.md': PAGE },
        expected: [],
      },
      { name: 'the page moves from .md to .mdx', base, head: { 'actions/acme-ping/action.json': ACTION, 'docs/actions/reference/generated/acme-ping.mdx': PAGE, 'README.md': 'hi\n' }, expected: [] },
      {
        name: 'the page is deleted',
        base,
        head: { 'actions/acme-ping/action.json': ACTION, 'README.md': 'hi\n' },
        expected: [{ severity: 'error', file: 'actions/acme-ping/action.json', line: 2, column: 11, message: lost(ACTION_PAGE), hint: /^add `docs\/actions\/reference\/generated\/acme-ping\.md` with the sections/ }],
      },
      {
        name: 'the page is renamed away',
        base,
        head: { 'actions/acme-ping/action.json': ACTION, 'docs/guide/acme-ping.md': PAGE, 'README.md': 'hi\n' },
        renames: [[ACTION_PAGE, 'docs/guide/acme-ping.md']],
        expected: [{ severity: 'error', file: 'actions/acme-ping/action.json', line: 2, column: 11, message: lost(ACTION_PAGE) }],
      },
    ]);
  });

  it('trigger-page-missing', () =>
    checkRuleTable('docs-updated/trigger-page-missing', [
      { name: 'documented', files: { 'triggers/acme-event/trigger.json': TRIGGER, 'docs/triggers/reference/acme-event.md': PAGE }, expected: [] },
      {
        name: 'without page',
        files: { 'triggers/acme-event/trigger.json': TRIGGER },
        expected: [
          {
            severity: 'error',
            file: 'triggers/acme-event/trigger.json',
            line: 2,
            column: 11,
            message: /^trigger `acme-event` has no docs page; expected `docs\/triggers\/reference\/acme-event\.md`$/,
            hint: /^add `docs\/triggers\/reference\/acme-event\.md` with the sections At a Glance, Payload Schema, Result Schema and Examples$/,
          },
        ],
      },
      { name: 'trigger.json that does not parse, at the start of its file', files: { 'triggers/acme-event/trigger.json': '{ "type": ' }, expected: [{ severity: 'error', file: 'triggers/acme-event/trigger.json', line: 1, column: 1, message: /trigger `acme-event` has no docs page/ }] },
    ]));
});
