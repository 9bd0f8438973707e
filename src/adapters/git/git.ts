/**
 * The one place that starts git: asynchronous, no shell, a fixed environment, errors that carry
 * the command and git's stderr but never the environment.
 */
import { execFile, type ExecFileException } from 'node:child_process';

/** Largest stdout a single git command may produce (a full `ls-tree -r` of a huge repository fits). */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
/** stderr kept in an error message; git's own messages are far shorter. */
const MAX_STDERR_CHARS = 2000;

/**
 * Variables that would point git somewhere other than `repoDir` or change what it runs; the
 * adapter's contract is "the repository at repoDir", so inherited values are dropped.
 */
const DROPPED_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
  'GIT_EXTERNAL_DIFF',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
];

/** Options every git invocation gets, before the subcommand. */
export const GIT_GLOBAL_ARGS: readonly string[] = ['-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false'];

/** A git command that failed. `message` names the command, the exit code and git's trimmed stderr. */
export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    message: string,
    /** The arguments after `git`, for messages and tests. */
    readonly args: readonly string[],
    /** git's exit code, or undefined when git could not be started or was killed. */
    readonly exitCode: number | undefined,
    readonly stderr: string,
    /** What git wrote to stdout before failing; some commands (merge-tree) answer there with a non-zero exit. */
    readonly stdout?: Buffer,
  ) {
    super(message);
  }
}

/** The environment git runs with: inherited, minus redirections, plus prompts off and the C locale. */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of DROPPED_ENV) delete env[name];
  env.GIT_TERMINAL_PROMPT = '0';
  env.LC_ALL = 'C';
  env.GIT_CONFIG_NOSYSTEM = '1';
  return env;
}

/**
 * Rejects a revision that git could take for an option (leading `-`) or that cannot be a single
 * argument line (empty, NUL, newline). Throws a `GitError`; returns the revision unchanged.
 */
export function assertSafeRev(rev: string): string {
  if (rev === '' || rev.startsWith('-') || /[\0\n\r]/.test(rev)) {
    throw new GitError(`invalid git revision ${JSON.stringify(rev)}`, [], undefined, '');
  }
  return rev;
}

/**
 * Runs `git <args>` in `repoDir` and resolves with its stdout. `input`, when given, is written to
 * stdin; otherwise stdin is closed at once. `env` adds variables (a temporary index, an identity). A non-zero exit, a start failure or output above the
 * buffer limit rejects with a `GitError`.
 */
export function runGit(repoDir: string, args: readonly string[], input?: Uint8Array | string, env?: NodeJS.ProcessEnv): Promise<Buffer> {
  const fullArgs = [...GIT_GLOBAL_ARGS, ...args];
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      fullArgs,
      { cwd: repoDir, env: { ...gitEnv(), ...env }, encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) reject(toGitError(args, error, stderr, stdout));
        else resolve(stdout);
      },
    );
    // A git that exits before reading its input makes the write fail with EPIPE; the exit code
    // reported by the callback is the useful error, so this one is dropped.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

function toGitError(args: readonly string[], error: ExecFileException, stderr: Buffer | string, stdout: Buffer): GitError {
  const text = trimStderr(stderr.toString());
  const exitCode = typeof error.code === 'number' ? error.code : undefined;
  const why = exitCode !== undefined ? `exit ${exitCode}` : (error.code ?? 'failed');
  const detail = text === '' ? '' : `: ${text}`;
  return new GitError(`git ${args.join(' ')} failed (${why})${detail}`, args, exitCode, text, stdout);
}

/** Trims git's stderr to a bounded, single-paragraph text. */
export function trimStderr(stderr: string): string {
  const trimmed = stderr.trim();
  return trimmed.length > MAX_STDERR_CHARS ? `${trimmed.slice(0, MAX_STDERR_CHARS)}…` : trimmed;
}
