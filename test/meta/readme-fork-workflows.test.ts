/** The README's two fork workflows: least privilege, and the privileged one never touches pull request code. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const section = README.slice(README.indexOf('### Pull requests from forks'), README.indexOf('### Your first pull request with the gate'));
const [checking, publishing] = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]) as Record<string, any>);

describe('the README fork workflows', () => {
  it('the checking run saves its report as an artifact, with read access only where it needs no write', () => {
    expect(Object.keys(checking.on)).toEqual(['pull_request', 'merge_group']);
    expect(checking.permissions).toEqual({});
    const steps = checking.jobs.readiness.steps as Array<Record<string, any>>;
    const report = steps.find((s) => String(s.uses).startsWith('b3os-readiness/'))?.with['report-file'];
    expect(steps.find((s) => String(s.uses).startsWith('actions/upload-artifact'))?.with.path).toBe(report);
  });

  it('the publishing run has least privilege, checks out nothing and publishes the saved report', () => {
    expect(publishing.on).toEqual({ workflow_run: { workflows: [checking.name], types: ['completed'] } });
    expect(publishing.permissions).toEqual({});
    const job = publishing.jobs.publish;
    expect(job.if).toBe("github.event.workflow_run.event == 'pull_request'");
    expect(job.permissions).toEqual({ actions: 'read', 'pull-requests': 'read', issues: 'write', checks: 'write' });
    const uses = (job.steps as Array<Record<string, any>>).map((s) => String(s.uses).split('@')[0]);
    expect(uses).toEqual(['actions/download-artifact', 'b3os-readiness/b3os-readiness']);
    expect(job.steps[1].with['saved-report']).toMatch(/^\$\{\{ runner\.temp \}\}\/saved\/report\.json$/);
    expect(job.steps[0].with['run-id']).toBe('${{ github.event.workflow_run.id }}');
  });
});
