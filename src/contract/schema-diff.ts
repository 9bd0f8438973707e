import { canonicalJson } from './canonical.js';
import { facetChanges } from './facet-diff.js';
import { fieldChanges } from './field-diff.js';
import { changeOf, ITEMS_SEGMENT, type Direction, type SchemaChange } from './schema-change.js';
import { itemsOf, propertiesOf } from './schema-view.js';

export type { Direction, SchemaChange, SchemaChangeKind } from './schema-change.js';
export { ITEMS_SEGMENT, pathText } from './schema-change.js';

/** Deeper property paths are compared as a whole (schemas are untrusted). */
export const MAX_PATH_DEPTH = 32;
/** At most this many schema nodes are compared; the rest is one `not-compared` change. */
export const MAX_SCHEMA_NODES = 5_000;

interface Pending {
  readonly before: unknown;
  readonly after: unknown;
  readonly path: readonly string[];
}

/**
 * The differences between two versions of a payload (`input`) or result (`output`) schema, each
 * with its breaking verdict for that direction (see `schema-change.ts`). Walks properties present
 * in both versions and array `items`, breadth first, without recursion. Total: any value is a
 * schema (non-objects read as `{}`). A differing subtree deeper than `MAX_PATH_DEPTH` is one
 * `not-compared` change (breaking) instead of being walked; past `MAX_SCHEMA_NODES` the walk stops
 * with one `not-compared` change for everything left.
 */
export function diffSchemas(before: unknown, after: unknown, direction: Direction): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const queue: Pending[] = [{ before, after, path: [] }];
  let visited = 0;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    visited += 1;
    if (visited > MAX_SCHEMA_NODES) {
      changes.push(changeOf(next.path, 'not-compared', direction, `more than ${MAX_SCHEMA_NODES} schema nodes; ${queue.length + 1} subschemas not compared`));
      break;
    }
    if (next.path.length > MAX_PATH_DEPTH) {
      changes.push(...notCompared(next, direction));
      continue;
    }
    changes.push(...facetChanges(next.before, next.after, next.path, direction));
    changes.push(...fieldChanges(next.before, next.after, next.path, direction));
    queue.push(...childrenOf(next));
  }
  return changes;
}

/** The pairs of subschemas to compare next: properties present on both sides, then `items`. */
function childrenOf({ before, after, path }: Pending): Pending[] {
  const was = propertiesOf(before);
  const now = propertiesOf(after);
  const children: Pending[] = [...now.keys()]
    .filter((name) => was.has(name))
    .sort()
    .map((name) => ({ before: was.get(name), after: now.get(name), path: [...path, name] }));
  const wasItems = itemsOf(before);
  const nowItems = itemsOf(after);
  if (wasItems !== undefined && nowItems !== undefined) children.push({ before: wasItems, after: nowItems, path: [...path, ITEMS_SEGMENT] });
  return children;
}

function notCompared({ before, after, path }: Pending, direction: Direction): SchemaChange[] {
  if (canonicalJson(before) === canonicalJson(after)) return [];
  return [changeOf(path, 'not-compared', direction, `nested deeper than ${MAX_PATH_DEPTH} levels; compared as a whole`)];
}
