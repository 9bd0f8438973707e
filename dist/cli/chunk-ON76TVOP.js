import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-RAXYFFWG.js";

// src/core/shard.ts
import { createHash } from "node:crypto";
var MAX_SHARDS = 256;
var SPLIT = { workflow: "workflow", manifest: "workflow", runbook: "workflow", template: "template", docs: "docs" };
function parseShard(text, label = "--shard") {
  const match = /^([0-9]{1,3})\/([0-9]{1,3})$/.exec(text);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && count <= MAX_SHARDS)) throw new UserError(`${label} must be i/n with n from 1 to ${MAX_SHARDS} (e.g. 2/4), got "${text}"`);
  if (!(index >= 1 && index <= count)) throw new UserError(`${label} ${text}: the shard number must be from 1 to ${count}`);
  return { index, count };
}
function shardOfKey(key, count) {
  return createHash("sha256").update(key).digest().readUInt32BE(0) % count + 1;
}
function ownsObject(shard, kind, id) {
  const group = SPLIT[kind];
  return group === void 0 || shardOfKey(`${group}:${id}`, shard.count) === shard.index;
}
function ownsFile(shard, path, object) {
  if (object && SPLIT[object.kind]) return ownsObject(shard, object.kind, object.id);
  return shardOfKey(`file:${path}`, shard.count) === shard.index;
}
function shardAffected(affected, shard, objectOf = () => void 0) {
  if (shard.count === 1) return affected;
  const owned = /* @__PURE__ */ new Map();
  const remember = (key, decide) => owned.get(key) ?? (owned.set(key, decide()), owned.get(key));
  const owns = (kind, id) => remember(`${kind}:${id}`, () => ownsObject(shard, kind, id));
  return {
    ...affected,
    objects: (kind) => affected.objects(kind).filter((o) => owns(o.kind, o.id)),
    owns,
    ownsFile: (path) => remember(`file:${path}`, () => ownsFile(shard, path, objectOf(path)))
  };
}

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
  parseShard,
  shardAffected,
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
