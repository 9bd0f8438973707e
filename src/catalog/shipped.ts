import data from './platform-catalog.json' with { type: 'json' };
import type { CatalogEntry } from './types.js';

/** The shape scripts/build-platform-catalog.mjs writes. */
interface ShippedCatalogFile {
  readonly actions: readonly Omit<CatalogEntry, 'source'>[];
  readonly triggers: readonly Omit<CatalogEntry, 'source'>[];
  readonly logic: readonly Omit<CatalogEntry, 'source'>[];
}

// The JSON's inferred type is a union of literal shapes; the build script guarantees the entry shape.
const shipped = data as unknown as ShippedCatalogFile;

/**
 * The catalog shipped inside the action (generated from the public B3OS docs, the `WorkflowType`
 * enum and the built-in node list), every entry with source 'shipped'. A fresh array per call.
 */
export function shippedEntries(): CatalogEntry[] {
  return [...shipped.actions, ...shipped.triggers, ...shipped.logic].map((entry) => ({
    ...entry,
    source: 'shipped' as const,
  }));
}
