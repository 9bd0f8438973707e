import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInsideRoot, relativeSegments } from '../../../src/adapters/fs/safe-path.js';
import { workspaceChangeSet, workspaceSnapshot } from '../../../src/adapters/fs/workspace-snapshot.js';
import type { Snapshot } from '../../../src/core/types.js';

const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'));

describe('workspaceSnapshot', () => {
  let base: string;
  let root: string;
  let snapshot: Snapshot;

  const write = async (path: string, content: string) => {
    await fsp.mkdir(dirname(join(root, path)), { recursive: true });
    await fsp.writeFile(join(root, path), content);
  };

  beforeAll(async () => {
    base = await fsp.mkdtemp(join(tmpdir(), 'b3os-ws-'));
    root = join(base, 'repo');
    await fsp.mkdir(join(base, 'outside'), { recursive: true });
    await fsp.writeFile(join(base, 'outside/secret.txt'), 'SECRET');
    await write('a.json', '{"a":1}');
    await write('nested/deep/x.yml', 'x: 1\n');
    await write('nested/with space ü.md', '# ü\n');
    await write('.git/config', '[core]\n');
    await write('node_modules/pkg/index.js', 'module.exports = 1;\n');
    await write('sub/.git', 'gitdir: ../.git/modules/sub\n');
    await fsp.symlink(join(base, 'outside/secret.txt'), join(root, 'link'));
    await fsp.symlink('../outside', join(root, 'dirlink'));
    await fsp.symlink('/etc/passwd', join(root, 'nested/passwd'));
    await promisify(execFile)('mkfifo', [join(root, 'fifo')]);
    snapshot = workspaceSnapshot(root);
  });
  afterAll(() => fsp.rm(base, { recursive: true, force: true }));

  it('lists files and symlinks sorted, skipping .git, node_modules and non-files', async () => {
    expect(await snapshot.list()).toEqual([
      { path: 'a.json', kind: 'file', size: 7 },
      { path: 'dirlink', kind: 'symlink', size: 0 },
      { path: 'link', kind: 'symlink', size: 0 },
      { path: 'nested/deep/x.yml', kind: 'file', size: 5 },
      { path: 'nested/passwd', kind: 'symlink', size: 0 },
      { path: 'nested/with space ü.md', kind: 'file', size: Buffer.byteLength('# ü\n') },
    ]);
  });

  it('reads regular files, nested ones included', async () => {
    expect(text(await snapshot.read('a.json'))).toBe('{"a":1}');
    expect(text(await snapshot.read('nested/deep/x.yml'))).toBe('x: 1\n');
    expect(text(await snapshot.read('nested/with space ü.md'))).toBe('# ü\n');
  });

  it.each([
    ['a symlink to a file outside the root', 'link'],
    ['a symlink to /etc/passwd', 'nested/passwd'],
    ['a path through a symlinked directory', 'dirlink/secret.txt'],
    ['a parent traversal', '../outside/secret.txt'],
    ['a traversal in the middle', 'nested/../../outside/secret.txt'],
    ['a dot segment', 'nested/./deep/x.yml'],
    ['an empty segment', 'nested//deep/x.yml'],
    ['a trailing slash', 'a.json/'],
    ['a directory', 'nested'],
    ['the empty path', ''],
    ['a FIFO', 'fifo'],
    ['git data', '.git/config'],
    ['installed dependencies', 'node_modules/pkg/index.js'],
    ['an absent file', 'nope.md'],
    ['a file below a file', 'a.json/x'],
  ])('returns undefined for %s', async (_, path) => {
    expect(await snapshot.read(path)).toBeUndefined();
  });

  it('returns undefined for an absolute path, even one inside the root', async () => {
    expect(await snapshot.read(join(root, 'a.json'))).toBeUndefined();
    expect(await snapshot.read(join(base, 'outside/secret.txt'))).toBeUndefined();
  });

  it('reports every regular file as added in an all-mode change set', async () => {
    expect(await workspaceChangeSet(root)).toEqual({
      head: 'WORKTREE',
      mode: 'all',
      files: [
        { path: 'a.json', status: 'added' },
        { path: 'nested/deep/x.yml', status: 'added' },
        { path: 'nested/with space ü.md', status: 'added' },
      ],
    });
  });

  it('checks each directory once per run, and never takes a symlinked directory for a checked one', async () => {
    const verified = new Set<string>();
    expect(text(await readInsideRoot(root, 'nested/deep/x.yml', verified))).toBe('x: 1\n');
    expect([...verified].sort()).toEqual(['nested', 'nested/deep']);
    expect(await readInsideRoot(root, 'dirlink/secret.txt', verified)).toBeUndefined();
    expect(verified.has('dirlink')).toBe(false);
    expect(await readInsideRoot(root, 'nested/passwd', verified)).toBeUndefined();
  });

  it('reads after its walk without following a symlinked directory the walk listed', async () => {
    const walked = workspaceSnapshot(root);
    await walked.list();
    expect(text(await walked.read('nested/deep/x.yml'))).toBe('x: 1\n');
    expect(await walked.read('dirlink/secret.txt')).toBeUndefined();
    expect(await walked.read('link')).toBeUndefined();
  });
});

describe('relativeSegments', () => {
  it.each([
    ['a.json', ['a.json']],
    ['docs/x y/z.md', ['docs', 'x y', 'z.md']],
    ['.github/workflows/ci.yml', ['.github', 'workflows', 'ci.yml']],
    ['..hidden', ['..hidden']],
  ])('splits %j', (path, segments) => {
    expect(relativeSegments(path)).toEqual(segments);
  });

  it.each(['', '/etc/passwd', '../x', 'a/../b', './a', 'a//b', 'a/', 'a\0b', '.git/HEAD', 'x/node_modules/y'])('rejects %j', (path) => {
    expect(relativeSegments(path)).toBeUndefined();
  });
});
