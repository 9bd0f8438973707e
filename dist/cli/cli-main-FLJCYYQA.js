import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FORMATS,
  TOOL_VERSION,
  oneOf,
  renderReport,
  rulePagesBeside
} from "./chunk-TP6T3W4K.js";
import {
  DEFAULT_LIMITS,
  parseLimit,
  runIsolated
} from "./chunk-VK5IRZZ4.js";
import {
  parseShard,
  resolveRef
} from "./chunk-ON76TVOP.js";
import "./chunk-BGRAV4BC.js";
import {
  createRedactor
} from "./chunk-OPXKDCSX.js";
import {
  UserError
} from "./chunk-RAXYFFWG.js";
import {
  didYouMean
} from "./chunk-4RIYA6T5.js";
import "./chunk-DABURJU3.js";
import "./chunk-TB6QAKHI.js";

// src/run/cli-main.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/run/cli-help.ts
var EXIT_CODES = `Exit codes:
  0  ready: no item blocks
  1  blocking findings (an item fails or could not be verified, or the configuration is in
     error); with --fail-on warning, also any open warning
  2  usage error, a --config file that cannot be read or is invalid, or nothing to check;
     for merge, reports that are not every shard of one check
  3  internal error (for catalog pull: the API could not be read; nothing is written)`;
var GLOBAL_HELP = `b3os-readiness: the B3OS production readiness checklist for a workflows repository.

Usage:
  b3os-readiness check [options]      check a change (or audit everything) against the checklist
  b3os-readiness merge FILE...        combine the JSON reports of a check's shards into its verdict
  b3os-readiness catalog pull [opts]  pin the platform's action and trigger schemas
  b3os-readiness hash FILE            print a workflow's definition hash (for a manifest's evidence)
  b3os-readiness --version | --help
  b3os-readiness <command> --help     the command's options

${EXIT_CODES}

Example:
  b3os-readiness check --base origin/main   what this branch changes, as the pull request check sees it`;
var CHECK_HELP = `Usage: b3os-readiness check [--base REF | --all] [options]

Checks what a change does to the repository, or audits all of it, against the eleven items of the
B3OS production readiness checklist.

What is compared:
  --base REF         check the change from REF: the files being edited (the working tree, untracked
                     files included) against the merge base of REF and HEAD. The configuration is
                     read at REF's tip, as on a pull request. What is checked is what will land:
                     the head merged into REF's tip in memory (git merge-tree; nothing on disk
                     changes), edits not yet committed merged with it. When they conflict, or git
                     is older than 2.38, the head is checked as branched and the output says so.
  --no-merge         with --base: check the head as branched, not merged into REF's tip
  --head REF         check the commit REF instead of the working tree (read from git objects)
  --all              audit every file: the working tree, or the commit given by --head.
                     Not with --base.

Options:
  --repo DIR         the repository (default: the current directory); with --base or --head it
                     must be the top folder of the git work tree
  --config FILE      read this file from disk instead of .github/b3os-readiness.yml at the base,
                     strictly: a file that cannot be read or parsed, or an unknown or invalid
                     setting, is a usage error (exit 2); a valid setting that does not fit the
                     repository (paths that match no file, an expired waiver) is a configuration
                     finding, reported with the others (exit 1 when it is an error)
  --format FORMAT    text (default), markdown (the job summary), json, or sarif
  --fail-on LEVEL    error (default) or warning: also fail on open warnings, the items' and the
                     configuration's (a near-miss path, an expired waiver)
  --api-url URL      look node types up in the live B3OS API; with B3OS_API_KEY set in the
                     environment, also validate workflows online (default: offline)
  --time-limit SECS  stop the check and fail, saying so, after SECS seconds (1–86400, default 300)
  --memory-limit MB  stop the check and fail, saying so, past MB megabytes of heap (8–65536, default 1024)
  --shard I/N        check shard I of N (N up to 256): a fixed share of the affected objects (a
                     workflow goes with its manifest and runbook) and of the changed files' secret
                     scan, chosen from their names alone; the rest of the repository is still read
                     for cross-file checks. Run every shard with --format json and combine the
                     reports with b3os-readiness merge; one shard's verdict is not the change's

${EXIT_CODES}

Examples:
  b3os-readiness check --base origin/main
  b3os-readiness check --base main --head feature --format json
  b3os-readiness check --all
  b3os-readiness check --base origin/main --shard 2/4 --format json > report-2.json`;
var MERGE_HELP = `Usage: b3os-readiness merge [--format FORMAT] [--pull-request N] REPORT...

Combines the JSON reports of every shard of one check (check --shard I/N --format json) into the
verdict of the whole check, as check would print it unsharded: findings are joined, each item's
status is derived again from them, what every shard reports alike (the summary, the
configuration's findings) is kept once, and a waiver counts the findings it covered in any shard.

It refuses (exit 2, nothing printed) reports that are not every shard of one check: a shard
missing or given twice, shards of different counts (2/3 beside 1/4), or reports of different
commits, modes, configurations or --fail-on; and a file that is not a report
(schemas/report.schema.json). A shard that stopped (out of memory or time) fails the whole check
with its cause; the other shards' findings are kept.

Options:
  --format FORMAT      text (default), markdown (the job summary), json, or sarif
  --pull-request N     with json: record pull request N, whose head the shards checked (--head
                       SHA --base SHA), so the Action's saved-report input can publish the report

Exit codes:
  0  ready: no item blocks
  1  blocking findings (an item fails or could not be verified, the configuration is in error,
     or a shard stopped); when the shards ran with --fail-on warning, also any open warning
  2  usage error, or reports that are not every shard of one check
  3  internal error

Example:
  b3os-readiness merge report-1.json report-2.json report-3.json report-4.json --format sarif`;
var CATALOG_HELP = `Usage: b3os-readiness catalog <subcommand>

Subcommands:
  pull   fetch the platform's action and trigger schemas and pin them as .b3os/catalog.json

Run b3os-readiness catalog pull --help for its options.`;
var CATALOG_PULL_HELP = `Usage: b3os-readiness catalog pull [--api-url URL] [--repo DIR] [--output FILE]

Fetches the platform catalog (actions and triggers with their schemas) from the B3OS API and
writes it where the gate reads a pinned catalog. Commit the file like a lockfile.

Options:
  --api-url URL   the B3OS API (default: https://api.b3os.org)
  --repo DIR      the repository (default: the current directory)
  --output FILE   where to write (default: DIR/.b3os/catalog.json)

Exit codes:
  0  the catalog was written
  2  usage error
  3  the API could not be read: nothing is written

Example:
  b3os-readiness catalog pull && git add .b3os/catalog.json`;
var HASH_HELP = `Usage: b3os-readiness hash FILE

Prints the sha256 hash of a workflow file's definition, for the definitionHash of an evidence
entry in its manifest (workflows/<slug>/b3os.yaml). Whitespace and key order do not change it.

Exit codes:
  0  the hash was printed
  2  usage error, or the file cannot be read as a workflow

Example:
  b3os-readiness hash workflows/vendor-payout/workflow.json`;
function helpFor(argv) {
  const [command, sub] = argv;
  if (command === "check") return CHECK_HELP;
  if (command === "hash") return HASH_HELP;
  if (command === "merge") return MERGE_HELP;
  if (command === "catalog") return sub === "pull" ? CATALOG_PULL_HELP : CATALOG_HELP;
  return GLOBAL_HELP;
}
function quickAnswer(argv) {
  const [command, ...rest] = argv;
  const text = command === void 0 || command === "--help" || command === "-h" ? GLOBAL_HELP : command === "help" ? helpFor(rest) : command === "--version" ? TOOL_VERSION : rest.includes("--help") || rest.includes("-h") ? helpFor(argv) : void 0;
  return text === void 0 || text.endsWith("\n") ? text : `${text}
`;
}

// src/run/cli-main.ts
async function runCli(argv, rawIo) {
  const redact = createRedactor([]);
  const io = { ...rawIo, stdout: (text) => rawIo.stdout(redact(text)), stderr: (text) => rawIo.stderr(redact(text)) };
  try {
    const answer = quickAnswer(argv);
    if (answer !== void 0) return out(io, answer);
    const [command, ...rest] = argv;
    if (command === "check") return await check(rest, io);
    if (command === "hash") return await hash(rest, io);
    if (command === "merge") return await (await import("./cli-merge-44TLJHMJ.js")).mergeCommand(rest, io);
    if (command === "catalog") {
      if (rest[0] === "pull") return await catalogPull(rest.slice(1), io);
      if (rest[0] === void 0) return out(io, CATALOG_HELP);
      throw new UserError(`unknown catalog subcommand "${rest[0]}"

${CATALOG_HELP}`);
    }
    throw new UserError(`unknown command "${command}"${didYouMean(command, ["check", "merge", "catalog", "hash"])}

${GLOBAL_HELP}`);
  } catch (error) {
    if (error instanceof UserError || isArgError(error)) {
      io.stderr(`b3os-readiness: ${error.message}
`);
      return 2;
    }
    io.stderr(`b3os-readiness: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    return 3;
  }
}
async function check(args, io) {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      repo: { type: "string" },
      base: { type: "string" },
      head: { type: "string" },
      all: { type: "boolean", default: false },
      config: { type: "string" },
      format: { type: "string", default: "text" },
      "fail-on": { type: "string" },
      "api-url": { type: "string" },
      "no-merge": { type: "boolean", default: false },
      "time-limit": { type: "string" },
      "memory-limit": { type: "string" },
      shard: { type: "string" }
    }
  });
  if (values["no-merge"] && values.base === void 0) throw new UserError("--no-merge checks a change as branched: give --base too (see b3os-readiness check --help)");
  if (values.all && values.base !== void 0) throw new UserError("--all audits everything and --base checks a change: give one of them (see b3os-readiness check --help)");
  const format = oneOf(values.format, FORMATS, "--format");
  const failOn = values["fail-on"] === void 0 ? void 0 : oneOf(values["fail-on"], ["error", "warning"], "--fail-on");
  const repoDir = resolve(io.cwd, values.repo ?? ".");
  const config = values.config ? { path: values.config, bytes: await readConfig(resolve(io.cwd, values.config)) } : void 0;
  if (io.b3osApiKey && !values["api-url"]) io.stderr("b3os-readiness: B3OS_API_KEY is set but --api-url is not: the online checks are off\n");
  const shard = values.shard === void 0 ? void 0 : parseShard(values.shard);
  const job = { repoDir, base: values.base, head: values.head, all: values.all, merge: !values["no-merge"], config, failOn, apiUrl: values["api-url"], apiKey: io.b3osApiKey, today: io.today, shard };
  const limits = engineLimits(values["time-limit"], values["memory-limit"]);
  const checked = io.engineEntry ? await runIsolated(io.engineEntry, job, limits, await stoppedScope(repoDir, values)) : await (await import("./local-job-6OLIO2SX.js")).runLocalJob(job);
  const report = shard && !checked.shard ? { ...checked, shard } : checked;
  io.stdout(await renderReport(report, format, { color: io.color, base: values.base, rulePages: rulePagesBeside(io.engineEntry) }));
  return report.result === "pass" ? 0 : 1;
}
async function stoppedScope(repoDir, values) {
  const [base, head] = [await commitOf(repoDir, values.base), await commitOf(repoDir, values.head)];
  const unresolved = [["--base", values.base, base], ["--head", values.head, head]].filter(([, ref, sha]) => ref !== void 0 && sha === void 0);
  const notices = unresolved.map(([flag, ref]) => `${flag} "${ref}" names no commit in ${repoDir}: this report names it as given, and merge cannot read a report without commit SHAs`);
  return { mode: values.all ? "all" : "diff", head: head ?? values.head ?? "WORKTREE", base: base ?? values.base, notices };
}
async function commitOf(repoDir, ref) {
  if (ref === void 0) return void 0;
  try {
    return await resolveRef(repoDir, ref);
  } catch {
    return void 0;
  }
}
function engineLimits(time, memory) {
  return {
    deadlineSeconds: time === void 0 ? DEFAULT_LIMITS.deadlineSeconds : parseLimit("deadlineSeconds", time, "--time-limit"),
    heapMb: memory === void 0 ? DEFAULT_LIMITS.heapMb : parseLimit("heapMb", memory, "--memory-limit")
  };
}
async function catalogPull(args, io) {
  const { values } = parseArgs({ args: [...args], strict: true, options: { "api-url": { type: "string" }, repo: { type: "string" }, output: { type: "string" } } });
  const repoDir = resolve(io.cwd, values.repo ?? ".");
  const output = values.output ? resolve(io.cwd, values.output) : resolve(repoDir, ".b3os/catalog.json");
  const [{ createB3osClient }, { B3osApiError }, { DEFAULT_API_URL, pullCatalogFile }] = await Promise.all([
    import("./client-HKBB5RLE.js"),
    import("./errors-DLVSV6BP.js"),
    import("./catalog-pull-QQ3YPDUM.js")
  ]);
  try {
    const client = createB3osClient({ baseUrl: values["api-url"] ?? DEFAULT_API_URL });
    return out(io, await pullCatalogFile(client, { output, displayPath: values.output ?? ".b3os/catalog.json", now: io.now?.() ?? /* @__PURE__ */ new Date() }));
  } catch (error) {
    if (!(error instanceof B3osApiError)) throw error;
    io.stderr(`b3os-readiness: catalog pull failed, nothing was written: ${error.message}
`);
    return 3;
  }
}
async function hash(args, io) {
  const { positionals } = parseArgs({ args: [...args], strict: true, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UserError("hash takes exactly one workflow file");
  const path = resolve(io.cwd, positionals[0]);
  const [{ parseDocument }, { definitionHash }] = await Promise.all([import("./document-PJITSISG.js"), import("./definition-hash-W6JKLY3D.js")]);
  const doc = parseDocument(positionals[0], await readConfig(path));
  const fatal = doc.problems.find((p) => p.fatal);
  if (fatal || doc.value === void 0) throw new UserError(`${positionals[0]}:${fatal?.span.line ?? 1}:${fatal?.span.column ?? 1}: ${fatal?.message ?? "does not parse"}`);
  const definition = doc.value?.definition;
  if (definition === void 0) throw new UserError(`${positionals[0]} has no \`definition\``);
  return out(io, definitionHash(definition));
}
async function readConfig(path) {
  try {
    return await readFile(path);
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${error.code ?? String(error)}`);
  }
}
function out(io, text) {
  io.stdout(text.endsWith("\n") ? text : `${text}
`);
  return 0;
}
function isArgError(error) {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}
export {
  runCli
};
