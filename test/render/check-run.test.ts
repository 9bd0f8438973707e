import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/core/types.js';
import { capSummary, CHECK_ANNOTATION_LIMIT, CHECK_RUN_NAME, CHECK_SUMMARY_LIMIT, checkRunTitle, renderCheckRun, renderCheckRunError } from '../../src/render/check-run.js';
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

describe('renderCheckRun: annotations and notes', () => {
  const at = (line: number, column = 5, more: Partial<Finding['location']> = {}) => ({ file: 'workflows/a/workflow.json', line, column, ...more });
  const report = (findings: Finding[]): Report => ({ ...sampleReport, result: 'fail', items: checklist({ 'definition-validates': { status: 'fail', findings } }) });
  const one = (severity: Finding['severity'], line: number, extra: Partial<Finding> = {}) => finding({ ruleId: 'definition-validates/payload-schema', severity, message: `m${line}`, location: at(line), ...extra });

  it('is named for the gate alone', () => expect(CHECK_RUN_NAME).toBe('B3OS readiness'));

  it('orders annotations by level, then by place, and maps each level', () => {
    const output = renderCheckRun(report([one('notice', 1), one('warning', 9), one('error', 5), one('warning', 3), one('error', 2)]), sampleLinks, { headSha: HEAD });
    expect(output.annotations.map((a) => [a.annotation_level, a.start_line])).toEqual([['failure', 2], ['failure', 5], ['warning', 3], ['warning', 9], ['notice', 1]]);
  });

  it('gives columns only where GitHub takes them', () => {
    const output = renderCheckRun(
      report([
        one('error', 2, { location: at(2, 5, { endLine: 2, endColumn: 9 }) }),
        one('error', 3, { location: at(3, 7) }),
        one('error', 4, { location: at(4, 1, { endLine: 6, endColumn: 2 }) }),
      ]),
      sampleLinks,
      { headSha: HEAD },
    );
    expect(output.annotations.map(({ start_line, end_line, start_column, end_column }) => ({ start_line, end_line, start_column, end_column }))).toEqual([
      { start_line: 2, end_line: 2, start_column: 5, end_column: 8 },
      { start_line: 3, end_line: 3, start_column: 7, end_column: undefined },
      { start_line: 4, end_line: 6, start_column: undefined, end_column: undefined },
    ]);
    expect(Object.keys(output.annotations[1])).not.toContain('end_column');
    expect(Object.keys(output.annotations[2])).not.toContain('start_column');
    expect(output.annotations[0]).toMatchObject({ path: 'workflows/a/workflow.json', message: 'm2', title: 'definition-validates/payload-schema' });
  });

  it('leaves waived findings unannotated and uncounted', () => {
    const waived = one('error', 2, { waiver: { reason: 'migrating', approver: 'mona', expires: '2026-12-31' } });
    const output = renderCheckRun(report([waived, one('warning', 3), one('error', 4, { location: undefined })]), sampleLinks, { headSha: HEAD });
    expect(output.annotations.map((a) => a.start_line)).toEqual([3]);
    expect(output.summary).toContain('> 1 finding without a file location is not annotated.\n\n');
  });

  it('joins its notes, one paragraph each, above the document, and links the full report', () => {
    const many = failing(CHECK_ANNOTATION_LIMIT + 1);
    const unlocated = finding({ ruleId: 'definition-validates/payload-schema', severity: 'error', message: 'no place' });
    const output = renderCheckRun({ ...many, items: checklist({ 'definition-validates': { status: 'fail', findings: [...many.items[0].findings, unlocated] } }) }, sampleLinks, { headSha: HEAD, savedReport: true });
    const [shortened, annotated, saved, heading] = output.summary.split('\n\n');
    expect(shortened).toMatch(/^> ✂️ Shortened to fit GitHub's 65,535-character limit: \d+ of 502 findings listed here; all of them are in the full report \(the job summary\)\.$/);
    expect(annotated).toBe('> 500 of 501 located findings are annotated (most severe first); 1 finding without a file location is not annotated.');
    expect(saved).toBe("_Published from the report saved by the pull request's own `pull_request` run (checked against the pull request's current head); a pull request can change that run's workflow, so the required check is that run's job._");
    expect(heading).toMatch(/^## B3OS production readiness: ❌/);
    expect(output.summary).toContain(sampleLinks.summaryUrl);
  });

  it('says which items are off in the title of a ready report', () => {
    const ready: Report = { ...sampleReport, result: 'pass', items: checklist({ 'webhooks-verified': { status: 'off', findings: [] } }) };
    expect(checkRunTitle(ready, { headSha: HEAD })).toBe('✅ ready · 1 item off · a1b2c3d');
  });

  it('names the run in its title: its attempt only after the first', () => {
    expect(checkRunTitle(failing(1), { headSha: HEAD })).toBe('❌ 1 of 11 items blocks · a1b2c3d');
    expect(checkRunTitle(failing(1), { headSha: HEAD, runId: '7', attempt: 2 })).toBe('❌ 1 of 11 items blocks · a1b2c3d, run 7 attempt 2');
  });
});

describe('renderCheckRunError', () => {
  it('fails, says why, and links the run when it knows it', () => {
    const output = renderCheckRunError(['the configuration could not be read', 'line 2'], { headSha: HEAD, runId: '9' }, 'https://github.com/acme/ops/actions/runs/9');
    expect(output).toEqual({
      conclusion: 'failure',
      title: '⚠️ could not run · a1b2c3d, run 9',
      summary: '### ⚠️ B3OS production readiness could not run\n\nthe configuration could not be read\nline 2\n\nThe check failed closed: nothing was verified.\n\nThe details are in [the run](https://github.com/acme/ops/actions/runs/9).\n',
      annotations: [],
    });
    expect(renderCheckRunError(['x'], { headSha: HEAD }, undefined).summary).toBe('### ⚠️ B3OS production readiness could not run\n\nx\n\nThe check failed closed: nothing was verified.\n');
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
    // Cut after the last whole line that leaves room for the note.
    expect(cut.slice(0, cut.indexOf('\n\n> ✂️')).endsWith(`\n${'a'.repeat(99)}`)).toBe(true);
  });
});
