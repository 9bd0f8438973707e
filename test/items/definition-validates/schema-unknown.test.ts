import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { schemaUnknown } from '../../../src/items/definition-validates/schema-unknown.js';

const RULE = 'definition-validates/schema-unknown';
const WF = 'workflows/ping/workflow.json';
const ACTION = 'actions/acme-ping/action.json';
const CATALOG = '.b3os/catalog.json';

/** A workflow whose `ping` node has `type` (no type at all for `undefined`). */
const workflow = (type: string | undefined) =>
  `${JSON.stringify({ name: 'Ping', description: 'Pings.', definition: { nodes: { root: { type: 'manual', payload: {}, children: ['ping'] }, ping: { ...(type === undefined ? {} : { type }), payload: {} } } } }, null, 2)}\n`;
const action = (fields: Record<string, unknown> = {}) => `${JSON.stringify({ type: 'acme-ping', name: 'Acme ping', resultSchema: { type: 'object' }, ...fields }, null, 2)}\n`;
const pinned = (entry: Record<string, unknown>) =>
  `${JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', actions: [entry], logicActions: [], triggers: [{ type: 'manual', name: 'Manual', payloadSchema: { type: 'object' }, resultSchema: { type: 'object' } }] }, null, 2)}\n`;
/** The place of the `type` of node `ping` in `workflow(...)`. */
const AT_TYPE = { file: WF, line: 14, column: 17 };

describe(RULE, () => {
  it('leaves a node whose type is known only by name unverified, with the fix for where the name came from', () =>
    checkRuleTable(RULE, [
      { name: 'a repository action with a payload schema', files: { [WF]: workflow('acme-ping'), [ACTION]: action({ payloadSchema: { type: 'object' } }) }, expected: [] },
      {
        name: 'a repository action without a payload schema',
        files: { [WF]: workflow('acme-ping'), [ACTION]: action() },
        expected: [
          {
            ...AT_TYPE,
            severity: 'error',
            unverified: true,
            message: /^no payload schema is known for node `ping` of type `acme-ping` \(only its name, from .*action\.json.*\)$/,
            hint: /^give the definition a `payloadSchema` written as data \(a JSON object, or an object literal in `schema\.ts`\)$/,
          },
        ],
      },
      {
        name: 'a pinned entry without a payload schema',
        files: { [WF]: workflow('acme-send'), [CATALOG]: pinned({ type: 'acme-send', name: 'Acme send', resultSchema: { type: 'object' } }) },
        expected: [{ ...AT_TYPE, severity: 'error', unverified: true, hint: /^the pinned catalog lists the type without a payload schema: pull it again with `b3os-readiness catalog pull`, or add the schema to the entry$/ }],
      },
      { name: 'a node without a type is left to workflow-shape', files: { [WF]: workflow(undefined), [ACTION]: action() }, expected: [] },
      { name: 'a type no catalog knows is left to unknown-node-type', files: { [WF]: workflow('acme-pong') }, expected: [] },
      { name: 'a workflow that does not parse', files: { [WF]: '{\n  "name": "Ping",\n  "definition": {\n', [ACTION]: action() }, expected: [] },
    ]));
});

describe(`${RULE}: meta`, () => {
  it('says what it checks in its one-line description', () => expect(schemaUnknown.meta.description).toBe('every node type has a payload schema to validate against'));
});
