import { nearestWords } from '../core/nearest.js';
import type { Catalog, CatalogEntry } from './types.js';

export { movesFunds } from './types.js';

/** The catalog layers, highest priority first (see `createCatalog`). */
export interface CatalogLayers {
  readonly repository: readonly CatalogEntry[];
  readonly pinned: readonly CatalogEntry[];
  readonly live?: readonly CatalogEntry[];
  readonly shipped: readonly CatalogEntry[];
  /** A source listing the whole platform was consulted (see `Catalog.complete`); default: a non-empty pinned layer or a live one. */
  readonly complete?: boolean;
}

const DEFAULT_SUGGESTIONS = 3;

/**
 * Builds the lookup over all layers. The first layer that knows a type wins as is, even when it
 * knows only the name and a lower layer has a schema: a repository or pinned definition is what the
 * author declared, and mixing layers would validate against a contract nobody wrote. Within one
 * layer the first entry of a type wins. The one exception is the shipped funds facts: they say what
 * the payload fields mean for the money a node moves, not what the payload may contain, and a
 * pinned or repository entry that states none must not make a send's recipient unchecked.
 */
export function createCatalog(layers: CatalogLayers): Catalog {
  const ordered = [layers.repository, layers.pinned, layers.live ?? [], layers.shipped];
  const byType = new Map<string, CatalogEntry>();
  for (const layer of ordered) {
    for (const entry of layer) {
      const winner = byType.get(entry.type);
      if (!winner) byType.set(entry.type, entry);
      else if (!winner.funds && entry.funds) byType.set(entry.type, { ...winner, funds: entry.funds });
    }
  }
  const sortedTypes = [...byType.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    lookup: (type) => byType.get(type),
    types: () => sortedTypes,
    suggest: (type, max = DEFAULT_SUGGESTIONS) => nearestWords(type, sortedTypes, max),
    complete: layers.complete ?? (layers.pinned.length > 0 || layers.live !== undefined),
  };
}

