import { isObject, type DefinitionNode, type DefinitionView } from '../b3os/definition.js';
import type { Catalog, CatalogEntry, FundsKind } from '../catalog/types.js';
import { fundsClassOf } from './classify.js';
import { payloadRolesOf, type PayloadRoles } from './roles.js';

/** A node that can move funds: how, why the gate thinks so, and what its payload fields mean. */
export interface FundsNode {
  readonly node: DefinitionNode;
  readonly entry?: CatalogEntry;
  readonly kind: FundsKind;
  readonly reason: string;
  readonly roles: PayloadRoles;
}

const cache = new WeakMap<DefinitionView, FundsNode[]>();

/** The funds nodes of a definition, in definition order; trigger nodes never move funds. */
export function fundsNodesOf(catalog: Catalog, view: DefinitionView): FundsNode[] {
  let found = cache.get(view);
  if (found) return found;
  found = [];
  for (const node of view.nodes) {
    if (node.type === undefined) continue;
    const entry = catalog.lookup(node.type);
    if (entry?.kind === 'trigger') continue;
    const moves = fundsClassOf(entry, node);
    if (moves) found.push({ node, entry, ...moves, roles: payloadRolesOf(entry, payloadKeys(node)) });
  }
  cache.set(view, found);
  return found;
}

/** The keys of a node's payload. */
export function payloadKeys(node: DefinitionNode): string[] {
  return isObject(node.value.payload) ? Object.keys(node.value.payload) : [];
}
