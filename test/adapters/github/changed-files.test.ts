import { afterEach, describe, expect, it } from 'vitest';
import { listPullRequestFiles, toFileChange } from '../../../src/adapters/github/changed-files.js';
import { makeFiles, startGitHubApi, type GitHubApi, type PullFile } from '../../support/github-api-server.js';
import { clientFor, recordingLog } from './setup.js';

const PR = { owner: 'octo', repo: 'hello', pullNumber: 1347 };
let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function listWith(files: PullFile[], expectedCount?: number) {
  api = await startGitHubApi({ files });
  const result = await listPullRequestFiles(clientFor(api, recordingLog().log), { ...PR, expectedCount });
  return { result, api };
}

describe('listPullRequestFiles', () => {
  it.each([
    { count: 0, pages: [undefined], returned: 0, capped: false },
    { count: 250, pages: [undefined, '2', '3'], returned: 250, capped: false },
    { count: 3000, pages: [undefined, ...Array.from({ length: 29 }, (_, i) => String(i + 2))], returned: 3000, capped: true },
    { count: 3050, pages: [undefined, ...Array.from({ length: 30 }, (_, i) => String(i + 2))], returned: 3000, capped: true },
  ])('lists $count files in $pages.length page(s): $returned returned, capped $capped', async ({ count, pages, returned, capped }) => {
    const { result, api } = await listWith(makeFiles(count), count);
    expect(result.files).toHaveLength(returned);
    expect(result.capped).toBe(capped);
    expect(result.files[0]).toEqual(count > 0 ? { path: 'src/file-0001.json', status: 'modified' } : undefined);
    const calls = api.callsTo('pulls/list-files');
    expect(calls.map((call) => call.query.page)).toEqual(pages);
    expect(calls.every((call) => call.query.per_page === '100' && call.status === 200)).toBe(true);
    expect(api.problems).toEqual([]);
  });

  it('is capped when fewer files come back than the pull request says it changed', async () => {
    const { result, api } = await listWith(makeFiles(12), 15);
    expect(result).toMatchObject({ capped: true });
    expect(result.files).toHaveLength(12);
    expect(api.problems).toEqual([]);
  });

  it('maps every GitHub status, keeping the old path of a rename', async () => {
    const files: PullFile[] = [
      { filename: 'workflows/a.json', status: 'added' },
      { filename: 'workflows/b.json', status: 'removed' },
      { filename: 'workflows/c.json', status: 'modified' },
      { filename: 'workflows/new-name.json', status: 'renamed', previous_filename: 'workflows/old-name.json' },
      { filename: 'workflows/copy.json', status: 'copied', previous_filename: 'workflows/c.json' },
      { filename: 'scripts/run.sh', status: 'changed' },
      { filename: 'docs/same.md', status: 'unchanged' },
    ];
    const { result, api } = await listWith(files, files.length);
    expect(result).toEqual({
      capped: false,
      files: [
        { path: 'workflows/a.json', status: 'added' },
        { path: 'workflows/b.json', status: 'removed' },
        { path: 'workflows/c.json', status: 'modified' },
        { path: 'workflows/new-name.json', status: 'renamed', previousPath: 'workflows/old-name.json' },
        { path: 'workflows/copy.json', status: 'added' },
        { path: 'scripts/run.sh', status: 'modified' },
        { path: 'docs/same.md', status: 'modified' },
      ],
    });
    expect(api.problems).toEqual([]);
  });
});

describe('toFileChange', () => {
  it.each([
    [{ filename: 'a.json', status: 'renamed' }, { path: 'a.json', status: 'added' }],
    [{ filename: 'a.json', status: 'renamed', previous_filename: 'b.json' }, { path: 'a.json', status: 'renamed', previousPath: 'b.json' }],
    [{ filename: 'a.json', status: 'modified', previous_filename: 'b.json' }, { path: 'a.json', status: 'modified' }],
    [{ filename: 'a.json', status: 'some-future-status' }, { path: 'a.json', status: 'modified' }],
  ])('maps %j to %j', (entry, expected) => {
    expect(toFileChange(entry)).toEqual(expected);
  });
});
