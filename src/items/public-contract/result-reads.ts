import { scanExpressions, walkStrings } from '../../b3os/expressions.js';

/** A read of a node's result in an expression: `{{$nodes.<id>.result.a.b}}` or `{{<id>.result.a.b}}`. */
export interface ResultRead {
  /** The node id, or `$trigger` for `{{$trigger.…}}` (the trigger's result). */
  readonly nodeId: string;
  /** The segments after `result` (after `$trigger` for trigger reads); array indexes as digits. */
  readonly path: readonly string[];
}

/** The result reads of every expression (fallbacks included) in the strings and keys of a value. */
export function resultReadsIn(value: unknown): ResultRead[] {
  const reads: ResultRead[] = [];
  for (const site of walkStrings(value, '')) {
    if (!site.text.includes('{{')) continue;
    for (const expression of scanExpressions(site.text).expressions) {
      for (const reference of expression.alternatives) {
        if (reference.kind === 'trigger') reads.push({ nodeId: '$trigger', path: reference.path });
        // Only a node reference carries a node id.
        else if (reference.nodeId !== undefined && reference.path[0] === 'result') reads.push({ nodeId: reference.nodeId, path: reference.path.slice(1) });
      }
    }
  }
  return reads;
}
