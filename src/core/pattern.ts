/**
 * Path patterns of the repository conventions, e.g. `workflows/{slug}/workflow.json` or
 * `packages/sdk/actions/{id}/**`. `{name}` captures one path segment, `*` matches within a
 * segment, `**` matches any number of segments. Patterns come from our own defaults or from the
 * configuration read at the base ref, never from the checked change itself.
 */
export interface PathPattern {
  readonly source: string;
  /** The capture name, when the pattern has one (`slug`, `id`, `type`, `env`). */
  readonly capture?: string;
  /** The captured segment when `path` matches, `''` for a match without capture, else undefined. */
  match(path: string): string | undefined;
}

/** What a regular expression reads as an operator: literal in a pattern (`?` too: it is no wildcard here). */
const SPECIAL = /[.+?^$()|[\]\\]/g;

/** Compiles a pattern. Throws an Error naming the pattern when it has more than one capture. */
export function compilePattern(source: string): PathPattern {
  const captures = [...source.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]);
  if (captures.length > 1) throw new Error(`pattern "${source}" has more than one {capture}`);
  const body = source
    .split('/')
    .map((segment) => segmentRegex(segment))
    .join('/')
    .replace(/\/\(\?:\.\*\)$/, '(?:/.*)?')
    .replace(/\(\?:\.\*\)\//g, '(?:.*/)?');
  const regex = new RegExp(`^${body}$`);
  return {
    source,
    capture: captures[0],
    match(path) {
      const m = regex.exec(path);
      if (!m) return undefined;
      return m[1] ?? '';
    },
  };
}

function segmentRegex(segment: string): string {
  if (segment === '**') return '(?:.*)';
  return segment
    .replace(SPECIAL, '\\$&')
    .replace(/\{[a-z]+\}/, '([^/]+)')
    .replace(/\*/g, '[^/]*');
}

/** Fills the capture of a pattern, e.g. `docs/actions/reference/generated/{id}.md` with `send`. */
export function fillPattern(source: string, value: string): string {
  return source.replace(/\{[a-z]+\}/, value);
}
