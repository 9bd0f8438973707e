import { describe, expect, it } from 'vitest';
import { actionJsonEntry, triggerJsonEntry } from '../../src/catalog/repository.js';

const RULE = '3–50 characters of a-z, 0-9 and single inner hyphens (^[a-z0-9]+(-[a-z0-9]+)*$)';

const definition = {
  type: 'notify-team',
  name: 'Notify Team',
  description: 'Posts a message to the team channel. Ideal for: alerts.',
  category: 'messaging',
  payloadSchema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } }, additionalProperties: false },
  resultSchema: { type: 'object', properties: { ok: { type: 'boolean' } } },
  connector: { type: 'slack' },
  requiresGas: false,
  exampleInput: { text: 'hi' },
  exampleOutput: { ok: true },
  documentationUrl: 'https://example.com/notify-team',
};

describe('actionJsonEntry', () => {
  it('reads a valid action.json', () => {
    const { entry, problems } = actionJsonEntry(definition, 'actions/notify-team/action.json', 'notify-team');
    expect(problems).toEqual([]);
    expect(entry).toEqual({
      type: 'notify-team',
      kind: 'action',
      name: 'Notify Team',
      category: 'messaging',
      source: 'repository',
      origin: 'actions/notify-team/action.json',
      payloadSchema: definition.payloadSchema,
      resultSchema: definition.resultSchema,
      schemaCompleteness: 'complete',
      connector: { type: 'slack' },
      requiresGas: false,
      exampleOutput: { ok: true },
      documentationUrl: 'https://example.com/notify-team',
    });
  });

  it.each([
    { name: 'type differs from folder', type: 'notify-teams', folder: 'notify-team', messages: ['type `notify-teams` does not match its folder id `notify-team`'] },
    { name: 'upper case and underscore', type: 'My_Action', folder: 'My_Action', messages: [`\`My_Action\` breaks the SDK id rule: ${RULE}`] },
    { name: 'too short', type: 'ab', folder: 'ab', messages: [`\`ab\` breaks the SDK id rule: ${RULE}`] },
    { name: 'double hyphen', type: 'a--b', folder: 'a--b', messages: [`\`a--b\` breaks the SDK id rule: ${RULE}`] },
    { name: 'too long', type: 'a'.repeat(51), folder: 'a'.repeat(51), messages: [`\`${'a'.repeat(51)}\` breaks the SDK id rule: ${RULE}`] },
    {
      name: 'mismatch and bad id',
      type: '-notify',
      folder: 'notify',
      messages: ['type `-notify` does not match its folder id `notify`', `\`-notify\` breaks the SDK id rule: ${RULE}`],
    },
  ])('reports /type problems: $name', ({ type, folder, messages }) => {
    const { entry, problems } = actionJsonEntry({ ...definition, type }, `actions/${folder}/action.json`, folder);
    expect(problems).toEqual(messages.map((message) => ({ pointer: '/type', message })));
    expect(entry?.type).toBe(type);
  });

  it('accepts ids at the length limits', () => {
    for (const id of ['abc', 'a'.repeat(50), '0x-swap']) {
      expect(actionJsonEntry({ ...definition, type: id }, `actions/${id}/action.json`, id).problems).toEqual([]);
    }
  });

  it('uses the folder id when type is missing, and says so', () => {
    const { type: _type, ...rest } = definition;
    const { entry, problems } = actionJsonEntry(rest, 'actions/notify-team/action.json', 'notify-team');
    expect(problems).toEqual([{ pointer: '', message: 'the definition is missing `type`; set it to its folder id `notify-team`' }]);
    expect(entry?.type).toBe('notify-team');
  });

  it('reports a non-string type', () => {
    const { problems } = actionJsonEntry({ ...definition, type: 7 }, 'actions/notify-team/action.json', 'notify-team');
    expect(problems).toEqual([{ pointer: '/type', message: '`type` must be a string' }]);
  });

  it('reports fields of the wrong type at their pointer and leaves them out', () => {
    const value = { ...definition, payloadSchema: 'object', requiresGas: 'yes', connector: { type: 3 } };
    const { entry, problems } = actionJsonEntry(value, 'actions/notify-team/action.json', 'notify-team');
    expect(problems).toEqual([
      { pointer: '/payloadSchema', message: '`payloadSchema` must be object or null' },
      { pointer: '/connector/type', message: '`type` must be string' },
      { pointer: '/requiresGas', message: '`requiresGas` must be boolean or null' },
    ]);
    expect(entry).toMatchObject({ schemaCompleteness: 'name-only' });
    expect(entry).not.toHaveProperty('payloadSchema');
    expect(entry).not.toHaveProperty('connector');
    expect(entry).not.toHaveProperty('requiresGas');
  });

  it('gives no entry for a file that is not an object', () => {
    expect(actionJsonEntry(['x'], 'actions/x-y/action.json', 'x-y')).toEqual({
      problems: [{ pointer: '', message: 'actions/x-y/action.json must hold a JSON object' }],
    });
  });
});

describe('triggerJsonEntry', () => {
  const trigger = { type: 'order-paid', payloadSchema: { type: 'object' }, connector: { type: 'shopify' } };

  it('reads a valid trigger.json', () => {
    const { entry, problems } = triggerJsonEntry(trigger, 'triggers/order-paid/trigger.json', 'order-paid');
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ type: 'order-paid', kind: 'trigger', source: 'repository', schemaCompleteness: 'complete', connector: { type: 'shopify' } });
  });

  it('reports a type that differs from its folder', () => {
    const { problems } = triggerJsonEntry(trigger, 'triggers/order-created/trigger.json', 'order-created');
    expect(problems).toEqual([{ pointer: '/type', message: 'type `order-paid` does not match its folder id `order-created`' }]);
  });

  it('reports a bad waitPayloadSchema', () => {
    const { problems } = triggerJsonEntry({ ...trigger, waitPayloadSchema: [] }, 'triggers/order-paid/trigger.json', 'order-paid');
    expect(problems).toEqual([{ pointer: '/waitPayloadSchema', message: '`waitPayloadSchema` must be object or null' }]);
  });
});
