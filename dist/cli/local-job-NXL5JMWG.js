import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runGate
} from "./chunk-LT7PTBA5.js";
import {
  GIT_GLOBAL_ARGS,
  GitError,
  assertSafeRev,
  gitEnv,
  mergeBase,
  pathInWorkTree,
  resolveRef,
  runGit,
  trimStderr
} from "./chunk-OBLJMJYN.js";
import "./chunk-ROLON4ER.js";
import "./chunk-OPXKDCSX.js";
import {
  createB3osClient
} from "./chunk-6AA244QS.js";
import {
  UserError
} from "./chunk-RAXYFFWG.js";
import "./chunk-6NRE5UXC.js";
import "./chunk-ZJZPJOLN.js";
import {
  definitionToEntry,
  shapeProblems
} from "./chunk-PCQAUOTE.js";
import "./chunk-4RIYA6T5.js";
import "./chunk-DABURJU3.js";
import "./chunk-OXKGPKZ2.js";
import "./chunk-IULPQKPB.js";
import "./chunk-TB6QAKHI.js";

// src/adapters/b3os/platform.ts
var CONCURRENCY = 4;
function createPlatform(client, options) {
  const cache = /* @__PURE__ */ new Map();
  const lookupOne = (type) => {
    let found = cache.get(type);
    if (!found) {
      found = fetchEntry(client, type);
      cache.set(type, found);
    }
    return found;
  };
  return {
    baseUrl: client.baseUrl,
    lookupTypes: async (types) => collect(types, await mapLimited([...new Set(types)], lookupOne)),
    ...options.hasKey ? { validateWorkflow: (body) => client.validateWorkflow(body) } : {}
  };
}
function platformFor(apiUrl, apiKey) {
  if (!apiUrl) return void 0;
  return createPlatform(createB3osClient({ baseUrl: apiUrl, apiKey }), { hasKey: apiKey !== void 0 });
}
async function fetchEntry(client, type) {
  try {
    const action = await client.getAction(type);
    const kind = String(action?.category).toLowerCase() === "logic" ? "logic" : "action";
    if (action) return toEntry(action, type, kind, `${client.baseUrl}/v1/actions/${encodeURIComponent(type)}`);
    const trigger = await client.getTrigger(type);
    if (trigger) return toEntry(trigger, type, "trigger", `${client.baseUrl}/v1/triggers/${encodeURIComponent(type)}`);
    return {};
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}
function toEntry(record, type, kind, origin) {
  if (record.type !== type) return { failure: `${origin} returned the definition of \`${record.type}\`` };
  const problems = shapeProblems(kind === "trigger" ? "trigger-fields" : "action-fields", record);
  if (problems.length > 0) return { failure: `${origin} returned an invalid definition: ${problems[0].message} at ${problems[0].pointer}` };
  return { entry: definitionToEntry(record, { type, kind, source: "live", origin }) };
}
function collect(types, found) {
  const unique = [...new Set(types)];
  const entries = [];
  const failures = [];
  found.forEach((f, i) => {
    if (f.entry) entries.push(f.entry);
    if (f.failure) failures.push({ type: unique[i], reason: f.failure });
  });
  return { entries, failures };
}
async function mapLimited(items, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

// src/run/local-input.ts
import { statSync } from "node:fs";

// src/adapters/fs/workspace-snapshot.ts
import { readdirSync } from "node:fs";
import { join as join2 } from "node:path";

// src/adapters/fs/safe-path.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
var SKIPPED_NAMES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var WINDOWS_ESCAPE = /\\|^[A-Za-z]:/;
function relativeSegments(path) {
  if (path === "" || path.startsWith("/") || path.includes("\0")) return void 0;
  if (process.platform === "win32" && WINDOWS_ESCAPE.test(path)) return void 0;
  const segments = path.split("/");
  return segments.some(isForbiddenSegment) ? void 0 : segments;
}
function isForbiddenSegment(segment) {
  return segment === "" || segment === "." || segment === ".." || SKIPPED_NAMES.has(segment);
}
async function readInsideRoot(rootDir, path, verifiedDirs) {
  const segments = relativeSegments(path);
  if (!segments) return void 0;
  let directory = "";
  for (const segment of segments.slice(0, -1)) {
    directory = directory === "" ? segment : `${directory}/${segment}`;
    if (verifiedDirs?.has(directory)) continue;
    if (!lstatOrUndefined(join(rootDir, directory))?.isDirectory()) return void 0;
    verifiedDirs?.add(directory);
  }
  return readRegularFile(join(rootDir, path));
}
function readRegularFile(fullPath) {
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  let fd;
  try {
    fd = openSync(fullPath, flags);
  } catch (error) {
    if (isGoneOrLink(error)) return void 0;
    throw error;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : void 0;
  } finally {
    closeSync(fd);
  }
}
function lstatOrUndefined(fullPath) {
  try {
    return lstatSync(fullPath);
  } catch (error) {
    if (isGoneOrLink(error)) return void 0;
    throw error;
  }
}
function isGoneOrLink(error) {
  const code = error.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP" || code === "EMLINK";
}

// src/adapters/fs/workspace-snapshot.ts
var WORKTREE_REF = "WORKTREE";
function workspaceSnapshot(rootDir, visible) {
  let listing;
  const verifiedDirs = /* @__PURE__ */ new Set();
  const keep = (entries) => visible ? entries.filter((e) => visible.has(e.path)) : entries;
  return {
    ref: WORKTREE_REF,
    list: () => listing ??= Promise.resolve().then(() => keep(walk(rootDir, verifiedDirs))),
    read: (path) => visible && !visible.has(path) ? Promise.resolve(void 0) : readInsideRoot(rootDir, path, verifiedDirs)
  };
}
async function everyFileChangeSet(snapshot, head) {
  const files = (await snapshot.list()).filter((entry) => entry.kind === "file").map((entry) => ({ path: entry.path, status: "added" }));
  return { head, mode: "all", files };
}
function walk(rootDir, verifiedDirs) {
  const entries = [];
  const pending = [""];
  for (let relativeDir = pending.pop(); relativeDir !== void 0; relativeDir = pending.pop()) {
    const dirents = readdirSync(join2(rootDir, relativeDir), { withFileTypes: true });
    for (const item of dirents.map((dirent) => describe(rootDir, relativeDir, dirent))) {
      if (item === void 0) continue;
      if ("directory" in item) {
        pending.push(item.directory);
        verifiedDirs.add(item.directory);
      } else entries.push(item);
    }
  }
  return entries.sort((a, b) => a.path === b.path ? 0 : a.path < b.path ? -1 : 1);
}
function describe(rootDir, relativeDir, dirent) {
  if (SKIPPED_NAMES.has(dirent.name)) return void 0;
  const path = relativeDir === "" ? dirent.name : `${relativeDir}/${dirent.name}`;
  if (dirent.isDirectory()) return { directory: path };
  if (dirent.isSymbolicLink()) return { path, kind: "symlink", size: 0 };
  const stats = lstatOrUndefined(join2(rootDir, path));
  if (!stats) return void 0;
  if (stats.isSymbolicLink()) return { path, kind: "symlink", size: 0 };
  if (stats.isDirectory()) return { directory: path };
  if (stats.isFile()) return { path, kind: "file", size: stats.size };
  return void 0;
}

// src/adapters/git/batch-reader.ts
import { spawn } from "node:child_process";

// src/adapters/git/batch-framing.ts
var NEWLINE = 10;
var BatchFrameParser = class {
  chunks = [];
  buffered = 0;
  header;
  /** Adds a chunk and returns every frame it completed (possibly none). */
  push(chunk) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames = [];
    for (let frame = this.next(); frame; frame = this.next()) frames.push(frame);
    return frames;
  }
  next() {
    if (!this.header) {
      const line = this.takeLine();
      if (line === void 0) return void 0;
      const missing = parseMissing(line);
      if (missing) return missing;
      this.header = parseHeader(line);
    }
    if (this.buffered < this.header.size + 1) return void 0;
    const content = this.take(this.header.size);
    this.take(1);
    const { oid, type } = this.header;
    this.header = void 0;
    return { kind: "object", oid, type, content };
  }
  takeLine() {
    let offset = 0;
    for (const chunk of this.chunks) {
      const index = chunk.indexOf(NEWLINE);
      if (index >= 0) {
        const line = this.take(offset + index).toString("utf8");
        this.take(1);
        return line;
      }
      offset += chunk.length;
    }
    return void 0;
  }
  take(count) {
    const joined = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    const taken = joined.subarray(0, count);
    const rest = joined.subarray(count);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return taken;
  }
};
function parseMissing(line) {
  const match = /^(.*) (missing|ambiguous)$/.exec(line);
  return match ? { kind: "missing", name: match[1] } : void 0;
}
function parseHeader(line) {
  const match = /^([0-9a-f]+) ([a-z]+) ([0-9]+)$/.exec(line);
  if (!match) throw new Error(`unexpected cat-file header ${JSON.stringify(line.slice(0, 200))}`);
  return { oid: match[1], type: match[2], size: Number(match[3]) };
}

// src/adapters/git/batch-reader.ts
var DEFAULT_IDLE_MS = 200;
var BATCH_ARGS = ["cat-file", "--batch"];
var CatFileBatch = class {
  constructor(repoDir, idleMs = DEFAULT_IDLE_MS) {
    this.repoDir = repoDir;
    this.idleMs = idleMs;
  }
  repoDir;
  idleMs;
  child;
  queue = [];
  idleTimer;
  starts = 0;
  outbox;
  /** Whether a batch process is currently running (for tests and diagnostics). */
  get running() {
    return this.child !== void 0;
  }
  /** How many batch processes this reader has started so far (for tests and diagnostics). */
  get processesStarted() {
    return this.starts;
  }
  /** The content of blob `oid`. Rejects with a `GitError` if it is missing, not a blob, or git fails. */
  readBlob(oid) {
    if (!/^[0-9a-f]{4,64}$/.test(oid)) {
      return Promise.reject(new GitError(`invalid object id ${oid}`, BATCH_ARGS, void 0, ""));
    }
    this.cancelIdle();
    const child = this.child ?? this.start();
    if (this.queue.length === 0) holdLoop(child, true);
    return new Promise((resolve2, reject) => {
      this.queue.push({ oid, resolve: resolve2, reject });
      this.send(child, oid);
    });
  }
  /** Requests made in the same turn reach git in one write: one system call, not one per blob. */
  send(child, oid) {
    if (this.outbox?.child !== child) {
      const box = { child, oids: [] };
      this.outbox = box;
      process.nextTick(() => this.flush(box));
    }
    this.outbox.oids.push(oid);
  }
  flush(box) {
    if (this.outbox === box) this.outbox = void 0;
    if (box.child === this.child) box.child.stdin.write(`${box.oids.join("\n")}
`);
  }
  /** Ends the running process now. Pending reads are rejected; later reads start a new process. */
  dispose() {
    this.cancelIdle();
    const child = this.child;
    if (!child) return;
    this.fail(new GitError("git cat-file --batch was disposed", BATCH_ARGS, void 0, ""));
    child.stdin.end();
  }
  start() {
    const child = spawn("git", [...GIT_GLOBAL_ARGS, ...BATCH_ARGS], {
      cwd: this.repoDir,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true
    });
    const parser = new BatchFrameParser();
    let stderr = "";
    child.stdout.on("data", (chunk) => this.onData(child, parser, chunk));
    child.stderr.on("data", (chunk) => stderr = (stderr + chunk.toString("utf8")).slice(-4e3));
    child.stdin.on("error", () => void 0);
    child.on("error", (error) => this.onExit(child, `could not run git: ${error.message}`, void 0));
    child.on("close", (code) => this.onExit(child, trimStderr(stderr), code ?? void 0));
    this.child = child;
    this.starts += 1;
    return child;
  }
  onData(child, parser, chunk) {
    if (child !== this.child) return;
    let frames;
    try {
      frames = parser.push(chunk);
    } catch (error) {
      this.fail(new GitError(`git cat-file --batch: ${error.message}`, BATCH_ARGS, void 0, ""));
      child.kill();
      return;
    }
    for (const frame of frames) this.settle(frame);
    if (this.queue.length === 0) {
      holdLoop(child, false);
      this.scheduleIdle();
    }
  }
  settle(frame) {
    const pending = this.queue.shift();
    if (!pending) return;
    if (frame.kind === "missing") {
      pending.reject(new GitError(`git object ${pending.oid} is missing`, BATCH_ARGS, void 0, ""));
    } else if (frame.type !== "blob" || !frame.oid.startsWith(pending.oid)) {
      pending.reject(new GitError(`git object ${pending.oid} is not the expected blob`, BATCH_ARGS, void 0, ""));
    } else {
      pending.resolve(frame.content);
    }
  }
  onExit(child, stderr, code) {
    if (child !== this.child) return;
    const detail = stderr === "" ? "" : `: ${stderr}`;
    const message = `git cat-file --batch exited (${code ?? "no exit code"})${detail}`;
    this.fail(new GitError(message, BATCH_ARGS, code, stderr));
  }
  /** Rejects every pending read and forgets the process, so the next read starts afresh. */
  fail(error) {
    this.cancelIdle();
    const queue = this.queue;
    this.queue = [];
    this.child = void 0;
    for (const pending of queue) pending.reject(error);
  }
  scheduleIdle() {
    this.cancelIdle();
    this.idleTimer = setTimeout(() => this.dispose(), this.idleMs);
    this.idleTimer.unref();
  }
  cancelIdle() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = void 0;
  }
};
function holdLoop(child, hold) {
  for (const handle of [child, child.stdin, child.stdout, child.stderr]) {
    if (hold) handle.ref?.();
    else handle.unref?.();
  }
}

// src/adapters/git/tree.ts
var KIND_BY_MODE = {
  "100644": "file",
  "100755": "file",
  "120000": "symlink",
  "160000": "submodule"
};
function lsTreeArgs(rev) {
  return ["ls-tree", "-r", "-z", "--long", "--full-tree", rev];
}
function parseLsTree(output) {
  const entries = [];
  for (const record of lsTreeRecords(output)) {
    if (record === "") continue;
    const entry = parseRecord(record);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => comparePaths(a.path, b.path));
}
function lsTreeRecords(output) {
  let text;
  try {
    text = STRICT_UTF8.decode(output);
  } catch {
    return splitNul(output).map(decodeGitPath);
  }
  const records = text.split("\0");
  if (records[records.length - 1] === "") records.pop();
  return records;
}
function parseRecord(record) {
  const tab = record.indexOf("	");
  if (tab < 0) throw new Error(`unexpected ls-tree record ${JSON.stringify(record.slice(0, 200))}`);
  const afterMode = record.indexOf(" ");
  const oidAt = record.indexOf(" ", afterMode + 1) + 1;
  const afterOid = record.indexOf(" ", oidAt);
  return entryOf(record.slice(0, afterMode), record.slice(oidAt, afterOid), record.slice(afterOid, tab), record.slice(tab + 1));
}
function entryOf(mode, oid, size, path) {
  const kind = KIND_BY_MODE[mode];
  if (kind === void 0) return void 0;
  return { path, kind, size: kind === "file" ? Number(size) : 0, oid };
}
function comparePaths(a, b) {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
function splitNul(output) {
  const fields = [];
  let from = 0;
  for (let at = output.indexOf(0); at >= 0; at = output.indexOf(0, from)) {
    fields.push(output.subarray(from, at));
    from = at + 1;
  }
  if (from < output.length) fields.push(output.subarray(from));
  return fields;
}
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeGitPath(bytes) {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return [...bytes].map((b) => b < 128 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`).join("");
  }
}

// src/adapters/git/search.ts
var GLOB_SPECIAL = /[*?[\]\\]/;
var LINE_BREAK = /[\r\n]/;
var MAX_EXPRESSIONS = 100;
function searchable(query, names) {
  const { patterns } = query;
  if (patterns.length === 0 || query.regex && patterns.length > MAX_EXPRESSIONS || patterns.some((p) => p === "" || LINE_BREAK.test(p))) return false;
  return names.every((n) => n !== "" && !GLOB_SPECIAL.test(n) && !n.includes("/"));
}
async function searchTree(repoDir, rev, query, names, skip) {
  if (!searchable(query, names)) return void 0;
  const pathspecs = [...names.map((name) => `:(top,glob)**/${name}`), ...skip.map((path) => `:(top,exclude,literal)${path}`)];
  const args = ["grep", "--no-textconv", "--no-color", "-z", "-l", query.regex ? "-E" : "-F", "--full-name", "-f", "-", rev, "--", ...pathspecs];
  let output;
  try {
    output = await runGit(repoDir, args, `${query.patterns.join("\n")}
`);
  } catch (error) {
    if (error instanceof GitError && error.exitCode === 1 && (error.stdout?.length ?? 0) === 0 && error.stderr === "") return /* @__PURE__ */ new Set();
    throw error;
  }
  const prefix = `${rev}:`;
  return new Set(splitNul(output).map(decodeGitPath).map((name) => name.startsWith(prefix) ? name.slice(prefix.length) : name));
}

// src/adapters/git/tree-diff.ts
async function listingBeside(repoDir, near, nearRev, rev) {
  const differences = parseRawDiff(await runGit(repoDir, ["diff-tree", "-r", "-z", "--raw", "--no-renames", "--no-relative", "--no-abbrev", "--ignore-submodules=none", nearRev, rev]));
  const sizes = await blobSizes(repoDir, differences.filter((d) => d.mode.startsWith("100")).map((d) => d.oid));
  const changed = /* @__PURE__ */ new Map();
  for (const { path, mode, oid } of differences) {
    const size = sizes.get(oid);
    if (mode.startsWith("100") && size === void 0) throw new GitError(`git object ${oid} is missing`, ["cat-file", "--batch-check"], void 0, "");
    changed.set(path, entryOf(mode, oid, size ?? "-", path));
  }
  const added = [...changed.values()].filter((entry) => entry !== void 0).sort((a, b) => comparePaths(a.path, b.path));
  const kept = near.entries.filter((entry) => !changed.has(entry.path));
  return {
    entries: mergeSorted(kept, added.map(({ path, kind, size }) => ({ path, kind, size }))),
    entryAt: (path) => changed.has(path) ? changed.get(path) : near.entryAt(path)
  };
}
function parseRawDiff(output) {
  const fields = splitNul(output);
  const out = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const header = fields[i].toString("latin1");
    const [, mode, , oid] = header.slice(1).split(" ");
    if (!header.startsWith(":") || mode === void 0 || oid === void 0) throw new Error(`unexpected diff-tree record ${JSON.stringify(header.slice(0, 200))}`);
    out.push({ path: decodeGitPath(fields[i + 1]), mode, oid });
  }
  return out;
}
async function blobSizes(repoDir, oids) {
  const sizes = /* @__PURE__ */ new Map();
  if (oids.length === 0) return sizes;
  const output = await runGit(repoDir, ["cat-file", "--batch-check"], `${oids.join("\n")}
`);
  for (const line of output.toString("latin1").split("\n")) {
    const [oid, type, size] = line.split(" ");
    if (type === "blob" && size !== void 0) sizes.set(oid, size);
  }
  return sizes;
}
function mergeSorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(comparePaths(a[i].path, b[j].path) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

// src/adapters/git/snapshot.ts
function gitSnapshot(repoDir, ref, options = {}) {
  const rev = assertSafeRev(ref);
  const blobs = options.blobs ?? new CatFileBatch(repoDir, options.idleMs ?? DEFAULT_IDLE_MS);
  let tree;
  const { near } = options;
  const loadTree = () => {
    tree ??= near ? near.listing().then((nearby) => listingBeside(repoDir, nearby, near.ref, rev)) : runGit(repoDir, lsTreeArgs(rev)).then(listingOf);
    return tree;
  };
  return {
    ref,
    async list() {
      return (await loadTree()).entries;
    },
    async read(path) {
      const entry = (await loadTree()).entryAt(path);
      if (entry?.kind !== "file") return void 0;
      return blobs.readBlob(entry.oid);
    },
    search: (query, names, skip) => searchTree(repoDir, rev, query, names, skip),
    listing: loadTree,
    dispose: () => options.blobs ? void 0 : blobs.dispose()
  };
}
function listingOf(output) {
  const listed = parseLsTree(output);
  const byPath = new Map(listed.map((entry) => [entry.path, entry]));
  return { entries: listed.map(({ path, kind, size }) => ({ path, kind, size })), entryAt: (path) => byPath.get(path) };
}

// src/adapters/git/changed-files.ts
async function gitDiffChangeSet(repoDir, { base, head, from }) {
  const output = await runGit(repoDir, [...DIFF_ARGS, from, head]);
  return { base, head, mode: "diff", files: parseNameStatus(output) };
}
var DIFF_ARGS = ["diff", "-z", "--name-status", "-M", "--no-relative", "--no-ext-diff", "--no-textconv"];
async function gitWorkingTreeDiff(repoDir, { base, from }) {
  const [tracked, untracked] = await Promise.all([
    runGit(repoDir, [...DIFF_ARGS, from]),
    runGit(repoDir, ["ls-files", "-z", "--others", "--exclude-standard", "--full-name"])
  ]);
  const added = splitNul(untracked).map(decodeGitPath).map((path) => ({ path, status: "added" }));
  return { base, head: WORKTREE_REF, mode: "diff", files: [...parseNameStatus(tracked), ...added] };
}
async function gitVisibleFiles(repoDir) {
  const output = await runGit(repoDir, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name"]);
  return new Set(splitNul(output).map(decodeGitPath));
}
function parseNameStatus(output) {
  const fields = splitNul(output).map(decodeGitPath);
  const files = [];
  for (let index = 0; index < fields.length; ) {
    const letter = fields[index].charAt(0);
    if (letter === "R" || letter === "C") {
      const [previousPath, path] = [fields[index + 1], fields[index + 2]];
      if (path === void 0) throw new Error(`truncated git diff record for ${previousPath}`);
      files.push(letter === "R" ? { path, status: "renamed", previousPath } : { path, status: "added" });
      index += 3;
    } else {
      const path = fields[index + 1];
      if (path === void 0) throw new Error("truncated git diff record");
      files.push({ path, status: singlePathStatus(letter, path) });
      index += 2;
    }
  }
  return files;
}
function singlePathStatus(letter, path) {
  switch (letter) {
    case "A":
      return "added";
    case "M":
    case "T":
      return "modified";
    case "D":
      return "removed";
    default:
      throw new Error(`unexpected git diff status ${JSON.stringify(letter)} for ${path}`);
  }
}

// src/adapters/git/repository.ts
var SHARED_IDLE_MS = 1e4;
function openGitRepository(dir, options = {}) {
  const blobs = new CatFileBatch(dir, options.idleMs ?? SHARED_IDLE_MS);
  const refs = /* @__PURE__ */ new Map();
  const bases = /* @__PURE__ */ new Map();
  const snapshots = /* @__PURE__ */ new Map();
  const derived = /* @__PURE__ */ new Set();
  const snapshot = (rev, near) => once(snapshots, rev, () => {
    if (near === void 0 || near === rev || derived.has(near)) return gitSnapshot(dir, rev, { blobs });
    derived.add(rev);
    return gitSnapshot(dir, rev, { blobs, near: snapshot(near) });
  });
  return {
    dir,
    resolve: (ref) => once(refs, ref, () => resolveRef(dir, ref)),
    mergeBase: (a, b) => once(bases, `${a}\0${b}`, () => mergeBase(dir, a, b)),
    snapshot,
    dispose: () => blobs.dispose(),
    get processesStarted() {
      return blobs.processesStarted;
    }
  };
}
function once(cache, key, make) {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
}

// src/adapters/git/working-tree-commit.ts
import { copyFile, mkdtemp, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3, resolve } from "node:path";
var IDENTITY = {
  GIT_AUTHOR_NAME: "b3os-readiness",
  GIT_AUTHOR_EMAIL: "b3os-readiness@localhost",
  GIT_COMMITTER_NAME: "b3os-readiness",
  GIT_COMMITTER_EMAIL: "b3os-readiness@localhost"
};
async function workingTreeCommit(repoDir, head) {
  const dir = await mkdtemp(join3(tmpdir(), "b3os-readiness-index-"));
  const env = { GIT_INDEX_FILE: join3(dir, "index") };
  try {
    await readHeadIntoIndex(repoDir, assertSafeRev(head), env);
    await runGit(repoDir, ["add", "--all", "--", ":/"], void 0, env);
    const tree = (await runGit(repoDir, ["write-tree"], void 0, env)).toString("utf8").trim();
    const commit = await runGit(repoDir, ["commit-tree", tree, "-p", head, "-m", "working tree"], void 0, { ...env, ...IDENTITY });
    return commit.toString("utf8").trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function readHeadIntoIndex(repoDir, head, env) {
  try {
    const real = resolve(repoDir, (await runGit(repoDir, ["rev-parse", "--git-path", "index"])).toString("utf8").trim());
    await copyFile(real, env.GIT_INDEX_FILE);
    const { atime, mtime } = await stat(real);
    await utimes(env.GIT_INDEX_FILE, atime, mtime);
    await runGit(repoDir, ["read-tree", "-m", head], void 0, env);
  } catch {
    await rm(env.GIT_INDEX_FILE, { force: true });
    await runGit(repoDir, ["read-tree", head], void 0, env);
  }
}

// src/adapters/git/merge.ts
async function mergeTree(repoDir, base, head) {
  const args = ["merge-tree", "--write-tree", "-z", "--name-only", "--no-messages", assertSafeRev(base), assertSafeRev(head)];
  try {
    const fields = splitNul(await runGit(repoDir, args));
    return { kind: "merged", tree: fields[0].toString("utf8").trim() };
  } catch (error) {
    if (!(error instanceof GitError) || error.exitCode === void 0) throw error;
    const [tree, ...files] = splitNul(error.stdout ?? Buffer.alloc(0)).filter((field) => field.length > 0);
    if (error.exitCode === 1 && tree !== void 0 && /^[0-9a-f]{40,64}$/.test(tree.toString("utf8"))) {
      return { kind: "conflict", files: [...new Set(files.map(decodeGitPath))] };
    }
    return { kind: "unavailable", reason: unavailableReason(error) };
  }
}
function unavailableReason(error) {
  if (error.exitCode === 129 || /usage: git merge-tree/.test(error.stderr)) return "this git has no `merge-tree --write-tree` (git 2.38 or later)";
  return `git could not merge them (${error.stderr.split("\n")[0] || `exit ${error.exitCode}`})`;
}
async function testMergeParents(repoDir, commit, head) {
  try {
    const [, ...parents] = (await runGit(repoDir, ["rev-list", "--parents", "-n", "1", assertSafeRev(commit), "--"])).toString("utf8").trim().split(" ");
    return parents.length === 2 && parents[1] === head ? { base: parents[0] } : void 0;
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== void 0) return void 0;
    throw error;
  }
}

// src/run/merge-target.ts
async function mergeTarget(repoDir, ends) {
  const label = ends.label !== void 0 ? { baseLabel: ends.label } : {};
  if (ends.testMerge !== void 0 && ends.testMerge !== ends.head) {
    const parents = await testMergeParents(repoDir, ends.testMerge, ends.head);
    if (parents) return { status: "merged", base: parents.base, ...label, checked: ends.testMerge };
  }
  const outcome = await mergeTree(repoDir, ends.tip, ends.head);
  if (outcome.kind === "merged") return { status: "merged", base: ends.tip, ...label, checked: outcome.tree };
  if (outcome.kind === "conflict") return { status: "conflict", base: ends.tip, ...label, reason: conflictReason(outcome.files) };
  return { status: "unavailable", base: ends.tip, ...label, reason: outcome.reason };
}
function mergeOff(tip, label) {
  return { status: "off", base: tip, ...label !== void 0 ? { baseLabel: label } : {} };
}
function conflictReason(files) {
  const shown = files.slice(0, 5).map((file) => `\`${file}\``).join(", ");
  const more = files.length > 5 ? ` and ${files.length - 5} more` : "";
  return files.length === 0 ? "they conflict" : `they conflict in ${shown}${more}`;
}

// src/run/local-input.ts
async function localInput(opts) {
  if (!isDirectory(opts.repoDir)) throw new UserError(`--repo ${opts.repoDir} is not a directory`);
  const prefix = await pathInWorkTree(opts.repoDir);
  if (opts.all && opts.head === void 0) {
    const visible = prefix === "" ? await gitVisibleFiles(opts.repoDir) : void 0;
    const head = workspaceSnapshot(opts.repoDir, visible);
    return { gate: { head, changes: await everyFileChangeSet(head, WORKTREE_REF) }, dispose: () => {
    } };
  }
  if (prefix === void 0) throw new UserError(`${opts.repoDir} is not a git repository: --base and --head read its history; audit a plain folder with --all (without --head)`);
  if (prefix) {
    throw new UserError(`--repo ${opts.repoDir} is the folder ${prefix} of a git work tree; point --repo at the top of the work tree, or audit the folder alone with --all (without --head)`);
  }
  const repo = openGitRepository(opts.repoDir);
  try {
    return await gitInput(repo, opts);
  } catch (error) {
    repo.dispose();
    throw error;
  }
}
async function gitInput(repo, opts) {
  const dispose = () => repo.dispose();
  const head = await resolveOrFail(repo, opts.head ?? "HEAD");
  if (opts.all) {
    const snapshot = repo.snapshot(head);
    return { gate: { head: snapshot, changes: await everyFileChangeSet(snapshot, head) }, dispose };
  }
  if (opts.base === void 0) throw new UserError("give --base REF to check a change, or --all to audit everything");
  const base = await resolveOrFail(repo, opts.base);
  const from = await mergeBaseOrFail(repo, opts.base, base, head);
  const worktree = opts.head === void 0;
  const listed = worktree ? await gitWorkingTreeDiff(repo.dir, { base, from }) : await gitDiffChangeSet(repo.dir, { base, head, from });
  const merging = opts.merge === false ? void 0 : worktree ? await workingTreeCommit(repo.dir, head) : head;
  const merge = merging === void 0 ? mergeOff(base, opts.base) : await mergeTarget(repo.dir, { tip: base, head: merging, label: opts.base });
  const changes = { ...listed, merge };
  const near = merge.checked ?? head;
  const tip = repo.snapshot(base, near);
  if (merge.checked !== void 0) return { gate: { head: repo.snapshot(merge.checked), base: tip, changes, configFrom: tip, configLabel: opts.base }, dispose };
  const branched = worktree ? workspaceSnapshot(repo.dir, await gitVisibleFiles(repo.dir)) : repo.snapshot(head);
  return { gate: { head: branched, base: repo.snapshot(from, near), changes, configFrom: tip, configLabel: opts.base }, dispose };
}
async function resolveOrFail(repo, ref) {
  try {
    return await repo.resolve(ref);
  } catch {
    if (ref === "HEAD") throw new UserError(`${repo.dir} has no commits yet: commit first, or audit the folder with --all`);
    throw new UserError(`cannot resolve "${ref}" in ${repo.dir}: is it a git repository with that ref?`);
  }
}
async function mergeBaseOrFail(repo, name, base, head) {
  try {
    return await repo.mergeBase(base, head);
  } catch {
    throw new UserError(`"${name}" and the head share no history in ${repo.dir} (a shallow clone? run git fetch --unshallow)`);
  }
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// src/run/local-job.ts
async function runLocalJob(job) {
  const platform = platformFor(job.apiUrl, job.apiKey);
  const input = await localInput({ repoDir: job.repoDir, base: job.base, head: job.head, all: job.all, merge: job.merge });
  try {
    return await runGate({ ...input.gate, config: job.config, failOn: job.failOn, platform, today: job.today, requireObjects: true, shard: job.shard });
  } finally {
    input.dispose();
  }
}
export {
  runLocalJob
};
