import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../src/b3os/definition.js';
import type { SchemaChange, SchemaChangeKind } from '../../../src/contract/schema-diff.js';
import { parseDocument } from '../../../src/parse/document.js';
import type { UsingDefinition } from '../../../src/items/public-contract/definitions.js';
import { usersOfChange, type FieldContext } from '../../../src/items/public-contract/field-users.js';

/** A workflow `workflows/<name>/workflow.json` with the nodes given. */
function workflow(name: string, nodes: Record<string, object>): UsingDefinition {
  const path = `workflows/${name}/workflow.json`;
  const doc = parseDocument(path, new TextEncoder().encode(JSON.stringify({ name, definition: { nodes } })));
  const view = definitionOf(doc.value);
  if (!view) throw new Error('the test workflow has no nodes');
  return { object: { kind: 'workflow', id: name, files: [path] }, doc, view, label: `workflows/${name}` };
}

const change = (kind: SchemaChangeKind, ...path: string[]): SchemaChange => ({ kind, path, breaking: true, detail: '' });
const input: FieldContext = { type: 'acme-pay', direction: 'input', headSchema: {}, isTrigger: false };
const output: FieldContext = { ...input, direction: 'output' };
const trigger: FieldContext = { ...output, type: 'acme-paid', isTrigger: true };
const waits: FieldContext = { ...input, type: 'acme-paid', configuresWaits: true };

/** A node of type `acme-pay` with the payload given. */
const pay = (payload?: object) => ({ type: 'acme-pay', ...(payload ? { payload } : {}) });
/** A `log` node whose message is the text given. */
const log = (message: string) => ({ type: 'log', payload: { message } });
/** A `wait` node that waits for `type`, configured with `config` when given. */
const wait = (type: string, config?: object) => ({ type: 'wait', payload: { triggerType: type, ...(config ? { triggerConfig: config } : {}) } });

/** The labels `usersOfChange` finds among one workflow per entry (named `w0`, `w1`…). */
function users(change: SchemaChange, field: FieldContext, ...nodeSets: Array<Record<string, object>>): string[] {
  return usersOfChange(nodeSets.map((nodes, i) => workflow(`w${i}`, nodes)), change, field);
}

describe('usersOfChange: the workflows an input change reaches', () => {
  it.each<[string, SchemaChange, Array<Record<string, object>>, string[]]>([
    ['a new required field a node does not set', change('field-added-required', 'memo'), [{ p: pay({ amount: 1 }) }], ['workflows/w0']],
    ['a new required field the node sets', change('field-added-required', 'memo'), [{ p: pay({ memo: 'x' }) }], []],
    ['a field made required that one of two nodes lacks', change('became-required', 'memo'), [{ a: pay({ memo: 'x' }), b: pay({ amount: 1 }) }], ['workflows/w0']],
    ['a field made required that the node sets', change('became-required', 'memo'), [{ p: pay({ memo: 'x' }) }], []],
    ['a required field inside array items one item lacks', change('field-added-required', 'orders', '[]', 'id'), [{ p: pay({ orders: [{ id: 1 }, { qty: 2 }] }) }], ['workflows/w0']],
    ['a required field every array item sets', change('field-added-required', 'orders', '[]', 'id'), [{ p: pay({ orders: [{ id: 1 }, { id: 2 }] }) }], []],
    ['a narrowed field a node sets', change('type-narrowed', 'amount'), [{ p: pay({ amount: 1 }) }], ['workflows/w0']],
    ['a narrowed field the node does not set', change('type-narrowed', 'amount'), [{ p: pay({ memo: 'x' }) }], []],
    ['a narrowed field one of two nodes sets', change('type-narrowed', 'amount'), [{ a: pay({ memo: 'x' }), b: pay({ amount: 1 }) }], ['workflows/w0']],
    ['a narrowed root of a node without payload', change('type-narrowed'), [{ p: pay() }], []],
    ['a narrowed root of a node with a payload', change('type-narrowed'), [{ p: pay({}) }], ['workflows/w0']],
    ['a narrowed field inside array items', change('type-narrowed', 'orders', '[]', 'id'), [{ p: pay({ orders: [{ qty: 1 }, { id: 2 }] }) }], ['workflows/w0']],
    ['a narrowed field inside array items no item sets', change('type-narrowed', 'orders', '[]', 'id'), [{ p: pay({ orders: [{ qty: 1 }] }) }], []],
    ['a field of an object the node sets as an array', change('type-narrowed', 'orders', 'id'), [{ p: pay({ orders: [{ id: 1 }] }) }], []],
    ['a nested field the node does not reach', change('type-narrowed', 'meta', 'tag'), [{ p: pay({ meta: 'flat' }) }], []],
    ['a node of another type setting the field', change('type-narrowed', 'amount'), [{ p: { type: 'acme-refund', payload: { amount: 1 } } }], []],
  ])('%s', (_name, changed, nodeSets, expected) => {
    expect(users(changed, input, ...nodeSets)).toEqual(expected);
  });

  it('sorts the labels and names each once', () => {
    const definitions = [workflow('b', { p: pay({ amount: 1 }) }), workflow('a', { p: pay({ amount: 1 }) }), workflow('b', { q: pay({ amount: 2 }) })];
    expect(usersOfChange(definitions, change('type-narrowed', 'amount'), input)).toEqual(['workflows/a', 'workflows/b']);
  });
});

describe('usersOfChange: a newly closed object', () => {
  const headSchema = {
    type: 'object',
    properties: { meta: { type: 'object', properties: { tag: { type: 'string' } }, additionalProperties: false }, other: {}, list: { type: 'array', items: { properties: { id: {} } } } },
  };
  const closed = { ...input, headSchema };
  it.each<[string, SchemaChange, object, boolean]>([
    ['a property it does not declare', change('additional-properties-closed', 'meta'), { meta: { tag: 'a', other: 1 } }, true],
    ['only the properties it declares', change('additional-properties-closed', 'meta'), { meta: { tag: 'a' } }, false],
    ['a value that is no object', change('additional-properties-closed', 'meta'), { meta: 'tag' }, false],
    ['one of two array items with an undeclared property', change('additional-properties-closed', 'list', '[]'), { list: [{ id: 1 }, { id: 2, extra: 3 }] }, true],
    ['array items with declared properties only', change('additional-properties-closed', 'list', '[]'), { list: [{ id: 1 }] }, false],
    ['the root with the properties it declares', change('additional-properties-closed'), { meta: {}, other: 1 }, false],
    ['the root with one it does not', change('additional-properties-closed'), { meta: {}, tag: 1 }, true],
  ])('%s', (_name, changed, payload, reached) => {
    expect(users(changed, closed, { p: pay(payload) })).toEqual(reached ? ['workflows/w0'] : []);
  });
});

describe('usersOfChange: the triggerConfig of wait nodes', () => {
  it.each<[string, FieldContext, SchemaChange, Record<string, object>, boolean]>([
    ['a wait for the trigger that does not set a new required field', waits, change('field-added-required', 'memo'), { w: wait('acme-paid', { amount: 1 }) }, true],
    ['a wait for the trigger that sets it', waits, change('field-added-required', 'memo'), { w: wait('acme-paid', { memo: 'x' }) }, false],
    ['a wait for the trigger without triggerConfig', waits, change('field-added-required', 'memo'), { w: wait('acme-paid') }, false],
    ['a wait for another trigger', waits, change('field-added-required', 'memo'), { w: wait('acme-refunded', { amount: 1 }) }, false],
    ['another node with a triggerConfig', waits, change('field-added-required', 'memo'), { l: { type: 'log', payload: { triggerConfig: { amount: 1 } } } }, false],
    ['a narrowed root and a node that waits for nothing', waits, change('type-narrowed'), { l: log('x') }, false],
    ['waits not configured by this schema', { ...waits, configuresWaits: false }, change('field-added-required', 'memo'), { w: wait('acme-paid', { amount: 1 }) }, false],
  ])('%s', (_name, field, changed, nodes, reached) => {
    expect(users(changed, field, nodes)).toEqual(reached ? ['workflows/w0'] : []);
  });
});

describe('usersOfChange: the workflows an output change reaches', () => {
  it.each<[string, FieldContext, SchemaChange, Record<string, object>, boolean]>([
    ['a read of the field', output, change('field-removed', 'id'), { p: pay(), l: log('{{p.result.id}}') }, true],
    ['a read below the field', output, change('field-removed', 'id'), { p: pay(), l: log('{{p.result.id.hex}}') }, true],
    ['a read of the whole result', output, change('field-removed', 'id', 'hex'), { p: pay(), l: log('{{p.result}}') }, true],
    ['a read of another field', output, change('field-removed', 'id'), { p: pay(), l: log('{{p.result.other}}') }, false],
    ['a read of a sibling below a shorter path', output, change('field-removed', 'id', 'hex'), { p: pay(), l: log('{{p.result.other}}') }, false],
    ['a read of the field of another node', output, change('field-removed', 'id'), { p: pay(), l: log('{{x.result.id}}') }, false],
    ['a read of an array item by index', output, change('field-removed', 'fills', '[]', 'px'), { p: pay(), l: log('{{p.result.fills[12].px}}') }, true],
    ['a read of an array item above the field', output, change('field-removed', 'fills', '[]', 'px'), { p: pay(), l: log('{{p.result.fills[0]}}') }, true],
    ['a read below the field through a two-digit index', output, change('field-removed', 'fills', '[]', 'px'), { p: pay(), l: log('{{p.result.fills[12].px.hex}}') }, true],
    ['a read of an array item above the field by a two-digit index', output, change('field-removed', 'fills', '[]', 'px'), { p: pay(), l: log('{{p.result.fills[12]}}') }, true],
    ['a read by index where an object member is', output, change('field-removed', 'ids', 'first'), { p: pay(), l: log('{{p.result.ids[0]}}') }, false],
    ['a read of a named member where items are', output, change('field-removed', 'fills', '[]', 'px'), { p: pay(), l: log('{{p.result.fills.first.px}}') }, false],
    ['a read of a member named like an index', output, change('field-removed', 'fills', '[]', 'px'), { p: pay(), l: log('{{p.result.fills.1a.px}} {{p.result.fills.a1.px}}') }, false],
    ['a trigger read in a workflow of another action', output, change('field-removed', 'id'), { p: pay(), l: log('{{$trigger.id}}') }, false],
    ['a trigger read of the trigger', trigger, change('field-removed', 'id'), { t: { type: 'acme-paid' }, l: log('{{$trigger.id}}') }, true],
    ['a trigger read in a workflow without the trigger', trigger, change('field-removed', 'id'), { l: log('{{$trigger.id}}') }, false],
    ['a trigger read in a workflow that only waits for it', trigger, change('field-removed', 'id'), { w: wait('acme-paid', {}), l: log('{{$trigger.id}}') }, false],
  ])('%s', (_name, field, changed, nodes, reached) => {
    expect(users(changed, field, nodes)).toEqual(reached ? ['workflows/w0'] : []);
  });
});
