import type { Location } from '../../core/types.js';
import { parseEmbedded, type EmbeddedDocument } from '../../docs/embedded.js';
import { findSection, headingBefore, isJsonCode, type DocsPage, type PageCode } from '../../docs/page.js';

/**
 * Where the examples of an action or trigger page are. The output block is the first JSON block
 * under a heading that contains "output"; failing that, the second JSON block of the Examples
 * section when it does not look like a node. Node blocks are the other JSON blocks of the Examples
 * section that have a `"type"` key.
 */
export interface ExampleBlocks {
  readonly nodes: readonly PageCode[];
  readonly output?: PageCode;
}

/** Finds the example node blocks and the output block of a page. */
export function exampleBlocksOf(page: DocsPage, examplesHeading: string | readonly string[]): ExampleBlocks {
  const examples = findSection(page, examplesHeading)?.code.filter(isJsonCode) ?? [];
  const underOutput = page.code.filter((code) => isJsonCode(code) && /output/i.test(headingBefore(page, code.line)?.text ?? ''));
  const fallback = examples[1] && !/"payload"/.test(examples[1].value) ? examples[1] : undefined;
  const output = underOutput[0] ?? fallback;
  const outputs = new Set(underOutput);
  const nodes = examples.filter((code) => code !== output && !outputs.has(code) && /"type"/.test(code.value));
  return { nodes, ...(output ? { output } : {}) };
}

/** A JSON code block parsed with page positions. */
export function parseJsonBlock(code: PageCode): EmbeddedDocument {
  return parseEmbedded('json', code.value, code.origin);
}

/** The location of a code block's fence in a page. */
export function blockLocation(file: string, code: PageCode): Location {
  return { file, line: code.line, column: code.column };
}
