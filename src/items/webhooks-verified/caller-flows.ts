/**
 * Where a value the webhook's caller chooses reaches a privileged node without an upstream guard:
 * directly, or through the output of a `code-transform` that was fed caller data. A value is
 * guarded when an `if` on every path to the node restricts it (`isRestricted` of `funds/guards.ts`):
 * `$eq`, `$in`, a numeric bound, `$startsWith` a fixed https origin; `$exists` and the like are no guard.
 */
import type { Catalog } from '../../catalog/types.js';
import { isRestricted } from '../../funds/guards.js';
import type { DefinitionGraph } from '../../b3os/definition-graph.js';
import { privilegedNodes } from './privileged.js';
import { inboundTrigger, isCallerValue, readsOf, type ValueRead } from './webhook-data.js';

/** A caller value that reaches a privileged node unchecked. */
export interface CallerFlow {
  /** The read in the privileged node. */
  readonly read: ValueRead;
  /** Why the node is privileged. */
  readonly why: string;
  /** The caller value as written where it enters the workflow: `$trigger.body.to`. */
  readonly source: string;
  /** The code-transform the value went through, if any. */
  readonly via?: string;
}

/** The unguarded caller flows of a workflow started through its webhook URL; empty for any other workflow. */
export function unguardedCallerFlows(catalog: Catalog, def: DefinitionGraph): CallerFlow[] {
  if (!inboundTrigger(def)) return [];
  const transforms = callerFedTransforms(def);
  const out: CallerFlow[] = [];
  for (const [id, why] of privilegedNodes(catalog, def.view)) {
    for (const read of readsOf(def.node(id))) {
      const direct = isCallerValue(read.key);
      const via = direct ? undefined : transformRead(transforms, read);
      if (!direct && via === undefined) continue;
      const origin = via === undefined ? read : transforms.get(via)!;
      const guarded = isRestricted(def, id, read.key) || isRestricted(def, id, origin.key) || (via !== undefined && isRestricted(def, via, origin.key));
      if (!guarded) out.push({ read, why, source: origin.text, ...(via ? { via } : {}) });
    }
  }
  return out;
}

/**
 * The code-transform nodes fed caller data, directly or through another such transform, each with
 * the caller read it comes from. Repeated to a fixed point: chains of transforms stay tainted.
 */
function callerFedTransforms(def: DefinitionGraph): Map<string, ValueRead> {
  const out = new Map<string, ValueRead>();
  const transforms = def.view.nodes.filter((node) => node.type === 'code-transform');
  for (let grew = true; grew; ) {
    grew = false;
    for (const node of transforms) {
      if (out.has(node.id)) continue;
      for (const read of readsOf(node)) {
        const origin = isCallerValue(read.key) ? read : out.get(transformRead(out, read) ?? '');
        if (!origin) continue;
        out.set(node.id, origin);
        grew = true;
        break;
      }
    }
  }
  return out;
}

/** The id of the tainted transform a read reads, if it reads one (`node:<id>:…` keys). */
function transformRead(transforms: ReadonlyMap<string, ValueRead>, read: ValueRead): string | undefined {
  for (const id of transforms.keys()) if (read.key.startsWith(`node:${id}:`)) return id;
  return undefined;
}
