import type { ParsedDocument, Span } from '../parse/document.js';
import type { Location } from './types.js';

/** The location of the value (or, with `atKey`, of the key) at a JSON pointer of a parsed file. */
export function locationIn(doc: ParsedDocument, pointer: string, atKey = false): Location {
  return fromSpan(doc.path, atKey ? doc.locateKey(pointer) : doc.locate(pointer));
}

/** A location from a span of a file. */
export function fromSpan(file: string, span: Span): Location {
  return { file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** The start of a file, for findings about a file as a whole. */
export function startOf(file: string): Location {
  return { file, line: 1, column: 1 };
}
