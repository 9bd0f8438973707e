import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/core/types.js';
import { capSummary, CHECK_ANNOTATION_LIMIT, CHECK_SUMMARY_LIMIT, checkRunTitle, renderCheckRun } from '../../src/render/check-run.js';
import { checklist, finding, sampleLinks, sampleReport } from './sample-report.js';

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

function failing(count: number, extra: Partial<Finding> = {}): Report {
  const findings = Array.from({ length: count }, (_, i) =>
    finding({ ruleId: 'definition-validates/payload-schema', severity: 'error', message: `\`n${i}.payload\` is missing required key \`message\` ${'x'.repeat(120)}`, location: { file: 'workflows/many/workflow.json', line: i + 2, column: 5 }, ...extra }),
  );
  return { ...sampleReport, result: 'fail', items: checklist({ 'definition-validates': { status: 'fail', findings } }) };
}

describe('renderCheckRun', () => {
  it('mirrors the gate: failure with the blocking phrase, success only for a passing report', () => {
    const failed = renderCheckRun(sampleReport, sampleLinks, { headSha: HEAD, runId: '42', attempt: 2 });
    expect(failed.conclusion).toBe('failure');
    expect(failed.title).toMatch(/^❌ \d+ of 11 items block(s)? · a1b2c3d, run 42 attempt 2$/);
    const passed = renderCheckRun({ ...sampleReport, result: 'pass', items: checklist({}) }, sampleLinks, { headSha: HEAD });
    expect(passed).toMatchObject({ conclusion: 'success', title: '✅ ready · a1b2c3d', annotations: [] });
    expect(passed.summary).toMatch(/^## B3OS production readiness: ✅ ready/);
  });

  it('a first attempt names only its run', () => {
    expect(checkRunTitle(failing(1), { headSha: HEAD, runId: '7', attempt: 1 })).toBe('❌ 1 of 11 items blocks · a1b2c3d, run 7');
  });

  it('annotates located, unwaived findings at check levels, most severe first', () => {
    const output = renderCheckRun(sampleReport, sampleLinks, { headSha: HEAD });
    expect(output.annotations.length).toBeGreaterThan(0);
    expect(output.annotations[0].annotation_level).toBe('failure');
    for (const a of output.annotations) {
      expect(a.path).not.toBe('');
      expect(a.end_line).toBeGreaterThanOrEqual(a.start_line);
      if (a.start_line !== a.end_line) expect(a.start_column).toBeUndefined();
    }
  });

  it('stays within 65,535 characters with exact counts when 10,000 findings do not fit', () => {
    const output = renderCheckRun(failing(10_000), sampleLinks, { headSha: HEAD });
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
    const shown = Number(/> ✂️ Shortened to fit GitHub's 65,535-character limit: (\d+) of 10000 findings listed here/.exec(output.summary)?.[1]);
    expect(shown).toBeGreaterThan(50);
    expect(output.summary).toContain(`…and ${10_000 - shown} more findings`);
    expect(output.annotations).toHaveLength(CHECK_ANNOTATION_LIMIT);
    expect(output.summary).toContain('> 500 of 10000 located findings are annotated (most severe first).');
  });

  it('says nothing about shortening when everything fits', () => {
    const output = renderCheckRun(failing(120), sampleLinks, { headSha: HEAD });
    expect(output.summary).not.toContain('Shortened');
    expect(output.annotations).toHaveLength(120);
  });

  it('counts findings without a location, which cannot be annotated', () => {
    const output = renderCheckRun(failing(3, { location: undefined }), sampleLinks, { headSha: HEAD });
    expect(output.annotations).toHaveLength(0);
    expect(output.summary).toContain('> 3 findings without a file location are not annotated.');
  });
});

describe('capSummary', () => {
  it('passes 65,535 characters through and cuts 65,536 at a line, with a note', () => {
    const exact = `${'a'.repeat(99)}\n`.repeat(655) + 'b'.repeat(CHECK_SUMMARY_LIMIT - 65_500);
    expect(exact).toHaveLength(CHECK_SUMMARY_LIMIT);
    expect(capSummary(exact)).toBe(exact);
    const over = `${exact}c`;
    const cut = capSummary(over);
    expect(cut.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
    expect(cut).toMatch(/\n\n> ✂️ Cut at GitHub's 65,535-character limit; the full report is in the job summary\.\n$/);
    expect(cut.startsWith('a'.repeat(99))).toBe(true);
  });
});
