/** The README's sharded workflow: every shard runs once, the merge reads them all, and the fork publishing run can post its report. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const yamlBlocks = (from: string, to: string) => {
  const section = README.slice(README.indexOf(from), README.indexOf(to));
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]) as Record<string, any>);
};
const [sharded] = yamlBlocks('### Splitting the check over several runners', '## The checklist');
const [checking, publishing] = yamlBlocks('### Pull requests from forks', '### Your first pull request with the gate');

describe('the README sharded workflow', () => {
  const shardJob = sharded.jobs.shard;
  const steps = (job: any) => job.steps as Array<Record<string, any>>;

  it('runs shard i of n for every i, each uploading its report under its own name', () => {
    const shards: number[] = shardJob.strategy.matrix.shard;
    expect(shards).toEqual(shards.map((_, i) => i + 1));
    const check = steps(shardJob).find((s) => String(s.run).includes(' check '))!;
    expect(check.run).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    expect(check.run).toContain('--format json');
    expect(check.run).toMatch(/--head \$\{\{ github\.event\.pull_request\.head\.sha \}\}/);
    const upload = steps(shardJob).find((s) => String(s.uses).startsWith('actions/upload-artifact'))!;
    expect(upload.with.name).toBe('b3os-readiness-shard-${{ matrix.shard }}');
    expect(check.run).toContain(`> ${upload.with.path}`);
  });

  it('merges every shard in a job with no permissions, into the artifact the publishing run downloads', () => {
    const merge = sharded.jobs.readiness;
    expect(merge.needs).toBe('shard');
    expect(merge.permissions).toEqual({});
    expect(shardJob.permissions).toEqual({ contents: 'read' });
    const download = steps(merge).find((s) => String(s.uses).startsWith('actions/download-artifact'))!;
    expect(download.with).toMatchObject({ pattern: 'b3os-readiness-shard-*', 'merge-multiple': true });
    const run = steps(merge).find((s) => String(s.run).includes(' merge '))!.run as string;
    expect(run).toContain(`merge ${download.with.path}/report-*.json --format json --pull-request \${{ github.event.pull_request.number }} > report.json`);
    const upload = steps(merge).find((s) => String(s.uses).startsWith('actions/upload-artifact'))!;
    const published = steps(publishing.jobs.publish).find((s) => String(s.uses).startsWith('actions/download-artifact'))!;
    expect(upload.with).toMatchObject({ name: published.with.name, path: 'report.json' });
    expect(publishing.jobs.publish.steps[1].with['saved-report']).toMatch(/\/report\.json$/);
    expect(sharded.name).toBe(checking.name);
  });
});
