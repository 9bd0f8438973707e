/**
 * Canonical JSON text for comparing untrusted schema values: object keys sorted at every level.
 * Bounded: literal schemas may share subtrees, so a value larger than the budget (or deeper than
 * the depth cap) gets a text of its own that equals no other, and compares as changed.
 */

const MAX_NODES = 20_000;
const MAX_DEPTH = 100;
let oversized = 0;

/** The canonical text of a value, or a unique marker when it is too large to compare. */
export function canonicalJson(value: unknown): string {
  const budget = { left: MAX_NODES };
  const text = write(value, 0, budget);
  return text ?? `\u0000oversized:${(oversized += 1)}`;
}

function write(value: unknown, depth: number, budget: { left: number }): string | undefined {
  budget.left -= 1;
  if (budget.left < 0 || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return joined(value.map((item) => write(item, depth + 1, budget)), '[', ']');
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => {
        const text = write(record[key], depth + 1, budget);
        return text === undefined ? undefined : `${JSON.stringify(key)}:${text}`;
      });
    return joined(members, '{', '}');
  }
  return JSON.stringify(value) ?? 'null';
}

function joined(parts: ReadonlyArray<string | undefined>, open: string, close: string): string | undefined {
  return parts.some((p) => p === undefined) ? undefined : `${open}${parts.join(',')}${close}`;
}
