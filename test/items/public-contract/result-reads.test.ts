import { describe, expect, it } from 'vitest';
import { resultReadsIn } from '../../../src/items/public-contract/result-reads.js';

describe('resultReadsIn', () => {
  it.each([
    ['{{$nodes.q.result.price}}', ['q:price']],
    ['price {{ q.result.fills[0].px }} at {{root.result.body.id}}', ['q:fills.0.px', 'root:body.id']],
    ['{{q.result.count || other.result.total || 0}}', ['q:count', 'other:total']],
    ['{{$trigger.body.amount}}', ['$trigger:body.amount']],
    ['{{q.payload.token}} {{$props.x}} {{q.result}}', ['q:']],
    ['{{$props.cfg.result.a}} {{$vars.result}} {{$for.loop.item.result}}', []],
    ['no expression here', []],
  ])('%s', (text, expected) => {
    expect(resultReadsIn({ message: text }).map((r) => `${r.nodeId}:${r.path.join('.')}`)).toEqual(expected);
  });

  it('reads keys and nested values, and survives deep nesting', () => {
    let deep: unknown = '{{d.result.x}}';
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    expect(resultReadsIn({ conditions: { '{{k.result.ok}}': 'yes' }, deep }).map((r) => r.nodeId).sort()).toEqual(['d', 'k']);
  });
});
