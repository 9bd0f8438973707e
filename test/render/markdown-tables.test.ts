import { describe, expect, it } from 'vitest';
import type { ObjectKind, Report } from '../../src/core/types.js';
import { affectedPhrase, renderHeading, renderObjectRow, renderRunLine } from '../../src/render/markdown-tables.js';
import { checklist, finding, sampleReport } from './sample-report.js';

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

describe('renderHeading', () => {
  it('says why a report with no blocking item is not ready, and which items are off', () => {
    const warning = finding({ ruleId: 'definition-validates/expression-result-path', severity: 'warning', message: 'a warning', location: { file: 'w.json', line: 1, column: 1 } });
    const report: Report = { ...sampleReport, result: 'fail', failOn: 'warning', items: checklist({ 'definition-validates': { findings: [warning] }, 'connectors-scoped': { status: 'off' } }) };
    expect(renderHeading(report)).toBe('## B3OS production readiness: ❌ not ready: 1 warning fails it under fail-on: warning · 1 item off');
  });
});

describe('affectedPhrase', () => {
  const summary = (counts: Partial<Record<ObjectKind, number>>) => ({ ...sampleReport.summary, affected: { ...sampleReport.summary.affected, workflow: 0, action: 0, docs: 0, ...counts } });
  it('names every kind, one and many, and nothing when nothing is affected', () => {
    expect(affectedPhrase(summary({}))).toBe('');
    expect(affectedPhrase(summary({ manifest: 1, runbook: 2, trigger: 1, template: 2, environment: 1, openapi: 2, catalog: 1, changelog: 2, config: 1 }))).toBe(
      '1 manifest, 2 runbooks, 1 trigger, 2 templates, 1 environment, 2 OpenAPI specs, 1 catalog, 2 changelogs, 1 config file affected',
    );
  });
});

describe('renderObjectRow', () => {
  it('marks each cell, with its note when it has one', () => {
    const row = { type: 'acme-quote', kind: 'action' as const, change: 'changed' as const, schema: { status: 'ok' as const, note: '' }, docs: { status: 'n/a' as const }, examples: { status: 'incomplete' as const, note: 'no example' }, contract: { status: 'fail' as const, note: '1 breaking' } };
    expect(renderObjectRow(row)).toBe('| `acme-quote` (changed action) | ✅ | – | ⚠️ no example | ❌ 1 breaking |');
  });
});
