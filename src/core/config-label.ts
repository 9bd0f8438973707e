/** How findings and notes name the configuration and the refs it was read at. */

/** How every finding about the version a change proposes begins (its place is in the head, not the base). */
export const PROPOSED = 'the configuration this change proposes';

/** The first 7 characters of a commit id; other refs as they are. */
export function shortRef(ref: string): string {
  return /^[0-9a-f]{7,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
