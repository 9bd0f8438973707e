import type { ParseLimits } from './problem.js';
import type { JsonValue } from './value-rules.js';

/** The first limit a value breaks, with the path to where it breaks it. */
export interface LimitBreach {
  readonly code: 'too-deep' | 'too-many-nodes';
  readonly path: readonly string[];
}

interface Frame {
  readonly value: JsonValue;
  readonly level: number;
  readonly parent?: Frame;
  readonly key?: string;
}

/**
 * Walks a converted value iteratively, in document order, counting every value (a shared alias
 * target counts each time it is reached) and the nesting level of containers. Stops at the first
 * breach, so its cost is bounded by `maxNodes` whatever the aliases expand to.
 */
export function firstLimitBreach(root: JsonValue, limits: ParseLimits): LimitBreach | undefined {
  const stack: Frame[] = [{ value: root, level: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (++nodes > limits.maxNodes) return { code: 'too-many-nodes', path: pathOf(frame) };
    const { value } = frame;
    if (value === null || typeof value !== 'object') continue;
    if (frame.level > limits.maxDepth) return { code: 'too-deep', path: pathOf(frame) };
    const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const child = (value as { [key: string]: JsonValue })[keys[i]];
      stack.push({ value: child, level: frame.level + 1, parent: frame, key: keys[i] });
    }
  }
  return undefined;
}

function pathOf(frame: Frame): string[] {
  const path: string[] = [];
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}
