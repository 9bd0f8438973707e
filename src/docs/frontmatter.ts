import type { Root } from 'mdast';
import type { JsonValue } from '../parse/document.js';
import { parseEmbedded, type EmbeddedProblem, type PagePosition } from './embedded.js';

/** The YAML frontmatter of a page: its value, where it is, and a way to place its keys. */
export interface Frontmatter extends PagePosition {
  /** The parsed mapping; undefined when the YAML is bad or is not a mapping. */
  readonly data: Readonly<Record<string, JsonValue>> | undefined;
  readonly problems: readonly EmbeddedProblem[];
  /** The page position of the value at a JSON pointer into the frontmatter (e.g. `/type`). */
  locate(pointer: string): PagePosition;
}

/**
 * The frontmatter of a parsed page (remark-frontmatter's leading `yaml` node), or undefined when the
 * page has none. Bad YAML and a non-mapping value are problems, never exceptions.
 */
export function frontmatterOf(tree: Root): Frontmatter | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return undefined;
  const line = node.position?.start.line ?? 1;
  const embedded = parseEmbedded('yaml', node.value, { line: line + 1, indent: 0 });
  const value = embedded.value;
  const isMapping = typeof value === 'object' && value !== null && !Array.isArray(value);
  const problems = embedded.problems.map((p) => ({ ...p, message: `the frontmatter is not valid YAML: ${p.message}` }));
  if (embedded.problems.length === 0 && !isMapping && node.value.trim() !== '') {
    problems.push({ line: line + 1, column: 1, message: 'the frontmatter must be a YAML mapping of keys to values' });
  }
  return {
    line,
    column: 1,
    data: isMapping ? (value as Record<string, JsonValue>) : node.value.trim() === '' ? {} : undefined,
    problems,
    locate: (pointer) => embedded.locate(pointer),
  };
}
