import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/git/git.ts
import { execFile } from "node:child_process";
var MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
var MAX_STDERR_CHARS = 2e3;
var DROPPED_ENV = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_NAMESPACE",
  "GIT_EXTERNAL_DIFF",
  "GIT_CONFIG_PARAMETERS",
  "GIT_CONFIG_COUNT"
];
var GIT_GLOBAL_ARGS = ["-c", "core.quotepath=off", "-c", "core.fsmonitor=false"];
var GitError = class extends Error {
  constructor(message, args, exitCode, stderr, stdout) {
    super(message);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.stdout = stdout;
  }
  args;
  exitCode;
  stderr;
  stdout;
  name = "GitError";
};
function gitEnv() {
  const env = { ...process.env };
  for (const name of DROPPED_ENV) delete env[name];
  env.GIT_TERMINAL_PROMPT = "0";
  env.LC_ALL = "C";
  env.GIT_CONFIG_NOSYSTEM = "1";
  return env;
}
function assertSafeRev(rev) {
  if (rev === "" || rev.startsWith("-") || /[\0\n\r]/.test(rev)) {
    throw new GitError(`invalid git revision ${JSON.stringify(rev)}`, [], void 0, "");
  }
  return rev;
}
function runGit(repoDir, args, input, env) {
  const fullArgs = [...GIT_GLOBAL_ARGS, ...args];
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      fullArgs,
      { cwd: repoDir, env: { ...gitEnv(), ...env }, encoding: "buffer", maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) reject(toGitError(args, error, stderr, stdout));
        else resolve(stdout);
      }
    );
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(input);
  });
}
function toGitError(args, error, stderr, stdout) {
  const text = trimStderr(stderr.toString());
  const exitCode = typeof error.code === "number" ? error.code : void 0;
  const why = exitCode !== void 0 ? `exit ${exitCode}` : error.code ?? "failed";
  const detail = text === "" ? "" : `: ${text}`;
  return new GitError(`git ${args.join(" ")} failed (${why})${detail}`, args, exitCode, text, stdout);
}
function trimStderr(stderr) {
  const trimmed = stderr.trim();
  return trimmed.length > MAX_STDERR_CHARS ? `${trimmed.slice(0, MAX_STDERR_CHARS)}…` : trimmed;
}

// src/adapters/git/refs.ts
async function resolveRef(repoDir, ref) {
  const args = ["rev-parse", "--verify", "--quiet", `${assertSafeRev(ref)}^{commit}`];
  try {
    return (await runGit(repoDir, args)).toString("utf8").trim();
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== void 0) {
      throw new GitError(`unknown git ref ${JSON.stringify(ref)}`, args, error.exitCode, error.stderr);
    }
    throw error;
  }
}
async function mergeBase(repoDir, a, b) {
  const args = ["merge-base", assertSafeRev(a), assertSafeRev(b)];
  try {
    return (await runGit(repoDir, args)).toString("utf8").trim();
  } catch (error) {
    if (error instanceof GitError && error.exitCode === 1) {
      throw new GitError(`no merge base between ${a} and ${b}`, args, 1, error.stderr);
    }
    throw error;
  }
}
async function pathInWorkTree(repoDir) {
  try {
    return (await runGit(repoDir, ["rev-parse", "--show-prefix"])).toString("utf8").trim();
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== void 0) return void 0;
    throw error;
  }
}

export {
  GIT_GLOBAL_ARGS,
  GitError,
  gitEnv,
  assertSafeRev,
  runGit,
  trimStderr,
  resolveRef,
  mergeBase,
  pathInWorkTree
};
