import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { parseLimit } from '../../src/run/isolated-engine.js';

describe('parseLimit', () => {
  it.each([
    ['deadlineSeconds', '1', 1],
    ['deadlineSeconds', '300', 300],
    ['deadlineSeconds', '86400', 86_400],
    ['heapMb', '8', 8],
    ['heapMb', '65536', 65_536],
    ['heapMb', '01024', 1024],
  ] as const)('%s %s is accepted', (kind, text, expected) => {
    expect(parseLimit(kind, text, '--x')).toBe(expected);
  });

  it.each([
    ['deadlineSeconds', '0', '--time-limit must be a whole number from 1 to 86,400, got "0"'],
    ['deadlineSeconds', '86401', '--time-limit must be a whole number from 1 to 86,400, got "86401"'],
    ['deadlineSeconds', '2147484', '--time-limit must be a whole number from 1 to 86,400, got "2147484"'],
    ['heapMb', '7', '--time-limit must be a whole number from 8 to 65,536, got "7"'],
    ['heapMb', '65537', '--time-limit must be a whole number from 8 to 65,536, got "65537"'],
    ['heapMb', '99999999', '--time-limit must be a whole number from 8 to 65,536, got "99999999"'],
    ['heapMb', '1e3', '--time-limit must be a whole number from 8 to 65,536, got "1e3"'],
    ['heapMb', '', '--time-limit must be a whole number from 8 to 65,536, got ""'],
    ['heapMb', '-8', '--time-limit must be a whole number from 8 to 65,536, got "-8"'],
    ['heapMb', '1234567890', '--time-limit must be a whole number from 8 to 65,536, got "1234567890"'],
  ] as const)('%s %j is refused', (kind, text, message) => {
    expect(() => parseLimit(kind, text, '--time-limit')).toThrow(new UserError(message));
  });
});
