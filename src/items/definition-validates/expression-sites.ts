import { locationIn } from '../../core/locate.js';
import type { Location } from '../../core/types.js';
import type { DefinitionNode, DefinitionView } from '../../b3os/definition.js';
import { scanExpressions, walkStrings, type ScanResult, type StringSite } from '../../b3os/expressions.js';
import { segmentsOf, type ParsedDocument } from '../../parse/document.js';

/** The parts of a node whose strings are resolved as expressions at run time. */
const RESOLVED_FIELDS = ['payload', 'connector'] as const;

/** A string of a node holding `{{` or `}}`, with its scan. */
export interface ExpressionSite {
  readonly node: DefinitionNode;
  readonly site: StringSite;
  readonly scan: ScanResult;
  /** Member names and indexes below the node's `payload`; undefined outside the payload. */
  readonly payloadPath: readonly string[] | undefined;
}

/** Every string of every node's `payload` and `connector` (member names included) that holds braces. */
export function* expressionSites(view: DefinitionView): Generator<ExpressionSite> {
  for (const node of view.nodes) {
    for (const field of RESOLVED_FIELDS) {
      const base = `${node.pointer}/${field}`;
      for (const site of walkStrings(node.value[field], base)) {
        if (!site.text.includes('{{') && !site.text.includes('}}')) continue;
        const payloadPath = field === 'payload' ? segmentsOf(site.pointer.slice(base.length)) : undefined;
        yield { node, site, scan: scanExpressions(site.text), payloadPath };
      }
    }
  }
}

/**
 * Where `part` (offsets into a site's string, or, for a member name, into the name) stands in its
 * file, when the string is written on one line with no escape sequences, so that string offsets are
 * file columns; otherwise where the whole string stands.
 */
export function siteLocation(doc: ParsedDocument, site: StringSite, part: { start: number; end: number }): Location {
  const whole = locationIn(doc, site.pointer, site.isKey);
  if (whole.endLine !== whole.line || whole.endColumn === undefined) return whole;
  const written = whole.endColumn - whole.column;
  // Quoted: the text and its two quotes; a plain YAML scalar: the text alone. Escapes make it longer.
  const lead = written === site.text.length + 2 ? 1 : doc.format === 'yaml' && written === site.text.length ? 0 : undefined;
  if (lead === undefined) return whole;
  const column = whole.column + lead + part.start;
  return { file: whole.file, line: whole.line, column, endLine: whole.line, endColumn: column + Math.max(1, part.end - part.start) };
}

/** An expression's text for a message: one line, at most 80 characters. */
export function shown(source: string): string {
  const flat = source.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/** The array at a path of member names, or undefined when there is none. */
export function arrayAt(value: unknown, ...keys: string[]): readonly unknown[] | undefined {
  let current = value;
  for (const key of keys) {
    current = typeof current === 'object' && current !== null && !Array.isArray(current) && Object.hasOwn(current, key)
      ? (current as Record<string, unknown>)[key]
      : undefined;
  }
  return Array.isArray(current) ? current : undefined;
}
