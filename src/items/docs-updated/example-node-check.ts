import { escapeSegment, isObject } from '../../b3os/definition.js';
import { validatePayload } from '../../b3os/payload.js';
import { originText } from '../../catalog/types.js';
import type { ReportedFinding } from '../../core/rule.js';
import { headingsFor, type DocsHeadings } from '../../core/settings.js';
import { findSection, type PageCode } from '../../docs/page.js';
import { compileUntrusted } from '../../schema/untrusted.js';
import type { DocumentedType } from './documented.js';
import { blockLocation, exampleBlocksOf, parseJsonBlock } from './example-blocks.js';
import { violationFindings } from './violations.js';

/**
 * The findings about the example nodes of one page: the Examples section has a node block, each
 * parses, names the documented type, and its payload validates against the payload schema
 * (expression-aware). Empty when the page has no Examples section (`page-sections` reports that).
 */
export function exampleNodeFindings(doc: DocumentedType, headings: DocsHeadings): ReportedFinding[] {
  const names = headingsFor(headings, 'examples');
  const section = findSection(doc.page, names);
  if (!section) return [];
  const { nodes } = exampleBlocksOf(doc.page, names);
  if (nodes.length === 0) {
    return [{
      message: `the ${section.heading.text} section has no example node for \`${doc.id}\``,
      hint: `add a \`\`\`json block with \`{ "type": "${doc.id}", "payload": { … } }\``,
      location: { file: doc.page.path, line: section.heading.line, column: section.heading.column },
    }];
  }
  return nodes.flatMap((code) => nodeFindings(doc, code));
}

function nodeFindings(doc: DocumentedType, code: PageCode): ReportedFinding[] {
  const file = doc.page.path;
  const parsed = parseJsonBlock(code);
  if (parsed.value === undefined) {
    return parsed.problems.map((p) => ({ message: `the example node is not valid JSON: ${p.message}`, hint: 'fix the JSON of the example', location: { file, line: p.line, column: p.column } }));
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ message: 'the example node is not a JSON object', hint: `write the node as \`{ "type": "${doc.id}", "payload": { … } }\``, location: blockLocation(file, code) }];
  }
  const found = nodeInExample(value as Record<string, unknown>, doc.id);
  if (!found) {
    return [{ message: `the example definition has no node of type \`${doc.id}\``, hint: `add a node \`{ "type": "${doc.id}", "payload": { … } }\` to its \`nodes\``, location: { file, ...parsed.locate('') } }];
  }
  const { node, at } = found;
  const findings: ReportedFinding[] = [];
  if (node.type !== doc.id) {
    const shown = typeof node.type === 'string' ? `\`${node.type}\`` : 'not a string';
    findings.push({ message: `the example node's \`type\` is ${shown}, but the page documents \`${doc.id}\``, hint: `set \`"type": "${doc.id}"\``, location: { file, ...parsed.locate(`${at}/type`) } });
  }
  if (!('payload' in node)) {
    findings.push({ message: 'the example node has no `payload`', hint: 'add the payload the node is configured with', location: { file, ...parsed.locate(at) } });
    return findings;
  }
  return [...findings, ...payloadFindings(doc, node.payload, (pointer, atKey) => ({ file, ...(atKey ? parsed.locateKey(`${at}${pointer}`) : parsed.locate(`${at}${pointer}`)) }), code)];
}

/**
 * The node an example shows, and its pointer: the block itself, or, for a whole definition (as the
 * B3OS trigger reference pages show: `{ "nodes": { "root": { … } } }`, also under `definition`),
 * its first node of the documented type. Undefined for a definition without such a node.
 */
function nodeInExample(value: Record<string, unknown>, type: string): { node: Record<string, unknown>; at: string } | undefined {
  const definition = isObject(value.definition) ? { nodes: value.definition.nodes, at: '/definition/nodes' } : { nodes: value.nodes, at: '/nodes' };
  if (!isObject(definition.nodes) || 'type' in value) return { node: value, at: '' };
  const match = Object.entries(definition.nodes).find(([, node]) => isObject(node) && node.type === type);
  return match ? { node: match[1] as Record<string, unknown>, at: `${definition.at}/${escapeSegment(match[0])}` } : undefined;
}

function payloadFindings(doc: DocumentedType, payload: unknown, locate: (pointer: string, atKey: boolean) => { file: string; line: number; column: number }, code: PageCode): ReportedFinding[] {
  const schema = doc.entry?.payloadSchema;
  const block = blockLocation(doc.page.path, code);
  if (!doc.entry || schema === undefined) {
    return [{ message: `the example payload cannot be validated: no payload schema is known for \`${doc.id}\``, hint: 'declare the payload schema, or pin the platform catalog with `b3os-readiness catalog pull`', location: block, unverified: true }];
  }
  const compiled = compileUntrusted(schema, doc.entry.origin);
  if (!compiled.ok) {
    return [{ message: `the example payload cannot be validated: the payload schema of \`${doc.id}\` cannot be used (${compiled.reason})`, hint: `fix the payload schema in ${originText(doc.entry)}`, location: block, unverified: true }];
  }
  const frame = { prefix: '/payload', rootLabel: 'the example payload', suffix: `(payload schema of \`${doc.id}\`)`, locate };
  return violationFindings(validatePayload(compiled, payload), frame, 'make the example payload valid for the payload schema');
}
