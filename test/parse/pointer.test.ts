import { describe, expect, it } from 'vitest';
import { arrayIndexOf, pointerOf, segmentsOf } from '../../src/parse/pointer.js';

describe('pointerOf / segmentsOf (RFC 6901)', () => {
  it.each([
    [[], ''],
    [['definition', 'nodes', 'pay_vendor'], '/definition/nodes/pay_vendor'],
    [['a/b', 'c~d', 0], '/a~1b/c~0d/0'],
    [['~1'], '/~01'],
    [[''], '/'],
    [['', ''], '//'],
  ] as const)('%j <-> %j', (segments, pointer) => {
    expect(pointerOf(segments)).toBe(pointer);
    expect(segmentsOf(pointer)).toEqual(segments.map(String));
  });

  it.each(['definition', 'a/b', '/a~2', '/a~'])('rejects malformed pointer %j', (pointer) => {
    expect(segmentsOf(pointer)).toBeUndefined();
  });

  it.each([
    ['0', 3, 0],
    ['2', 3, 2],
    ['3', 3, undefined],
    ['01', 3, undefined],
    ['-', 3, undefined],
    ['1e0', 3, undefined],
  ] as const)('array index %j of length %i is %j', (segment, length, index) => {
    expect(arrayIndexOf(segment, length)).toBe(index);
  });
});
