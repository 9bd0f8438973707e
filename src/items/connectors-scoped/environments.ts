/**
 * The environment inventories whose connectors a run checks: those of the workflows the change
 * concerns (their connectors in use), and the changed ones (all their connectors).
 */
import type { RuleContext } from '../../core/rule.js';
import type { ParsedDocument } from '../../parse/document.js';
import type { Environment } from '../../readiness/formats.js';
import { checkedFile, manifestOf, type Checked } from '../../readiness/inputs.js';
import { inventoryOf } from './inventory.js';
import { connectorUses, isLiteralId, usesIn } from './uses.js';

/** One inventory to check, and which of its connectors. */
export interface InventoryInScope {
  readonly name: string;
  readonly path: string;
  readonly doc: ParsedDocument;
  readonly env: Environment;
  /** True when the inventory itself changed (or in `all` mode): every connector is checked. */
  readonly changed: boolean;
  /** Connector ids the concerned workflows use. */
  readonly used: ReadonlySet<string>;
}

/** The inventories in scope, by path. */
export async function inventoriesInScope(ctx: RuleContext): Promise<InventoryInScope[]> {
  const byPath = new Map<string, { name: string; doc: ParsedDocument; env: Environment; changed: boolean; used: Set<string> }>();
  for (const object of ctx.affected.objects('environment')) {
    for (const file of object.files) {
      const found = (await checkedFile(ctx.head, file, 'environment')) as Checked<Environment>;
      if (found.state === 'valid') byPath.set(file, { name: object.id, doc: found.doc, env: found.value, changed: true, used: new Set() });
    }
  }
  for (const workflow of await connectorUses(ctx)) {
    const inventory = inventoryOf(workflow);
    if (inventory.state !== 'valid') continue;
    const entry = byPath.get(inventory.path) ?? { name: inventory.name, doc: inventory.doc, env: inventory.env, changed: false, used: new Set<string>() };
    for (const use of workflow.uses) if (isLiteralId(use.id)) entry.used.add(use.id);
    byPath.set(inventory.path, entry);
  }
  return [...byPath].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, entry]) => ({ path, ...entry }));
}

/** Connector ids used by any workflow at head whose manifest names the environment. */
export async function idsUsedInEnvironment(ctx: RuleContext, name: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const workflow of ctx.head.index.ofKind('workflow')) {
    const manifest = await manifestOf(ctx, workflow.id);
    if (manifest.state !== 'valid' || manifest.value.environment !== name) continue;
    for (const use of await usesIn(ctx, workflow.files)) if (isLiteralId(use.id)) ids.add(use.id);
  }
  return ids;
}
