import { parseDocument, type JsonValue } from '../parse/document.js';

/** A 1-based line and column in the page that holds an embedded document. */
export interface PagePosition {
  readonly line: number;
  readonly column: number;
}

/** A problem of an embedded document, placed in the page. */
export interface EmbeddedProblem extends PagePosition {
  readonly message: string;
}

/**
 * A JSON or YAML document embedded in a Markdown page (frontmatter, a fenced code block), parsed
 * with the gate's hardened parser and placed back into page coordinates.
 */
export interface EmbeddedDocument {
  /** Undefined when a fatal problem was found. */
  readonly value: JsonValue | undefined;
  /** The first fatal problem (syntax, limits), in page coordinates; one is enough to fix first. */
  readonly problems: readonly EmbeddedProblem[];
  /** The page position of the value at a JSON pointer (falls back to the nearest ancestor). */
  locate(pointer: string): PagePosition;
  /** The page position of the key of the member at a JSON pointer. */
  locateKey(pointer: string): PagePosition;
}

/** Where the embedded text starts in the page: its first line, and the indent stripped from each line. */
export interface EmbeddedOrigin {
  readonly line: number;
  readonly indent: number;
}

const encoder = new TextEncoder();

/** Parses embedded text as JSON or YAML. Never throws. */
export function parseEmbedded(format: 'json' | 'yaml', text: string, origin: EmbeddedOrigin): EmbeddedDocument {
  const doc = parseDocument(format === 'json' ? 'embedded.json' : 'embedded.yaml', encoder.encode(text));
  const place = (span: { line: number; column: number }): PagePosition => ({
    line: origin.line + span.line - 1,
    column: span.column + origin.indent,
  });
  return {
    value: doc.value,
    problems: doc.problems.filter((p) => p.fatal).slice(0, 1).map((p) => ({ message: p.message, ...place(p.span) })),
    locate: (pointer) => place(doc.locate(pointer)),
    locateKey: (pointer) => place(doc.locateKey(pointer)),
  };
}
