import type { ItemDefinition } from '../core/rule.js';
import type { ItemGroup, ItemId, ObjectKind } from '../core/types.js';

/**
 * An item whose rules are not built yet. It has no rules, so whenever the change touches what it
 * concerns, the engine reports it `incomplete` and the gate fails closed; it never passes.
 */
export function pending(id: ItemId, title: string, group: ItemGroup, concerns: readonly ObjectKind[]): ItemDefinition {
  return { id, title, group, concerns, rules: [] };
}
