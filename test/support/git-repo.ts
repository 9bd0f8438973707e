/** Throwaway git repositories for adapter tests: fixed identity and dates, no user or system config. */
import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const FIXED_ENV = {
  GIT_AUTHOR_NAME: 'Fixture Author',
  GIT_AUTHOR_EMAIL: 'author@example.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'Fixture Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.invalid',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

/** A repository in a fresh temp directory, with helpers that write files and make commits. */
export interface FixtureRepo {
  readonly dir: string;
  git(...args: string[]): Promise<string>;
  write(path: string, content: string | Uint8Array): Promise<void>;
  remove(path: string): Promise<void>;
  symlink(target: string, path: string): Promise<void>;
  /** Stages everything and commits; returns the new commit's sha. */
  commit(message: string): Promise<string>;
  cleanup(): Promise<void>;
}

/** Creates an empty repository on branch `main`. */
export async function createRepo(): Promise<FixtureRepo> {
  const dir = await fsp.mkdtemp(join(tmpdir(), 'b3os-git-'));
  const git = (...args: string[]) => runFixtureGit(dir, args);
  await git('init', '--quiet', '--initial-branch=main');
  await git('config', 'commit.gpgsign', 'false');
  await git('config', 'core.autocrlf', 'false');
  return {
    dir,
    git,
    async write(path, content) {
      await fsp.mkdir(dirname(join(dir, path)), { recursive: true });
      await fsp.writeFile(join(dir, path), content);
    },
    remove: (path) => fsp.rm(join(dir, path), { recursive: true }),
    async symlink(target, path) {
      await fsp.mkdir(dirname(join(dir, path)), { recursive: true });
      await fsp.symlink(target, join(dir, path));
    },
    async commit(message) {
      await git('add', '--all');
      await git('commit', '--quiet', '--allow-empty', '-m', message);
      return (await git('rev-parse', 'HEAD')).trim();
    },
    cleanup: () => fsp.rm(dir, { recursive: true, force: true }),
  };
}

function runFixtureGit(dir: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...FIXED_ENV };
    const child = execFile('git', args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`fixture git ${args.join(' ')}: ${stderr}`));
      else resolve(stdout);
    });
    child.stdin?.end();
  });
}
