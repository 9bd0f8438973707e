/** Waivers a pull request proposes, as the comment, the CLI text and SARIF show them. */
import { describe, expect, it } from 'vitest';
import type { Finding, ItemResult, Report } from '../../src/core/types.js';
import { renderChecklistMarkdown } from '../../src/render/checklist-md.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderText } from '../../src/render/text.js';
import { sampleLinks, sampleReport } from './sample-report.js';

const REVIEW = { user: 'lee', url: 'https://github.com/northwind/ops-workflows/pull/7#pullrequestreview-42', commit: 'a'.repeat(40) };

function withFindings(id: string, change: (f: Finding, i: number) => Finding): Report {
  const items = sampleReport.items.map((item): ItemResult => (item.id === id ? { ...item, findings: item.findings.map(change) } : item));
  return { ...sampleReport, items };
}

const approved = withFindings('templates-portable', (f) => ({ ...f, waiver: { ...f.waiver!, approver: '@lee', origin: 'pull-request', scope: 'node `templates/internal-sweep/template.json#send`', review: REVIEW } }));
const pending = withFindings('definition-validates', (f, i) =>
  i === 0 ? { ...f, pendingWaiver: { approver: '@lee', reason: 'fix <!-- next --> week', expires: '2026-12-31', state: 'pending', why: 'pending approval by @lee: @lee approved an older commit `bbbbbbb`, not the head `aaaaaaa`' } } : f,
);

const line = (text: string, part: string) => text.split('\n').find((l) => l.includes(part)) ?? '';

describe('a pull-request waiver in the comment', () => {
  it('approved: the row is ☑️ with reason, approver, expiry, scope and the review link', () => {
    const md = renderChecklistMarkdown(approved, sampleLinks);
    expect(line(md, 'Templates are portable')).toBe(
      `| ☑️ | Templates are portable | waived until 2026-12-31 by @\u200Blee for node \`templates/internal-sweep/template.json#send\`: internal template · [approved by @\u200Blee on the head](${REVIEW.url}) |`,
    );
  });

  it('pending: the row still fails and says what it awaits; the finding says why, escaped', () => {
    const md = renderChecklistMarkdown(pending, sampleLinks);
    expect(line(md, '**Definition validates** |')).toMatch(/^\| ❌ \| \*\*Definition validates\*\* \| .* · pending approval by @\u200Blee \|$/);
    const finding = line(md, 'waiver until 2026-12-31 not applied');
    expect(finding).toContain('(waiver until 2026-12-31 not applied, pending approval by @\u200Blee: @\u200Blee approved an older commit `bbbbbbb`, not the head `aaaaaaa`: fix');
    expect(finding).not.toContain('<!--');
  });

  it('an unsafe review link is dropped, the text stays', () => {
    const hostile = withFindings('templates-portable', (f) => ({ ...f, waiver: { ...f.waiver!, origin: 'pull-request', review: { ...REVIEW, url: 'javascript:alert(1)' } } }));
    const row = line(renderChecklistMarkdown(hostile, sampleLinks), 'Templates are portable');
    expect(row).toContain('approved by @\u200Blee on the head');
    expect(row).not.toContain('javascript:');
  });
});

describe('a pull-request waiver elsewhere', () => {
  it('the CLI text names the approving review', () => {
    expect(renderText(approved)).toContain(`(waived until 2026-12-31 by @lee for node \`templates/internal-sweep/template.json#send\`: internal template · approved by @lee on the head: ${REVIEW.url})`);
  });

  it('SARIF: an accepted external suppression with approver, expiry and review; a pending one only as a property', () => {
    const options = { toolVersion: '1.2.3', informationUri: 'https://github.com/b3os/b3os-readiness' };
    const results = (renderSarif(approved, options) as any).runs[0].results;
    const waived = results.find((r: any) => r.ruleId === 'templates-portable/org-id');
    expect(waived.suppressions).toEqual([{
      kind: 'external', status: 'accepted',
      justification: `waived until 2026-12-31 by @lee: internal template (approved by @lee on ${REVIEW.commit}: ${REVIEW.url})`,
      properties: { approver: '@lee', expires: '2026-12-31', origin: 'pull-request', review: REVIEW },
    }]);
    const open = (renderSarif(pending, options) as any).runs[0].results.find((r: any) => r.properties?.pendingWaiver);
    expect(open.suppressions).toBeUndefined();
    expect(open.properties.pendingWaiver).toMatchObject({ approver: '@lee', state: 'pending' });
  });
});
