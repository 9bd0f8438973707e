/**
 * The environment inventories whose connectors a run checks: those of the workflows the change
 * concerns (their connectors in use), and the changed ones (all their connectors).
 */
import type { RuleContext } from '../../core/rule.js';
import type { ParsedDocument } from '../../parse/document.js';
import type { Environment } from '../../readiness/formats.js';
import { checkedFile, type Checked } from '../../readiness/inputs.js';
import { inventoryOf } from './inventory.js';
import { isLiteralId, type WorkflowConnectors } from './uses.js';

/** A valid inventory, by the environment's name. */
export interface FoundInventory {
  readonly name: string;
  readonly path: string;
  readonly doc: ParsedDocument;
  readonly env: Environment;
}

/** One inventory to check, and which of its connectors. */
export interface InventoryInScope extends FoundInventory {
  /** True when the inventory itself changed (or in `all` mode): every connector is checked. */
  readonly changed: boolean;
  /** Connector ids the concerned workflows use. */
  readonly used: ReadonlySet<string>;
}

/** The inventories of the concerned workflows, by path, with the connector ids they use; gathered workflow by workflow. */
export type GatheredUses = Map<string, Omit<FoundInventory, 'path'> & { readonly used: Set<string> }>;

/** Adds a concerned workflow's readable inventory and the literal connector ids it uses. */
export function gatherUses(gathered: GatheredUses, workflow: WorkflowConnectors): void {
  const inventory = inventoryOf(workflow);
  if (inventory.state !== 'valid') return;
  let entry = gathered.get(inventory.path);
  if (!entry) gathered.set(inventory.path, (entry = { name: inventory.name, doc: inventory.doc, env: inventory.env, used: new Set() }));
  for (const use of workflow.uses) if (isLiteralId(use.id)) entry.used.add(use.id);
}

/** The inventories in scope, by path: the changed ones and those `gathered` from the concerned workflows. */
export async function inventoriesInScope(ctx: RuleContext, gathered: GatheredUses): Promise<InventoryInScope[]> {
  const byPath = new Map<string, Omit<InventoryInScope, 'path'> & { used: Set<string> }>();
  for (const { path, ...found } of await changedInventories(ctx)) byPath.set(path, { ...found, changed: true, used: new Set() });
  for (const [path, { name, doc, env, used }] of gathered) {
    const entry = byPath.get(path) ?? { name, doc, env, changed: false, used: new Set<string>() };
    for (const id of used) entry.used.add(id);
    byPath.set(path, entry);
  }
  return [...byPath].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, entry]) => ({ path, ...entry }));
}

/** The valid inventories the change touches, sorted by path. */
export async function changedInventories(ctx: RuleContext): Promise<FoundInventory[]> {
  const byPath = new Map<string, FoundInventory>();
  for (const object of ctx.affected.objects('environment')) {
    for (const file of object.files) {
      const found = (await checkedFile(ctx.head, file, 'environment')) as Checked<Environment>;
      if (found.state === 'valid') byPath.set(file, { name: object.id, path: file, doc: found.doc, env: found.value });
    }
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}
