import { createHash } from 'node:crypto';

/**
 * The short fingerprint of a secret: the first 8 hex digits of its SHA-256. It lets a team track
 * the same secret across runs and files; 32 bits are too few to confirm a guess of the value.
 */
export function fingerprintOf(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 8);
}
