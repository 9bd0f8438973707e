import { describe, expect, it } from 'vitest';
import { renderRunLine } from '../../src/render/markdown-tables.js';
import { sampleReport } from './sample-report.js';

const radius = (count: number) => Array.from({ length: count }, (_, i) => `workflows/w${i}/workflow.json`);

describe('renderRunLine', () => {
  it('names up to five workflows re-validated for a changed schema, then how many more', () => {
    const line = (count: number) => renderRunLine({ ...sampleReport.summary, blastRadius: radius(count) }, undefined);
    expect(line(0)).not.toContain('re-validated');
    expect(line(1)).toContain(' · re-validated for a changed schema: `workflows/w0/workflow.json` · ');
    expect(line(5)).toContain(`re-validated for a changed schema: ${radius(5).map((f) => `\`${f}\``).join(', ')} · `);
    expect(line(6)).toContain(`re-validated for a changed schema: ${radius(5).map((f) => `\`${f}\``).join(', ')} and 1 more · `);
    expect(line(8)).toContain(' and 3 more · ');
  });

  it('links the full report only at a safe address', () => {
    expect(renderRunLine(sampleReport.summary, 'https://github.com/acme/ops/actions/runs/1')).toMatch(/ · \[full report\]\(https:\/\/github\.com\/acme\/ops\/actions\/runs\/1\)$/);
    expect(renderRunLine(sampleReport.summary, 'javascript:alert(1)')).not.toContain('full report');
  });
});
