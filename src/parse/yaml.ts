import { Composer, Parser, type Document, type YAMLError } from 'yaml';
import { builtResult, failedResult, lazyResolver, type FormatResult, type Resolver } from './format-result.js';
import type { LineTable } from './lines.js';
import { firstLimitBreach } from './measure.js';
import { quoteText, visibleText, type OffsetProblem, type ParseLimits, type ParseProblemCode } from './problem.js';
import { tooDeepProblem, tooManyNodesProblem, type JsonValue } from './value-rules.js';
import { checkYamlTree } from './yaml-checks.js';
import { firstDeepCollection, firstDeepToken } from './yaml-depth.js';
import { fastYamlValue } from './yaml-fast.js';
import { yamlResolver } from './yaml-locate.js';

/**
 * YAML 1.2 core schema only: no merge keys, no yaml-1.1 booleans, and no `!!binary`, `!!timestamp`,
 * `!!set`, `!!omap` (known tags the library would turn into non-JSON values). `uniqueKeys` is off because
 * `checkYamlTree` finds duplicates in linear time, as JavaScript keys (the library's check is
 * quadratic in the number of keys, and misses `1` vs `"1"`).
 */
const COMPOSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  uniqueKeys: false,
  strict: true,
  prettyErrors: false,
} as const;

const LIBRARY_CODES: Readonly<Record<string, ParseProblemCode>> = {
  RESOURCE_EXHAUSTION: 'too-deep',
  TAG_RESOLVE_FAILED: 'tag',
  DUPLICATE_KEY: 'duplicate-key',
};

// The library's wording names its grammar; these say what to change in the file.
const PLAIN_MESSAGES: Readonly<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a mapping starts on the same line as a key, or this line is indented too far: put each key on its own line, indented evenly',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line: the next line is probably indented too far',
  TAB_AS_INDENT: 'a tab indents this line: YAML indents with spaces only',
};

/**
 * Parses one YAML document. Plain text with no problem takes `js-yaml` and composes its positions
 * only when something is first located; anything else takes the positioned parse.
 */
export function parseYaml(text: string, limits: ParseLimits, lines: LineTable): FormatResult {
  const fast = fastYamlValue(text, limits);
  if (!fast) return parseYamlPositioned(text, limits, lines);
  return builtResult(fast.value, [], lazyResolver(() => composedResolver(text)));
}

/**
 * Positions of text the fast parse read cleanly: composing is enough (its depth, aliases and
 * values were checked already), so the checks and the conversion are not run again.
 */
function composedResolver(text: string): Resolver {
  const [doc] = new Composer(COMPOSE_OPTIONS).compose(new Parser().parse(text));
  return doc ? yamlResolver(doc, text) : EMPTY_RESOLVER;
}

const EMPTY_RESOLVER: Resolver = () => ({ value: [0, 0] });

/**
 * The reference parse of one YAML document: depth checked on lexer tokens and on the concrete tree before the
 * recursive composer runs, then the library's errors and warnings, our tree rules, conversion,
 * and the node/depth walk over the converted value (which sees alias expansion).
 */
export function parseYamlPositioned(text: string, limits: ParseLimits, lines: LineTable): FormatResult {
  const lexedAt = firstDeepToken(text, limits.maxDepth);
  if (lexedAt >= 0) return failedResult([tooDeepProblem(limits.maxDepth, lexedAt)]);
  const tokens = Array.from(new Parser().parse(text));
  const deepAt = firstDeepCollection(tokens, limits.maxDepth);
  if (deepAt >= 0) return failedResult([tooDeepProblem(limits.maxDepth, deepAt)]);
  const composer = new Composer(COMPOSE_OPTIONS);
  const docs = Array.from(composer.compose(tokens));
  if (docs.length === 0) return emptyStream(text, composer.streamInfo().errors);
  const resolve = yamlResolver(docs[0], text);
  if (docs.length > 1) return failedResult([multiDocumentProblem(docs[1])], resolve);
  const problems = [...libraryProblems(text, docs[0]), ...checkYamlTree(docs[0], limits, lines)];
  if (problems.some((p) => p.fatal)) return failedResult(problems, resolve);
  const converted = convert(docs[0], limits);
  if (!('value' in converted)) return failedResult([...problems, converted.problem], resolve);
  const breach = limitProblem(converted.value, limits, resolve);
  return builtResult(converted.value, breach ? [...problems, breach] : problems, resolve);
}

function emptyStream(text: string, errors: readonly YAMLError[]): FormatResult {
  if (errors.length > 0) return failedResult(errors.map((e) => libraryProblem(text, e, true)));
  return builtResult(null, [], EMPTY_RESOLVER);
}

function multiDocumentProblem(second: Document.Parsed): OffsetProblem {
  const start = second.range[0];
  return {
    code: 'multi-document',
    fatal: true,
    message: 'more than one YAML document; exactly one expected',
    hint: 'remove the `---` separator or split the file',
    start,
    end: start + 1,
  };
}

/** One problem per place: the library often reports one mistake twice at the same offset. */
function libraryProblems(text: string, doc: Document.Parsed): OffsetProblem[] {
  const all = [...doc.errors.map((e) => libraryProblem(text, e, true)), ...doc.warnings.map((w) => libraryProblem(text, w, false))];
  const seen = new Set<number>();
  return all.filter((p) => (seen.has(p.start) ? false : (seen.add(p.start), true)));
}

/** Errors are fatal; of the warnings only unresolved tags are, since a gate must not guess a tag's meaning. */
function libraryProblem(text: string, error: YAMLError, isError: boolean): OffsetProblem {
  const code = LIBRARY_CODES[error.code] ?? 'syntax';
  const [start, end] = error.pos;
  if (code === 'tag') {
    const written = text.slice(start, Math.min(end, start + 80)).trim();
    const message = written.startsWith('!') ? `unsupported tag ${quoteText(written)}` : sentence(error.message);
    return { code, fatal: true, message, hint: 'remove the tag: only plain YAML values are accepted', start, end: Math.max(start, end) };
  }
  const message = PLAIN_MESSAGES[error.code] ?? sentence(error.message);
  return { code, fatal: isError || code !== 'syntax', message, start, end: Math.max(start, end) };
}

/** A library message in our style: lowercase start, no final period, nothing invisible. */
function sentence(message: string): string {
  const trimmed = visibleText(message.trim(), 200).replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed[0].toLowerCase() + trimmed.slice(1) : trimmed;
}

function convert(doc: Document.Parsed, limits: ParseLimits): { value: JsonValue } | { problem: OffsetProblem } {
  try {
    return { value: doc.toJS({ maxAliasCount: Math.max(100, limits.maxAliases) }) as JsonValue };
  } catch (error) {
    return { problem: conversionProblem(error) };
  }
}

/** The library throws RangeError on runaway recursion and ReferenceError on alias abuse. */
function conversionProblem(error: unknown): OffsetProblem {
  if (error instanceof RangeError) return { code: 'too-deep', fatal: true, message: 'nesting too deep to convert', start: 0, end: 0 };
  if (error instanceof ReferenceError) return { code: 'alias', fatal: true, message: 'aliases expand too much', start: 0, end: 0 };
  return { code: 'syntax', fatal: true, message: 'the document could not be converted to plain values', start: 0, end: 0 };
}

function limitProblem(value: JsonValue, limits: ParseLimits, resolve: Resolver): OffsetProblem | undefined {
  const breach = firstLimitBreach(value, limits);
  if (!breach) return undefined;
  const [start, end] = resolve(breach.path).value;
  if (breach.code === 'too-deep') return tooDeepProblem(limits.maxDepth, start);
  return tooManyNodesProblem(limits.maxNodes, start, Math.max(start, end));
}
