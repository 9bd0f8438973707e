import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSafeRev, gitEnv, GitError, runGit } from '../../../src/adapters/git/git.js';

describe('runGit', () => {
  let outside: string;
  beforeAll(async () => {
    outside = await fsp.mkdtemp(join(tmpdir(), 'b3os-git-runner-'));
  });
  afterAll(() => fsp.rm(outside, { recursive: true, force: true }));

  it('passes input on stdin and resolves with stdout', async () => {
    const out = await runGit(outside, ['hash-object', '--stdin'], 'hello\n');
    expect(out.toString('utf8')).toBe('ce013625030ba8dba906f756967f9e9ca394464a\n');
  });

  it('closes stdin when there is no input, so git never waits for it', async () => {
    const out = await runGit(outside, ['hash-object', '--stdin']);
    expect(out.toString('utf8')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391\n');
  });

  it('turns a failure into a GitError with the command, exit code and trimmed stderr', async () => {
    const error = await runGit(outside, ['rev-parse', 'HEAD']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({
      args: ['rev-parse', 'HEAD'],
      exitCode: 128,
      stderr: expect.stringMatching(/^fatal: not a git repository/),
      message: expect.stringMatching(/^git rev-parse HEAD failed \(exit 128\): fatal: not a git repository/),
    });
    expect((error as GitError).message).not.toMatch(/PATH=|HOME=/);
  });

  it('reports a directory that does not exist without an exit code', async () => {
    await expect(runGit(join(outside, 'missing'), ['status'])).rejects.toMatchObject({ name: 'GitError', exitCode: undefined });
  });
});

describe('gitEnv', () => {
  it('turns prompts and system config off, fixes the locale and drops redirections', () => {
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = '/somewhere/else';
    try {
      const env = gitEnv();
      expect(env).toMatchObject({ GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1' });
      expect(env.GIT_DIR).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });
});

describe('assertSafeRev', () => {
  it.each(['main', 'HEAD~1', 'refs/pull/1/merge', 'a'.repeat(40)])('accepts %j', (rev) => {
    expect(assertSafeRev(rev)).toBe(rev);
  });

  it.each(['', '-n', '--output=/tmp/x', 'main\nHEAD', 'a\0b'])('rejects %j', (rev) => {
    expect(() => assertSafeRev(rev)).toThrow(`invalid git revision ${JSON.stringify(rev)}`);
  });
});
