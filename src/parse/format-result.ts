import type { OffsetProblem } from './problem.js';
import type { JsonValue } from './value-rules.js';

/** Text offsets `[start, end)`. */
export type OffsetRange = readonly [start: number, end: number];

/** Where the deepest existing node along a path is, and its key when it is a mapping member. */
export interface Resolved {
  readonly value: OffsetRange;
  readonly key?: OffsetRange;
}

/**
 * Finds the node at a path of unescaped pointer segments, stopping at the deepest node that
 * exists (so a missing member resolves to its parent). Never throws.
 */
export type Resolver = (segments: readonly string[]) => Resolved;

/** What a format parser (JSON or YAML) hands back to the document. */
export interface FormatResult {
  /** Undefined when any problem is fatal. */
  readonly value: JsonValue | undefined;
  readonly problems: readonly OffsetProblem[];
  /** Undefined when nothing was parsed far enough to locate. */
  readonly resolve: Resolver | undefined;
}

/** A result with no value: one or more problems stopped the parse. */
export function failedResult(problems: readonly OffsetProblem[], resolve?: Resolver): FormatResult {
  return { value: undefined, problems, resolve };
}

/** The result for a built value: undefined value when any problem is fatal. */
export function builtResult(value: JsonValue, problems: readonly OffsetProblem[], resolve: Resolver): FormatResult {
  return { value: problems.some((p) => p.fatal) ? undefined : value, problems, resolve };
}

/** A resolver whose index (a position tree) is built on the first call, then kept for later calls. */
export function lazyResolver(build: () => Resolver): Resolver {
  let resolver: Resolver | undefined;
  return (segments) => (resolver ??= build())(segments);
}
