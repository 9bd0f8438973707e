import { describe, expect, it } from 'vitest';
import { hasExpression, isWholeExpression, scanExpressions, walkStrings, type Reference } from '../../src/b3os/expressions.js';

/** The one expression of a string, as its references without `text`. */
function refsOf(text: string): Array<Omit<Reference, 'text'>> {
  const { expressions, problems } = scanExpressions(text);
  expect(problems).toEqual([]);
  expect(expressions).toHaveLength(1);
  return expressions[0].alternatives.map(({ text: _text, ...rest }) => rest);
}

describe('scanExpressions: references', () => {
  it.each<[string, Array<Omit<Reference, 'text'>>]>([
    ['{{$nodes.read.result.balance}}', [{ kind: 'node', nodeId: 'read', path: ['result', 'balance'] }]],
    ['{{read.result.balance}}', [{ kind: 'node', nodeId: 'read', path: ['result', 'balance'] }]],
    ['{{ read.payload.chainId }}', [{ kind: 'node', nodeId: 'read', path: ['payload', 'chainId'] }]],
    ['{{$nodes.read.error}}', [{ kind: 'node', nodeId: 'read', path: ['error'] }]],
    ['{{root.result.body.userId}}', [{ kind: 'node', nodeId: 'root', path: ['result', 'body', 'userId'] }]],
    ['{{root.input.field}}', [{ kind: 'node', nodeId: 'root', path: ['input', 'field'] }]],
    ['{{node-1.result.x}}', [{ kind: 'node', nodeId: 'node-1', path: ['result', 'x'] }]],
    ['{{$trigger}}', [{ kind: 'trigger', path: [] }]],
    ['{{$trigger.headers.x-request-id}}', [{ kind: 'trigger', path: ['headers', 'x-request-id'] }]],
    ['{{$props.watchAddress}}', [{ kind: 'props', key: 'watchAddress', path: [] }]],
    ['{{$props.recipients.address}}', [{ kind: 'props', key: 'recipients', path: ['address'] }]],
    ['{{$inputs.coinId}}', [{ kind: 'inputs', key: 'coinId', path: [] }]],
    ['{{$vars.count}}', [{ kind: 'vars', key: 'count', path: [] }]],
    ['{{ask.wallet_address}}', [{ kind: 'ask', key: 'wallet_address', path: [] }]],
    ['{{$item}}', [{ kind: 'item', path: [] }]],
    ['{{$item.name}}', [{ kind: 'item', path: ['name'] }]],
    ['{{$index}}', [{ kind: 'index', path: [] }]],
    ['{{$parent_item.id}}', [{ kind: 'parent-item', path: ['id'] }]],
    ['{{$for.outer_loop.item.id}}', [{ kind: 'for', loopId: 'outer_loop', path: ['item', 'id'] }]],
    ['{{$for.outer_loop.index}}', [{ kind: 'for', loopId: 'outer_loop', path: ['index'] }]],
    ['{{$workflow.id}}', [{ kind: 'workflow', path: [] }]],
    ['{{$workflowId}}', [{ kind: 'workflow', path: [] }]],
    ['{{$storage.lastRun}}', [{ kind: 'storage', path: ['lastRun'] }]],
    ['{{$org.stores.main.key}}', [{ kind: 'org', path: ['stores', 'main', 'key'] }]],
  ])('%s', (text, expected) => expect(refsOf(text)).toEqual(expected));

  it('reads `[0]` and `.0` alike, and quoted bracket keys', () => {
    expect(refsOf('{{read.result.items[0].price}}')).toEqual(refsOf('{{read.result.items.0.price}}'));
    expect(refsOf(`{{read.result['odd key']["x"]}}`)).toEqual([{ kind: 'node', nodeId: 'read', path: ['result', 'odd key', 'x'] }]);
  });

  it('splits fallbacks at `||`, with literals', () => {
    const { expressions } = scanExpressions(`{{ read.result.count || $vars.count || 0 || -1.5e3 || 'a || b' || "x" || true || false || null }}`);
    expect(expressions[0].alternatives.map((r) => [r.kind, r.text])).toEqual([
      ['node', 'read.result.count'], ['vars', '$vars.count'], ['literal', '0'], ['literal', '-1.5e3'],
      ['literal', "'a || b'"], ['literal', '"x"'], ['literal', 'true'], ['literal', 'false'], ['literal', 'null'],
    ]);
  });

  it.each<[string, RegExp]>([
    ['{{foo.bar}}', /unknown namespace `foo`/],
    ['{{amount}}', /unknown namespace `amount`/],
    ['{{$env.SECRET}}', /unknown namespace `\$env`/],
    ['{{$nodes.read}}', /`\$nodes` needs a node id followed by/],
    ['{{$nodes.read.output}}', /`\$nodes` needs a node id followed by/],
    ['{{$for.loop.value}}', /`\$for` needs a loop node id followed by `item` or `index`/],
    ['{{$workflow.name}}', /only `\$workflow.id` and `\$workflowId` exist/],
    ['{{$props}}', /`\$props` needs a key/],
    ['{{read.result.}}', /malformed path at `\.`/],
    ['{{read..result}}', /malformed path at `\.\.result`/],
    ['{{read.result[x]}}', /malformed path at `\[x\]`/],
    ['{{a + 1}}', /not a reference/],
    ['{{read.result.x ||}}', /an empty fallback/],
    ['{{{x}}}', /not a reference/],
  ])('%s is unknown', (text, problem) => {
    const ref = scanExpressions(text).expressions[0].alternatives.find((r) => r.kind === 'unknown');
    expect(ref?.problem).toMatch(problem);
  });

  it('gives offsets and sources of every expression in a longer string', () => {
    const { expressions } = scanExpressions('ETH at ${{a.result.p}} ({{ $index }})');
    expect(expressions.map((e) => [e.start, e.end, e.source])).toEqual([[8, 22, '{{a.result.p}}'], [24, 36, '{{ $index }}']]);
  });
});

describe('scanExpressions: brace problems', () => {
  it.each<[string, Array<[string, number]>, number]>([
    ['Balance {{read.result.balance', [['unclosed', 8]], 0],
    ['Balance read.result.balance}}', [['stray-close', 27]], 0],
    ['{{a {{b}} }} then {{c.result}}', [['nested', 4]], 1],
    ['{{a {{b}}', [['unclosed', 0], ['nested', 4]], 0],
    ['x {{ }} y', [['empty', 2]], 0],
    ['{{}}', [['empty', 0]], 0],
    ['{x.result.y}}', [['stray-close', 11]], 0],
    ['}} {{a.result}} {{', [['stray-close', 0], ['unclosed', 16]], 1],
    ['{{a.result.message}}}', [['stray-close', 20]], 1],
    ['{"text": {{a.result.message}}}', [], 1],
    ['{{a.result.message}} }', [], 1],
  ])('%s', (text, problems, count) => {
    const result = scanExpressions(text);
    expect(result.problems.map((p) => [p.code, p.offset])).toEqual(problems);
    expect(result.expressions).toHaveLength(count);
  });

  it('does not take JSON or code kept in a string for stray braces', () => {
    const blocks = '[{"type":"section","text":{"type":"mrkdwn","text":"{{read.result.balance}}"}}]';
    expect(scanExpressions(blocks)).toMatchObject({ problems: [], expressions: [{ source: '{{read.result.balance}}' }] });
    expect(scanExpressions('function transform(input){ if (input) { return {a:{b:1}}} }').problems).toEqual([]);
  });

  it('stays linear on 10,000 braces in one string', () => {
    for (const text of ['{{'.repeat(10_000), '}}'.repeat(10_000), '{{a.result'.repeat(10_000), '{{a.result.b}}'.repeat(10_000), `{{${'a.'.repeat(10_000)}}}`, `{{${'|'.repeat(20_000)}}}`]) {
      const started = performance.now();
      scanExpressions(text);
      expect(performance.now() - started, text.slice(0, 12)).toBeLessThan(500);
    }
    expect(scanExpressions('}}'.repeat(10_000)).problems).toHaveLength(10_000);
    expect(scanExpressions('{{a.result.b}}'.repeat(10_000)).expressions).toHaveLength(10_000);
  });
});

describe('isWholeExpression and hasExpression', () => {
  it.each<[string, boolean, boolean]>([
    ['{{$nodes.read.result.balance}}', true, true],
    ['{{ a.result.x || 0 }}', true, true],
    ['Balance {{a.result.x}}', false, true],
    [' {{a.result.x}}', false, true],
    ['{{a.result.x}} {{b.result.y}}', false, true],
    ['no braces', false, false],
  ])('%s', (text, whole, has) => {
    expect(isWholeExpression(text)).toBe(whole);
    expect(hasExpression(text)).toBe(has);
  });
});

describe('walkStrings', () => {
  it('yields member names and strings in document order with JSON pointers', () => {
    const payload = { condition: { $and: [{ '{{a.result.x}}': { $gte: '{{b}}' } }] }, 'a/b': ['x', 1, null, 'y'] };
    expect([...walkStrings(payload, '/payload')]).toEqual([
      { text: 'condition', pointer: '/payload/condition', isKey: true },
      { text: '$and', pointer: '/payload/condition/$and', isKey: true },
      { text: '{{a.result.x}}', pointer: '/payload/condition/$and/0/{{a.result.x}}', isKey: true },
      { text: '$gte', pointer: '/payload/condition/$and/0/{{a.result.x}}/$gte', isKey: true },
      { text: '{{b}}', pointer: '/payload/condition/$and/0/{{a.result.x}}/$gte', isKey: false },
      { text: 'a/b', pointer: '/payload/a~1b', isKey: true },
      { text: 'x', pointer: '/payload/a~1b/0', isKey: false },
      { text: 'y', pointer: '/payload/a~1b/3', isKey: false },
    ]);
  });

  it('walks 20,000 levels without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const sites = [...walkStrings(deep, '')];
    expect(sites).toHaveLength(1);
    expect(sites[0].pointer).toBe('/0'.repeat(20_000));
  });
});
