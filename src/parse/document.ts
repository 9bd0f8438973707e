import { decodeText, tooLarge } from './decode.js';
import type { FormatResult, Resolved } from './format-result.js';
import { findHiddenCharacters } from './hidden.js';
import { parseJson, parseJsonPositioned } from './json.js';
import { lineTableOf, type LineTable } from './lines.js';
import { segmentsOf } from './pointer.js';
import { DEFAULT_LIMITS, fileStartSpan, type OffsetProblem, type ParseLimits, type ParseProblem, type Span } from './problem.js';
import type { JsonValue } from './value-rules.js';
import { parseYaml, parseYamlPositioned } from './yaml.js';

export { DEFAULT_LIMITS } from './problem.js';
export type { ParseLimits, ParseProblem, ParseProblemCode, Span } from './problem.js';
export type { JsonValue } from './value-rules.js';
export { pointerOf, segmentsOf } from './pointer.js';

/** A parsed JSON or YAML file with every problem found and a way back from values to positions. */
export interface ParsedDocument {
  readonly path: string;
  readonly format: 'json' | 'yaml';
  /** Decoded text ('' when the bytes could not be decoded). */
  readonly text: string;
  /** Undefined when any problem is fatal. */
  readonly value: JsonValue | undefined;
  /** Sorted by position. */
  readonly problems: readonly ParseProblem[];
  /** Span of the value at an RFC 6901 JSON pointer ('' = root); falls back to the nearest existing ancestor, then 1:1. Never throws. */
  locate(pointer: string): Span;
  /** Span of the KEY of the member at the pointer (for "unknown key" findings); falls back like locate. */
  locateKey(pointer: string): Span;
}

/** `json` for `.json`, `yaml` for `.yaml`/`.yml` (any case), otherwise undefined. */
export function formatOf(path: string): 'json' | 'yaml' | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

/**
 * Decodes and parses a file by its extension (anything not `.json` is read as YAML, a superset of
 * JSON). Limits left out take `DEFAULT_LIMITS`. Never throws, whatever the bytes are: a failure
 * of the parser itself becomes a fatal problem.
 */
export function parseDocument(path: string, bytes: Uint8Array, limits?: Partial<ParseLimits>): ParsedDocument {
  return parseWith(path, bytes, limits, false);
}

/**
 * The reference parse: a position for every node built up front, as `parseDocument` does only for
 * files with a problem. Same value and problems as `parseDocument` for every input.
 */
export function parseDocumentWithPositions(path: string, bytes: Uint8Array, limits?: Partial<ParseLimits>): ParsedDocument {
  return parseWith(path, bytes, limits, true);
}

function parseWith(path: string, bytes: Uint8Array, limits: Partial<ParseLimits> | undefined, positioned: boolean): ParsedDocument {
  const format = formatOf(path) ?? 'yaml';
  try {
    return parseBytes(path, format, bytes, effectiveLimits(limits), positioned);
  } catch {
    const problem: ParseProblem = { code: 'syntax', fatal: true, message: 'the parser failed on this file', span: fileStartSpan() };
    return documentOf(path, format, '', undefined, [problem]);
  }
}

/** The document of a file whose stored size is over the cap: reported without reading it. */
export function oversizedDocument(path: string, size: number, maxBytes: number): ParsedDocument {
  return documentOf(path, formatOf(path) ?? 'yaml', '', undefined, [tooLarge(size, maxBytes)]);
}

function parseBytes(path: string, format: 'json' | 'yaml', bytes: Uint8Array, limits: ParseLimits, positioned: boolean): ParsedDocument {
  const decoded = decodeText(bytes, limits.maxBytes);
  if (!decoded.ok) return documentOf(path, format, '', undefined, [decoded.problem]);
  const lines = lineTableOf(decoded.text);
  const result = parseText(decoded.text, format, limits, lines, positioned);
  const offsetProblems = [...result.problems, ...findHiddenCharacters(decoded.text)];
  const problems = sortProblems(offsetProblems.map((p) => toParseProblem(p, lines)));
  const value = problems.some((p) => p.fatal) ? undefined : result.value;
  return documentOf(path, format, decoded.text, value, problems, result.resolve && { lines, resolve: result.resolve });
}

function effectiveLimits(limits: Partial<ParseLimits> | undefined): ParseLimits {
  const pick = (name: keyof ParseLimits): number => {
    const given = limits?.[name];
    return typeof given === 'number' && Number.isFinite(given) && given >= 0 ? given : DEFAULT_LIMITS[name];
  };
  return { maxBytes: pick('maxBytes'), maxDepth: pick('maxDepth'), maxNodes: pick('maxNodes'), maxAliases: pick('maxAliases') };
}

function parseText(text: string, format: 'json' | 'yaml', limits: ParseLimits, lines: LineTable, positioned: boolean): FormatResult {
  try {
    if (format === 'json') return (positioned ? parseJsonPositioned : parseJson)(text, limits, lines);
    return (positioned ? parseYamlPositioned : parseYaml)(text, limits, lines);
  } catch (error) {
    const tooDeep = error instanceof RangeError;
    const message = tooDeep ? 'nesting too deep to parse' : 'the parser failed on this file';
    return { value: undefined, problems: [{ code: tooDeep ? 'too-deep' : 'syntax', fatal: true, message, start: 0, end: 0 }], resolve: undefined };
  }
}

function toParseProblem(problem: OffsetProblem, lines: LineTable): ParseProblem {
  const { code, fatal, message, hint, start, end } = problem;
  const span = lines.span(start, end);
  return hint === undefined ? { code, fatal, message, span } : { code, fatal, message, hint, span };
}

function sortProblems(problems: ParseProblem[]): ParseProblem[] {
  return problems.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}

interface Locator {
  readonly lines: LineTable;
  readonly resolve: (segments: readonly string[]) => Resolved;
}

function documentOf(
  path: string,
  format: 'json' | 'yaml',
  text: string,
  value: JsonValue | undefined,
  problems: readonly ParseProblem[],
  locator?: Locator,
): ParsedDocument {
  const find = (pointer: string, atKey: boolean): Span => {
    try {
      if (!locator) return fileStartSpan();
      const found = locator.resolve(segmentsOf(pointer) ?? []);
      const [start, end] = (atKey && found.key) || found.value;
      return locator.lines.span(start, end);
    } catch {
      return fileStartSpan();
    }
  };
  return { path, format, text, value, problems, locate: (pointer) => find(pointer, false), locateKey: (pointer) => find(pointer, true) };
}
