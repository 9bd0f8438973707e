/**
 * A Mermaid flowchart of a workflow for the comment. Node ids and labels come from the checked
 * repository, so ids are replaced by `n0…` and labels keep only plain characters: nothing in a
 * file can break out of the diagram or the comment.
 */
import type { WorkflowDiagram } from '../core/types.js';

const LABEL_LENGTH = 40;

/** The ```mermaid block for one diagram. */
export function renderMermaid(diagram: WorkflowDiagram): string {
  const ids = new Map(diagram.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['```mermaid', 'flowchart LR'];
  for (const node of diagram.nodes) {
    const icon = node.trigger ? '⏰ ' : node.movesFunds ? '💸 ' : '';
    const label = `${icon}${plain(node.id)} · ${plain(node.type)}`;
    const shape = node.type === 'if' ? `{"${label}"}` : `["${label}"]`;
    lines.push(`  ${ids.get(node.id)}${shape}${node.failing ? ':::bad' : ''}`);
  }
  for (const edge of diagram.edges) {
    const arrow = edge.label ? ` -- ${plain(edge.label)} --> ` : ' --> ';
    lines.push(`  ${ids.get(edge.from)}${arrow}${ids.get(edge.to)}`);
  }
  lines.push('  classDef bad fill:#ffebe9,stroke:#cf222e', '```');
  return lines.join('\n');
}

function plain(text: string): string {
  const kept = text.replace(/[^A-Za-z0-9_.:-]/g, '_');
  return kept.length > LABEL_LENGTH ? `${kept.slice(0, LABEL_LENGTH - 1)}…` : kept;
}
