import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, renderChecklistMarkdown } from '../../src/render/checklist-md.js';
import { renderSummaryMarkdown } from '../../src/render/summary-md.js';
import { hostileReport, hugeReport } from './hostile.js';
import { detailsOf, expectIntactTables, expectNoInjection } from './markdown-checks.js';
import { sampleLinks, sampleReport } from './sample-report.js';

describe('renderSummaryMarkdown', () => {
  it('is the comment without its marker and without a link to itself', () => {
    const comment = renderChecklistMarkdown(sampleReport, sampleLinks);
    const expected = comment
      .replace(`${COMMENT_MARKER}\n`, '')
      .replace(` · [full report](${sampleLinks.summaryUrl})`, '');
    expect(renderSummaryMarkdown(sampleReport, sampleLinks)).toBe(expected);
  });

  it('stays within 1 MiB for 10,000 findings and counts what it cut', () => {
    const summary = renderSummaryMarkdown(hugeReport(), sampleLinks);
    expect(new TextEncoder().encode(summary).length).toBeLessThanOrEqual(1024 * 1024);
    const details = detailsOf(summary);
    expect(details.map((d) => d.shown + d.more)).toEqual([7000, 2000, 1000]);
    expect(details.slice(1)).toMatchObject([{ shown: 0, more: 2000 }, { shown: 0, more: 1000 }]);
    expect(details[0].more).toBeGreaterThan(0);
    expect(summary).toContain(`- …and ${details[0].more} more findings in the full report\n`);
    expect(summary).toContain('- …and 1000 more findings in the full report\n');
  });

  it('escapes hostile names', () => {
    const summary = renderSummaryMarkdown(hostileReport, sampleLinks);
    expectNoInjection(summary, { marker: false });
    expectIntactTables(summary);
  });
});
