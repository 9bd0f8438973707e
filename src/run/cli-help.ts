/**
 * The CLI's help texts: what each command does, every flag with its default, exit codes, an example.
 * The entry answers from here before it loads the engine, so this module imports nothing heavy.
 */
import { TOOL_VERSION } from './about.js';

const EXIT_CODES = `Exit codes:
  0  ready: no item blocks
  1  blocking findings (an item fails or could not be verified, or the configuration is in
     error); with --fail-on warning, also any open warning
  2  usage error, a --config file that cannot be read or is invalid, or nothing to check;
     for merge, reports that are not every shard of one check
  3  internal error (for catalog pull: the API could not be read; nothing is written)`;

export const GLOBAL_HELP = `b3os-readiness: the B3OS production readiness checklist for a workflows repository.

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

export const CHECK_HELP = `Usage: b3os-readiness check [--base REF | --all] [options]

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

export const MERGE_HELP = `Usage: b3os-readiness merge [--format FORMAT] [--pull-request N] REPORT...

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

export const CATALOG_HELP = `Usage: b3os-readiness catalog <subcommand>

Subcommands:
  pull   fetch the platform's action and trigger schemas and pin them as .b3os/catalog.json

Run b3os-readiness catalog pull --help for its options.`;

export const CATALOG_PULL_HELP = `Usage: b3os-readiness catalog pull [--api-url URL] [--repo DIR] [--output FILE]

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

export const HASH_HELP = `Usage: b3os-readiness hash FILE

Prints the sha256 hash of a workflow file's definition, for the definitionHash of an evidence
entry in its manifest (workflows/<slug>/b3os.yaml). Whitespace and key order do not change it.

Exit codes:
  0  the hash was printed
  2  usage error, or the file cannot be read as a workflow

Example:
  b3os-readiness hash workflows/vendor-payout/workflow.json`;

/** The help of `argv`'s command (`catalog pull` included); the global help otherwise. */
export function helpFor(argv: readonly string[]): string {
  const [command, sub] = argv;
  if (command === 'check') return CHECK_HELP;
  if (command === 'hash') return HASH_HELP;
  if (command === 'merge') return MERGE_HELP;
  if (command === 'catalog') return sub === 'pull' ? CATALOG_PULL_HELP : CATALOG_HELP;
  return GLOBAL_HELP;
}

/**
 * The text that answers `argv` without running anything (`--version`, `--help`, `help`, a
 * command's `--help`), newline-terminated; undefined when `argv` asks for a command to run.
 */
export function quickAnswer(argv: readonly string[]): string | undefined {
  const [command, ...rest] = argv;
  const text =
    command === undefined || command === '--help' || command === '-h'
      ? GLOBAL_HELP
      : command === 'help'
        ? helpFor(rest)
        : command === '--version'
          ? TOOL_VERSION
          : rest.includes('--help') || rest.includes('-h')
            ? helpFor(argv)
            : undefined;
  return text === undefined || text.endsWith('\n') ? text : `${text}\n`;
}
