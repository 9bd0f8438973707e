import { createHash } from 'node:crypto';

/**
 * `sha256:` + the hex SHA-256 of a value serialised as canonical JSON: keys sorted at every level,
 * no whitespace. Manifests record it so evidence is tied to the exact definition it was made for.
 */
export function definitionHash(definition: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(definition)).digest('hex')}`;
}

/** Canonical JSON: object keys sorted by UTF-16 code units at every level, no whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
