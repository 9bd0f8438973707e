import { describe, expect, it } from 'vitest';
import { checkRuleTable, type ExpectedFinding } from '../../support/rule-harness.js';
import { at } from '../templates-portable/fixtures.js';
import { unknownNodeType } from '../../../src/items/definition-validates/unknown-node-type.js';
import { WF, fileText, type NodeSpec } from './expression-fixture.js';

const RULE = 'definition-validates/unknown-node-type';

const entry = (type: string) => ({ type, name: type, payloadSchema: { type: 'object' }, resultSchema: { type: 'object' } });
const CATALOG = JSON.stringify({
  source: 'https://api.b3os.org',
  fetchedAt: '2026-11-20T09:00:00Z',
  actions: ['post-message', 'post-messages', 'task-a', 'task-b', 'task-c', 'task-d', 'price-alarm', 'slack-send-message'].map(entry),
  logicActions: ['delay', 'log', 'wait'].map(entry),
  triggers: ['manual', 'price-alert', 'price-alerts'].map(entry),
});

/** root (a `manual` trigger, or `rootType`) → n (`node`). */
const nodes = (node: NodeSpec, rootType = 'manual'): Record<string, NodeSpec> => ({ root: { type: rootType, payload: {}, children: ['n'] }, n: node });
const pinned = (node: NodeSpec, rootType?: string) => ({ '.b3os/catalog.json': CATALOG, [WF]: fileText(nodes(node, rootType)) });
const typed = (type: string) => pinned({ type, payload: {} });
const waiting = (triggerType: string) => pinned({ type: 'wait', payload: { timeoutMs: 60000, triggerType, triggerConfig: {} } });

type Details = Omit<ExpectedFinding, 'file' | 'line' | 'column'>;

const cases: { name: string; files: Record<string, string>; expected: [string, Details][] }[] = [
  { name: 'known types, and a wait for a known trigger', files: waiting('price-alert'), expected: [] },
  { name: 'a node without type: left to workflow-shape', files: pinned({ payload: {} }), expected: [] },
  {
    name: 'two near misses',
    files: typed('post-mesage'),
    expected: [['"post-mesage"', { severity: 'error', message: /^node `n` has unknown type `post-mesage`; did you mean `post-message`, `post-messages`\?$/, hint: /^use `post-message`, or add the action to the repository or the pinned catalog$/ }]],
  },
  { name: 'four near misses: the first three', files: typed('task-e'), expected: [['"task-e"', { severity: 'error', message: /^node `n` has unknown type `task-e`; did you mean `task-a`, `task-b`, `task-c`\?$/ }]] },
  { name: 'a short type two edits away', files: typed('dealy'), expected: [['"dealy"', { severity: 'error', message: /; did you mean `delay`\?$/ }]] },
  {
    name: 'more edits than a fifth of the length: no suggestion',
    files: typed('slack-snd-mssg'),
    expected: [['"slack-snd-mssg"', { severity: 'error', message: /^node `n` has unknown type `slack-snd-mssg`$/, hint: /^check the spelling, add the action to the repository, or refresh the pinned catalog with `b3os-readiness catalog pull`$/ }]],
  },
  { name: 'a misspelt trigger: a trigger suggested', files: pinned({ type: 'log', payload: {} }, 'manul'), expected: [['"manul"', { severity: 'error', message: /^node `root` has unknown type `manul`; did you mean `manual`\?$/ }]] },
  { name: 'a misspelt trigger near an action: only the trigger suggested', files: pinned({ type: 'log', payload: {} }, 'price-alarn'), expected: [['"price-alarn"', { severity: 'error', message: /^node `root` has unknown type `price-alarn`; did you mean `price-alert`\?$/ }]] },
  {
    name: 'the retired webhook trigger',
    files: pinned({ type: 'log', payload: {} }, 'webhook'),
    expected: [['"webhook"', { severity: 'error', hint: /^use `"type": "manual"` and call the workflow's webhook URL with its secret; read the body as `\{\{\$trigger\.body\.…\}\}`$/ }]],
  },
  {
    name: 'a wait for a trigger named by an expression',
    files: waiting('{{$vars.trigger}}'),
    expected: [['"{{$vars.trigger}}"', { severity: 'notice', hint: /^write the trigger type as a literal name when it is known in advance$/ }]],
  },
  {
    name: 'a wait for an action near a trigger',
    files: waiting('price-alarm'),
    expected: [['"price-alarm"', { severity: 'error', message: /^wait node `n` waits for `price-alarm`, which is an action, not a trigger; did you mean `price-alert`\?$/, hint: /^use `price-alert`, or the trigger whose event the node waits for$/ }]],
  },
  {
    name: 'a wait for a logic node',
    files: waiting('delay'),
    expected: [['"delay"', { severity: 'error', message: /^wait node `n` waits for `delay`, which is a `logic` node, not a trigger$/, hint: /^set `triggerType` to the trigger whose event the node waits for$/ }]],
  },
  { name: 'a wait for a misspelt trigger', files: waiting('price-alrt'), expected: [['"price-alrt"', { severity: 'error', message: /^wait node `n` waits for unknown trigger `price-alrt`; did you mean `price-alert`, `price-alerts`\?$/, hint: /^use `price-alert`, or add the trigger to the repository or the pinned catalog$/ }]] },
  {
    name: 'a wait for an unknown trigger far from all',
    files: waiting('acme-door-opened'),
    expected: [['"acme-door-opened"', { severity: 'error', message: /^wait node `n` waits for unknown trigger `acme-door-opened`$/, hint: /^check the spelling, add the trigger to the repository, or refresh the pinned catalog with `b3os-readiness catalog pull`$/ }]],
  },
];

const shippedOnly = (node: NodeSpec) => ({ [WF]: fileText(nodes(node)) });

describe(RULE, () => {
  it('suggests known types of the same kind, and says how to fix the type', () =>
    checkRuleTable(RULE, cases.map(({ name, files, expected }) => ({ name, files, expected: expected.map(([needle, details]) => ({ ...at(files[WF], needle, WF), ...details })) }))));

  it('without a pinned catalog, says how to make the type checkable', () =>
    checkRuleTable(RULE, [
      { name: 'a shipped type', files: shippedOnly({ type: 'log', payload: { message: 'x' } }), expected: [] },
      {
        name: 'an action the gate does not ship',
        files: shippedOnly({ type: 'acme-telegram-broadcast', payload: {} }),
        expected: [{ ...at(shippedOnly({ type: 'acme-telegram-broadcast', payload: {} })[WF], '"acme-telegram-broadcast"', WF), severity: 'error', unverified: true, hint: /^pin the platform catalog with `b3os-readiness catalog pull` \(and commit `\.b3os\/catalog\.json`\), or add the action to the repository$/ }],
      },
    ]));

  it('says what it checks in its one-line description', () => expect(unknownNodeType.meta.description).toBe('every node type is a known action, trigger or built-in node'));
});
