import { describe, expect, it } from 'vitest';
import { resolveLiteralExpressions } from '../../src/b3os/literal-expressions.js';

describe('resolveLiteralExpressions', () => {
  it.each([
    ['a quoted string', "{{'attacker'}}", 'attacker'],
    ['a double-quoted string with spaces', '{{ "x" }}', 'x'],
    ['a number beyond doubles', '{{ 1e400 }}', Infinity],
    ['null', '{{ null }}', null],
    ['a boolean', '{{true}}', true],
    ['fallbacks of literals: the first truthy one', "{{ null || '' || 'b' }}", 'b'],
    ['fallbacks that are all falsy: the last', '{{ 0 || null }}', null],
    ['embedded literals become text', "-1{{''}} and {{ 2 }}", '-1 and 2'],
  ])('replaces %s', (_name, text, value) => {
    expect(resolveLiteralExpressions({ a: text })).toEqual({ a: value });
  });

  it('leaves strings with a reference, malformed braces or no expression as they are', () => {
    const payload = { a: "{{read.result.x || 'fallback'}}", b: '{{ 1 ', c: 'plain', d: ['{{$item}}', 3] };
    expect(resolveLiteralExpressions(payload)).toBe(payload);
  });

  it('replaces inside arrays and nested objects, keeping __proto__ keys as data', () => {
    const payload = JSON.parse('{"list": ["{{ 5 }}"], "__proto__": {"x": "{{ \'y\' }}"}}') as object;
    const resolved = resolveLiteralExpressions(payload) as Record<string, unknown>;
    expect(resolved.list).toEqual([5]);
    expect(Object.getOwnPropertyDescriptor(resolved, '__proto__')?.value).toEqual({ x: 'y' });
  });
});
