/**
 * Data a workflow takes from whoever calls its webhook URL: a `manual` trigger (b3os-platform.md
 * §3.3; `webhook` in older docs) starts the run with the caller's body and headers, read as
 * `{{$trigger.body…}}`, `{{$trigger.headers…}}` or `{{root.result.body…}}`.
 */
import type { DefinitionNode } from '../../b3os/definition.js';
import { scanExpressions, walkStrings } from '../../b3os/expressions.js';
import { referenceKey } from '../../funds/values.js';
import type { DefinitionGraph } from '../../b3os/definition-graph.js';

const INBOUND_TRIGGER_TYPES = new Set<string | undefined>(['manual', 'webhook']);

/** One read of a value in a node: where the string is, and the reference as written with its canonical key. */
export interface ValueRead {
  readonly node: DefinitionNode;
  readonly pointer: string;
  readonly isKey: boolean;
  /** The reference as written, without braces: `$trigger.body.to`. */
  readonly text: string;
  /** Its canonical key (`referenceKey`): `trigger:body.to`. */
  readonly key: string;
}

/** The first trigger node that can be called through the workflow's webhook URL. */
export function inboundTrigger(def: DefinitionGraph): DefinitionNode | undefined {
  return def.graph.triggers.map((id) => def.node(id)).find((node) => INBOUND_TRIGGER_TYPES.has(node.type));
}

/** True for the key of a value the webhook's caller chooses: the whole trigger, its body or its headers. */
export function isCallerValue(key: string): boolean {
  return key === 'trigger:' || ['body', 'headers'].some((part) => key === `trigger:${part}` || key.startsWith(`trigger:${part}.`));
}

/** Every reference in the payload and connector of a node, in document order. */
export function* readsOf(node: DefinitionNode): Generator<ValueRead> {
  for (const part of ['payload', 'connector']) {
    for (const site of walkStrings(node.value[part], `${node.pointer}/${part}`)) {
      for (const expression of scanExpressions(site.text).expressions) {
        for (const alternative of expression.alternatives) {
          const key = referenceKey(`{{${alternative.text}}}`);
          if (key !== undefined) yield { node, pointer: site.pointer, isKey: site.isKey, text: alternative.text, key };
        }
      }
    }
  }
}

/** The first read of a caller value in the definition, when it has an inbound trigger. */
export function firstCallerRead(def: DefinitionGraph): ValueRead | undefined {
  if (!inboundTrigger(def)) return undefined;
  for (const node of def.view.nodes) for (const read of readsOf(node)) if (isCallerValue(read.key)) return read;
  return undefined;
}
