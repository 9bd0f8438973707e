import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitError } from '../../../src/adapters/git/git.js';
import { gitSnapshot, hasCommit, mergeBase, resolveRef, type GitSnapshot } from '../../../src/adapters/git/snapshot.js';
import { createRepo, type FixtureRepo } from '../../support/git-repo.js';

const MANY = 500;
const manyPath = (i: number) => `many/f${String(i).padStart(3, '0')}.txt`;
/** Contents that stress the framing: newlines, NULs, a header-like line, empty, and a large blob. */
const manyContent = (i: number): Buffer =>
  i === 0 ? Buffer.alloc(0)
  : i === 1 ? Buffer.from('0123456789abcdef0123456789abcdef01234567 blob 12\nfake header\n')
  : i === 2 ? Buffer.alloc(300_000, 'x')
  : Buffer.from(`file ${i}\n\0binary\xff\n`.repeat(i % 7), 'latin1');
const ODD_NAMES = ['with space.md', 'ünïcödé/名前.json', 'new\nline.yml'];
const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'));

describe('gitSnapshot', () => {
  let repo: FixtureRepo;
  let first: string;
  let second: string;
  let submoduleSha: string;
  const open: GitSnapshot[] = [];
  const snapshot = (ref: string) => {
    const created = gitSnapshot(repo.dir, ref);
    open.push(created);
    return created;
  };

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('a.json', '{"v":1}\n');
    await repo.symlink('/etc/passwd', 'link');
    for (const name of ODD_NAMES) await repo.write(name, `content of ${name}`);
    for (let i = 0; i < MANY; i++) await repo.write(manyPath(i), manyContent(i));
    first = await repo.commit('first');
    submoduleSha = first;
    await repo.git('update-index', '--add', '--cacheinfo', `160000,${submoduleSha},sub`);
    await repo.write('a.json', '{"v":2}\n');
    await repo.git('add', 'a.json');
    await repo.git('commit', '--quiet', '-m', 'second');
    second = (await repo.git('rev-parse', 'HEAD')).trim();
    await repo.write('a.json', 'uncommitted working tree edit\n');
    await repo.write('untracked.md', 'never committed\n');
  });
  afterAll(async () => {
    for (const created of open) created.dispose();
    await repo.cleanup();
  });

  it('reads the content at each ref, not the working tree', async () => {
    expect(text(await snapshot(first).read('a.json'))).toBe('{"v":1}\n');
    expect(text(await snapshot(second).read('a.json'))).toBe('{"v":2}\n');
    expect(text(await snapshot('HEAD').read('a.json'))).toBe('{"v":2}\n');
    expect(await snapshot('HEAD').read('untracked.md')).toBeUndefined();
  });

  it('lists files, the symlink and the submodule with their kinds, sorted by path', async () => {
    const entries = await snapshot(second).list();
    expect(entries).toHaveLength(1 + 1 + 1 + ODD_NAMES.length + MANY);
    expect(entries.map((e) => e.path)).toEqual([...entries.map((e) => e.path)].sort());
    expect(entries.filter((e) => !e.path.startsWith('many/'))).toEqual([
      { path: 'a.json', kind: 'file', size: 8 },
      { path: 'link', kind: 'symlink', size: 0 },
      { path: 'new\nline.yml', kind: 'file', size: 23 },
      { path: 'sub', kind: 'submodule', size: 0 },
      { path: 'with space.md', kind: 'file', size: 24 },
      { path: 'ünïcödé/名前.json', kind: 'file', size: Buffer.byteLength('content of ünïcödé/名前.json') },
    ]);
    expect(entries.find((e) => e.path === manyPath(2))).toEqual({ path: manyPath(2), kind: 'file', size: 300_000 });
  });

  it.each([
    ['a symlink to /etc/passwd', 'link'],
    ['a submodule', 'sub'],
    ['an absent path', 'nope.md'],
    ['a directory', 'many'],
    ['a traversal', '../a.json'],
  ])('returns undefined for %s', async (_, path) => {
    expect(await snapshot(second).read(path)).toBeUndefined();
  });

  it('reads paths with spaces, unicode and newlines', async () => {
    const head = snapshot(second);
    const contents = await Promise.all(ODD_NAMES.map((name) => head.read(name)));
    expect(contents.map(text)).toEqual(ODD_NAMES.map((name) => `content of ${name}`));
  });

  it(`reads ${MANY} files concurrently, every one correct`, async () => {
    const head = snapshot(second);
    const contents = await Promise.all(Array.from({ length: MANY }, (_, i) => head.read(manyPath(i))));
    const wrong = contents.flatMap((content, i) => (Buffer.from(content ?? []).equals(manyContent(i)) ? [] : [i]));
    expect(wrong).toEqual([]);
  });

  it('keeps working after dispose and starts a new reader on demand', async () => {
    const head = snapshot(second);
    expect(text(await head.read('a.json'))).toBe('{"v":2}\n');
    head.dispose();
    expect(text(await head.read('with space.md'))).toBe('content of with space.md');
  });

  it('rejects unknown refs and option-like refs', async () => {
    await expect(snapshot('no-such-ref').list()).rejects.toBeInstanceOf(GitError);
    await expect(snapshot('no-such-ref').read('a.json')).rejects.toBeInstanceOf(GitError);
    expect(() => gitSnapshot(repo.dir, '--output=x')).toThrow('invalid git revision "--output=x"');
  });

  it('resolves refs, checks commits and finds the merge base', async () => {
    expect(await resolveRef(repo.dir, 'HEAD~1')).toBe(first);
    await expect(resolveRef(repo.dir, 'nope')).rejects.toThrow('unknown git ref "nope"');
    expect(await hasCommit(repo.dir, first)).toBe(true);
    expect(await hasCommit(repo.dir, 'f'.repeat(40))).toBe(false);
    expect(await mergeBase(repo.dir, first, second)).toBe(first);
  });
});
