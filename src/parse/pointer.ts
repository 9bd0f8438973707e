/**
 * RFC 6901 JSON pointers: `''` is the whole document, `/a~1b/0` is member `a/b`, then index 0.
 */

/** The pointer for a path of member names and array indexes (`~` → `~0`, `/` → `~1`). */
export function pointerOf(segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of segments) pointer += `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return pointer;
}

/**
 * The unescaped segments of a pointer, or undefined when it is malformed (does not start with `/`,
 * or has a `~` not followed by `0` or `1`).
 */
export function segmentsOf(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  const parts = pointer.slice(1).split('/');
  if (parts.some((part) => /~(?![01])/.test(part))) return undefined;
  return parts.map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The array index a segment names (`0`, `12`, never `01` or `-`), if it is below `length`. */
export function arrayIndexOf(segment: string, length: number): number | undefined {
  if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
  const index = Number(segment);
  return index < length ? index : undefined;
}
