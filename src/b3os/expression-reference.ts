/**
 * The inside of one `{{ … }}` expression: fallbacks separated by `||`, each a literal or a
 * reference such as `$nodes.read.result.balance` or `read.result.items[0]`. Hand-written and linear
 * in the length of the text (no backtracking regular expressions on untrusted input).
 */

/** What a reference reads. `literal` is a fallback value, `unknown` anything not understood. */
export type ReferenceKind =
  | 'node' | 'trigger' | 'props' | 'inputs' | 'vars' | 'ask' | 'item' | 'index' | 'parent-item'
  | 'for' | 'workflow' | 'storage' | 'org' | 'literal' | 'unknown';

/**
 * One alternative of an expression. `path` holds the segments after the namespace and its id or
 * key (`$nodes.x.result.a[0]` → `['result', 'a', '0']`; `$for.outer.item` → `['item']`); for an
 * `unknown` reference that parsed as a path it holds every segment, and `problem` says what is wrong.
 */
export interface Reference {
  readonly kind: ReferenceKind;
  readonly nodeId?: string;
  readonly loopId?: string;
  readonly key?: string;
  readonly path: readonly string[];
  /** The alternative as written, trimmed. */
  readonly text: string;
  /** Why the reference is `unknown`. */
  readonly problem?: string;
}

/** The parts of a node that expressions can read: `<id>.result`, `<id>.payload`, `<id>.error`. */
export const NODE_PARTS: readonly string[] = ['result', 'payload', 'error'];

const KEYED = new Map<string, ReferenceKind>([['$props', 'props'], ['$inputs', 'inputs'], ['$vars', 'vars'], ['ask', 'ask']]);
const LOOP = new Map<string, ReferenceKind>([['$item', 'item'], ['$index', 'index'], ['$parent_item', 'parent-item']]);
const REST = new Map<string, ReferenceKind>([['$trigger', 'trigger'], ['$storage', 'storage'], ['$org', 'org']]);
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const NOT_IN_SEGMENT = new Set(['.', '[', ']', '{', '}', "'", '"', '|', ' ', '\t', '\n', '\r']);

/** The fallbacks of an expression's inside (without the braces), split at `||` outside quotes. */
export function parseAlternatives(inner: string): Reference[] {
  const parts: string[] = [];
  let quote = '';
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '|' && inner[i + 1] === '|') {
      parts.push(inner.slice(from, i));
      from = i + 2;
      i++;
    }
  }
  parts.push(inner.slice(from));
  return parts.map((part) => parseAlternative(part.trim()));
}

function parseAlternative(text: string): Reference {
  if (text === '') return unknown(text, [], 'an empty fallback');
  if (isLiteral(text)) return { kind: 'literal', path: [], text };
  const segments = parsePath(text);
  if (typeof segments === 'string') return unknown(text, [], segments);
  return classify(segments, text);
}

function isLiteral(text: string): boolean {
  if (text === 'true' || text === 'false' || text === 'null' || NUMBER.test(text)) return true;
  const quote = text[0];
  if ((quote !== "'" && quote !== '"') || text.length < 2 || text[text.length - 1] !== quote) return false;
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return false;
  }
  return true;
}

/** Segments of `a.b[0]['c']`, or a message saying why the text is not a path. */
function parsePath(text: string): string[] | string {
  const segments: string[] = [];
  let i = 0;
  const plain = (): string | undefined => {
    const from = i;
    while (i < text.length && !NOT_IN_SEGMENT.has(text[i])) i++;
    return i > from ? text.slice(from, i) : undefined;
  };
  const first = plain();
  if (first === undefined) return 'not a reference';
  segments.push(first);
  while (i < text.length) {
    const at = i;
    const c = text[i++];
    const next = c === '.' ? plain() : c === '[' ? bracket() : undefined;
    if (next === undefined) return c === '.' || c === '[' ? `a malformed path at \`${text.slice(at, at + 24)}\`` : 'not a reference';
    segments.push(next);
  }
  return segments;

  function bracket(): string | undefined {
    const close = text.indexOf(']', i);
    if (close < 0) return undefined;
    const inside = text.slice(i, close);
    i = close + 1;
    if (/^[0-9]+$/.test(inside)) return inside;
    const quoted = inside.length >= 2 && (inside[0] === "'" || inside[0] === '"') && inside[inside.length - 1] === inside[0];
    return quoted ? inside.slice(1, -1) : undefined;
  }
}

function classify(segments: string[], text: string): Reference {
  const [head, ...rest] = segments;
  const keyed = KEYED.get(head);
  if (keyed) return rest.length ? { kind: keyed, key: rest[0], path: rest.slice(1), text } : unknown(text, segments, `\`${head}\` needs a key`);
  const direct = LOOP.get(head) ?? REST.get(head);
  if (direct) return { kind: direct, path: rest, text };
  switch (head) {
    case '$nodes':
      if (rest.length >= 2 && NODE_PARTS.includes(rest[1])) return { kind: 'node', nodeId: rest[0], path: rest.slice(1), text };
      return unknown(text, segments, '`$nodes` needs a node id followed by `result`, `payload` or `error`');
    case '$for':
      if (rest.length >= 2 && (rest[1] === 'item' || rest[1] === 'index')) return { kind: 'for', loopId: rest[0], path: rest.slice(1), text };
      return unknown(text, segments, '`$for` needs a loop node id followed by `item` or `index`');
    case '$workflow':
    case '$workflowId': {
      const ok = head === '$workflow' ? rest.length === 1 && rest[0] === 'id' : rest.length === 0;
      return ok ? { kind: 'workflow', path: [], text } : unknown(text, segments, 'only `$workflow.id` and `$workflowId` exist');
    }
    case 'root':
      return { kind: 'node', nodeId: 'root', path: rest, text };
  }
  if (rest.length > 0 && NODE_PARTS.includes(rest[0])) return { kind: 'node', nodeId: head, path: rest, text };
  return unknown(text, segments, `unknown namespace \`${head}\``);
}

function unknown(text: string, path: readonly string[], problem: string): Reference {
  return { kind: 'unknown', path, text, problem };
}
