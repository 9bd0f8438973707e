import { UserError } from '../core/errors.js';

/** `value` when it is one of `allowed`; a usage error naming `flag` otherwise. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (allowed.includes(value as T)) return value as T;
  throw new UserError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
}
