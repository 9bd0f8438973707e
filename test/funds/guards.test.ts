import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../src/b3os/definition.js';
import { buildGraph } from '../../src/b3os/graph.js';
import { constraintsOn, isRestricted, restricts, type GuardedGraph } from '../../src/funds/guards.js';
import { referenceKey } from '../../src/funds/values.js';

type Nodes = Record<string, Record<string, unknown>>;

function graphOf(nodes: Nodes, triggerNodeIds = ['root']): GuardedGraph {
  const view = definitionOf({ definition: { triggerNodeIds, nodes } } as never)!;
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  return { graph: buildGraph(view), node: (id) => byId.get(id)! };
}

const AMOUNT = '{{$trigger.body.amount}}';
const amountKey = referenceKey(AMOUNT)!;
const cond = (test: Record<string, unknown>) => ({ condition: { $and: [{ [AMOUNT]: test }] } });
const root = (children: string[]) => ({ type: 'manual', payload: {}, children });

describe('constraintsOn', () => {
  it('holds on the then branch of a guard every path passes', () => {
    const def = graphOf({ root: root(['g']), g: { type: 'if', payload: cond({ $lte: '100' }), children: ['pay'] }, pay: { type: 'x', payload: {}, branch: 'then' } });
    expect(constraintsOn(def, 'pay', amountKey)).toEqual([{ guard: 'g', op: '$lte', operand: '100' }]);
  });

  it('is nothing on the else branch of an $and of two tests, the negation on the else branch of one', () => {
    const two = { condition: { $and: [{ [AMOUNT]: { $lte: '100' } }, { '{{$trigger.body.to}}': { $eq: '0xa' } }] } };
    const def = graphOf({ root: root(['g']), g: { type: 'if', payload: two, children: ['pay'] }, pay: { type: 'x', payload: {}, branch: 'else' } });
    expect(constraintsOn(def, 'pay', amountKey)).toEqual([]);
    const one = graphOf({ root: root(['g']), g: { type: 'if', payload: cond({ $lte: '100' }), children: ['pay'] }, pay: { type: 'x', payload: {}, branch: 'else' } });
    expect(constraintsOn(one, 'pay', amountKey)).toEqual([{ guard: 'g', op: '$gt', operand: '100' }]);
  });

  it('negates every member of an $or on the else branch', () => {
    const payload = { condition: { $or: [{ [AMOUNT]: { $gt: '100' } }, { '{{$trigger.body.to}}': { $nin: ['0xa'] } }] } };
    const def = graphOf({ root: root(['g']), g: { type: 'if', payload, children: ['pay'] }, pay: { type: 'x', payload: {}, branch: 'else' } });
    expect(constraintsOn(def, 'pay', amountKey)).toEqual([{ guard: 'g', op: '$lte', operand: '100' }]);
    expect(constraintsOn(def, 'pay', referenceKey('{{root.result.body.to}}')!)).toEqual([{ guard: 'g', op: '$in', operand: ['0xa'] }]);
  });

  it('is nothing when one path reaches the node around the guard', () => {
    const def = graphOf({
      root: root(['g', 'side']),
      g: { type: 'if', payload: cond({ $lte: '100' }), children: ['pay'] },
      side: { type: 'log', payload: {}, children: ['pay'] },
      pay: { type: 'x', payload: {}, branch: 'then' },
    });
    expect(constraintsOn(def, 'pay', amountKey)).toEqual([]);
  });

  it('holds below the guarded branch, and for a guard two levels up', () => {
    const def = graphOf({
      root: root(['g']),
      g: { type: 'if', payload: cond({ $in: ['1', '2'] }), children: ['mid'] },
      mid: { type: 'log', payload: {}, branch: 'then', children: ['pay'] },
      pay: { type: 'x', payload: {} },
    });
    expect(isRestricted(def, 'pay', amountKey)).toBe(true);
    expect(isRestricted(def, 'pay', referenceKey('{{$trigger.body.other}}')!)).toBe(false);
  });

  it('ignores operands that are expressions, and nodes no trigger reaches', () => {
    const def = graphOf({
      root: root(['g']),
      g: { type: 'if', payload: cond({ $lte: '{{$props.max}}' }), children: ['pay'] },
      pay: { type: 'x', payload: {}, branch: 'then' },
      orphan: { type: 'if', payload: cond({ $lte: '1' }), children: ['lost'] },
      lost: { type: 'x', payload: {}, branch: 'then' },
    });
    expect(constraintsOn(def, 'pay', amountKey)).toEqual([]);
    expect(constraintsOn(def, 'lost', amountKey)).toEqual([]);
  });

  it('treats a bare operand as $eq and keeps every operator of one test', () => {
    const payload = { condition: { $and: [{ [AMOUNT]: '5' }, { [AMOUNT]: { $gte: '1', $lt: '10' } }] } };
    const def = graphOf({ root: root(['g']), g: { type: 'if', payload, children: ['pay'] }, pay: { type: 'x', payload: {}, branch: 'then' } });
    expect(constraintsOn(def, 'pay', amountKey).map((c) => c.op)).toEqual(['$eq', '$gte', '$lt']);
  });
});

describe('referenceKey', () => {
  it('gives one key to the aliases of one value and none to fallbacks', () => {
    expect(referenceKey('{{$nodes.read.result.balance}}')).toBe(referenceKey('{{read.result.balance}}'));
    expect(referenceKey('{{$trigger.body.a}}')).toBe(referenceKey('{{ root.result.body.a }}'));
    expect(referenceKey('{{$trigger.body.a || 0}}')).toBeUndefined();
    expect(referenceKey('pay {{$trigger.body.a}}')).toBeUndefined();
  });
});

describe('restricts', () => {
  const holds = (op: string, operand: unknown) => restricts({ guard: 'g', op, operand: operand as never });
  it('counts $eq, $in, numeric bounds and $startsWith a fixed https origin', () => {
    expect([holds('$eq', 'x'), holds('$in', ['a']), holds('$lte', '100'), holds('$gt', 0), holds('$startsWith', 'https://erp.acme.example/')]).toEqual([true, true, true, true, true]);
  });
  it('does not count tests that let a chosen value through', () => {
    const loose = [holds('$exists', true), holds('$notExists', false), holds('$ne', 'x'), holds('$nin', ['x']), holds('$contains', 'acme'), holds('$endsWith', '.example')];
    const text = [holds('$gte', 'https://'), holds('$startsWith', 'https://erp.acme.example'), holds('$startsWith', 'http://erp.acme.example/'), holds('$startsWith', 'https://user@evil.example/'), holds('$in', 'x')];
    expect([...loose, ...text].some(Boolean)).toBe(false);
  });
});
