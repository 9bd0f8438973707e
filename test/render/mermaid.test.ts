import { describe, expect, it } from 'vitest';
import type { Report, WorkflowDiagram } from '../../src/core/types.js';
import { renderChecklistMarkdown } from '../../src/render/checklist-md.js';
import { renderMermaid } from '../../src/render/mermaid.js';
import { sampleLinks, sampleReport } from './sample-report.js';

const diagram: WorkflowDiagram = {
  file: 'workflows/payout/workflow.json',
  nodes: [
    { id: 'root', type: 'cronjob', trigger: true, movesFunds: false, failing: false },
    { id: 'has_funds', type: 'if', trigger: false, movesFunds: false, failing: false },
    { id: 'send_payout', type: 'send-erc20-token', trigger: false, movesFunds: true, failing: true },
    { id: 'x"]; click n0 "javascript:alert(1)', type: 'log', trigger: false, movesFunds: false, failing: false },
  ],
  edges: [
    { from: 'root', to: 'has_funds' },
    { from: 'has_funds', to: 'send_payout', label: 'then' },
    { from: 'has_funds', to: 'x"]; click n0 "javascript:alert(1)', label: 'else' },
  ],
};

describe('renderMermaid', () => {
  it('draws the graph, marking the failing and funds-moving nodes', () => {
    expect(renderMermaid(diagram)).toMatchInlineSnapshot(`
      "\`\`\`mermaid
      flowchart LR
        n0["⏰ root · cronjob"]
        n1{"has_funds · if"}
        n2["💸 send_payout · send-erc20-token"]:::bad
        n3["x____click_n0__javascript:alert_1_ · log"]
        n0 --> n1
        n1 -- then --> n2
        n1 -- else --> n3
        classDef bad fill:#ffebe9,stroke:#cf222e
      \`\`\`"
    `);
  });

  it('appears in the definition details, and is the first thing cut when the comment is tight', () => {
    const report: Report = { ...sampleReport, diagrams: [diagram] };
    const roomy = renderChecklistMarkdown(report, sampleLinks, {});
    expect(roomy).toContain('```mermaid');
    const without = renderChecklistMarkdown({ ...sampleReport }, sampleLinks, {});
    const tight = renderChecklistMarkdown(report, sampleLinks, { budget: without.length + 50 });
    expect(tight).not.toContain('```mermaid');
    expect(tight).toBe(without);
  });
});

describe('renderMermaid labels', () => {
  const one = (id: string): string =>
    renderMermaid({ file: 'w.json', nodes: [{ id, type: 'log', trigger: false, movesFunds: false, failing: false }], edges: [] }).split('\n')[2];

  it('keeps a name of 40 characters whole and cuts a longer one to 39 and an ellipsis', () => {
    expect(one('a'.repeat(40))).toBe(`  n0["${'a'.repeat(40)} · log"]`);
    expect(one('b'.repeat(41))).toBe(`  n0["${'b'.repeat(39)}… · log"]`);
  });
});
