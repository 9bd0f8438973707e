/**
 * The connector inventory a workflow is checked against: the environment its manifest names. When
 * it cannot be read, the reason is one unverified finding for the workflow.
 */
import { locationIn, startOf } from '../../core/locate.js';
import type { RuleContext } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import type { ParsedDocument } from '../../parse/document.js';
import type { Environment, InventoryConnector } from '../../readiness/formats.js';
import { checkedFile, type Checked } from '../../readiness/inputs.js';
import { idLocation, isLiteralId, type ConnectorUse, type WorkflowConnectors } from './uses.js';

/** A readable inventory, or why there is none. */
export type Inventory =
  | { readonly state: 'valid'; readonly name: string; readonly path: string; readonly doc: ParsedDocument; readonly env: Environment }
  | { readonly state: 'unknown'; readonly message: string; readonly hint: string; readonly location: Location };

/** The inventory of the environment a workflow's manifest names. */
export function inventoryOf(workflow: WorkflowConnectors): Inventory {
  const { manifest, environment } = workflow.inputs;
  if (manifest.state === 'missing') {
    const at = workflow.uses.find((u) => isLiteralId(u.id)) ?? workflow.uses[0];
    return unknown(`the connectors of workflow \`${workflow.slug}\` cannot be checked: it has no readiness manifest (${manifest.expected}) naming its environment`, `add ${manifest.expected} with \`environment:\` and \`owner:\``, () => idLocation(at));
  }
  if (manifest.state === 'invalid') return unknown('the connectors of this workflow cannot be checked: its manifest does not parse or match its schema', 'fix the problems definition-validates/manifest-shape reports in this file', () => startOf(manifest.path));
  if (!environment || environment.state === 'missing') {
    const expected = environment?.state === 'missing' ? environment.expected : 'its inventory file';
    return unknown(`environment \`${manifest.value.environment}\` has no inventory (${expected}), so its connectors cannot be checked`, `add ${expected} listing the connectors with their owners and scopes`, () => locationIn(manifest.doc, '/environment'));
  }
  if (environment.state === 'invalid') return unknown('the connectors of the workflows of this environment cannot be checked: the file does not parse or match its schema', 'fix the problems definition-validates/environment-shape reports in this file', () => startOf(environment.path));
  return { state: 'valid', name: manifest.value.environment, path: environment.path, doc: environment.doc, env: environment.value };
}

/** A readable inventory. */
export type ValidInventory = Extract<Inventory, { state: 'valid' }>;

/** A node's use of a connector that the inventory of its workflow's environment lists. */
export interface ListedUse {
  readonly use: ConnectorUse;
  readonly inventory: ValidInventory;
  readonly entry: InventoryConnector;
}

/** The uses of a workflow whose literal id its readable inventory lists, with that entry. */
export function listedUses(workflow: WorkflowConnectors): ListedUse[] {
  const inventory = inventoryOf(workflow);
  if (inventory.state !== 'valid') return [];
  const out: ListedUse[] = [];
  for (const use of workflow.uses) {
    const found = isLiteralId(use.id) ? entryOf(inventory, use.id) : undefined;
    if (found) out.push({ use, inventory, entry: found.entry });
  }
  return out;
}

/** Most askers only need to know that the inventory is unknown: the place is found when a finding reads it. */
function unknown(message: string, hint: string, locate: () => Location): Inventory {
  return {
    state: 'unknown',
    message,
    hint,
    get location() {
      return locate();
    },
  };
}

/** The inventory entry of a connector id, with its index in `connectors`. */
export function entryOf(inventory: ValidInventory, id: string): { entry: InventoryConnector; index: number } | undefined {
  const index = (inventory.env.connectors ?? []).findIndex((c) => c.id === id);
  return index < 0 ? undefined : { entry: inventory.env.connectors![index], index };
}

/** The organization a connector belongs to: its own, else the environment's. */
export function organizationOf(inventory: ValidInventory, entry: InventoryConnector): string {
  return entry.organization ?? inventory.env.orgId;
}

/** The other environment inventories at head that list a connector id (for "it belongs to `staging`"). */
export async function environmentsHolding(ctx: RuleContext, id: string, except: string): Promise<string[]> {
  const names: string[] = [];
  for (const object of ctx.head.index.ofKind('environment')) {
    for (const file of object.files) {
      if (file === except) continue;
      const found = (await checkedFile(ctx.head, file, 'environment')) as Checked<Environment>;
      if (found.state === 'valid' && (found.value.connectors ?? []).some((c) => c.id === id)) names.push(object.id);
    }
  }
  return names.sort();
}
