import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveRef } from '../adapters/git/refs.js';
import { UserError } from '../core/errors.js';
import { didYouMean } from '../core/nearest.js';
import { parseShard } from '../core/shard.js';
import { createRedactor } from '../core/redact.js';
import { CATALOG_HELP, GLOBAL_HELP, quickAnswer } from './cli-help.js';
import { DEFAULT_LIMITS, parseLimit, runIsolated, type EngineLimits } from './isolated-engine.js';
import { oneOf } from './cli-options.js';
import { FORMATS, renderReport, rulePagesBeside } from './cli-render.js';
import type { LocalJob } from './local-job.js';
import type { CheckScope } from './stopped-report.js';

// The commands other than `check`, and the engine itself, are imported where they run: the main
// thread of a `check` loads only what starts the engine's worker and writes its report.

/** Where the CLI writes; the process streams in production, buffers in tests. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean;
  readonly today: string;
  /** The B3OS API key for `check --api-url` (`B3OS_API_KEY`, read by the entry point). */
  readonly b3osApiKey?: string;
  /** The clock `catalog pull` stamps `fetchedAt` with (default: now). */
  readonly now?: () => Date;
  /**
   * The bundled entry to run `check` in a worker thread under `--time-limit` and `--memory-limit`
   * (set by the entry point); without it the check runs in this thread (tests from source).
   */
  readonly engineEntry?: URL;
}

/**
 * Runs the CLI and returns its exit code. Never throws. Everything it writes passes the redactor:
 * the report is redacted by the gate already, error texts (an API's, a git's) are not.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const redact = createRedactor([]);
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(redact(text)), stderr: (text) => rawIo.stderr(redact(text)) };
  try {
    const answer = quickAnswer(argv);
    if (answer !== undefined) return out(io, answer);
    const [command, ...rest] = argv;
    if (command === 'check') return await check(rest, io);
    if (command === 'hash') return await hash(rest, io);
    if (command === 'merge') return await (await import('./cli-merge.js')).mergeCommand(rest, io);
    if (command === 'catalog') {
      if (rest[0] === 'pull') return await catalogPull(rest.slice(1), io);
      if (rest[0] === undefined) return out(io, CATALOG_HELP);
      throw new UserError(`unknown catalog subcommand "${rest[0]}"\n\n${CATALOG_HELP}`);
    }
    throw new UserError(`unknown command "${command}"${didYouMean(command, ['check', 'merge', 'catalog', 'hash'])}\n\n${GLOBAL_HELP}`);
  } catch (error) {
    if (error instanceof UserError || isArgError(error)) {
      io.stderr(`b3os-readiness: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr(`b3os-readiness: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 3;
  }
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      repo: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      all: { type: 'boolean', default: false },
      config: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string' },
      'api-url': { type: 'string' },
      'no-merge': { type: 'boolean', default: false },
      'time-limit': { type: 'string' },
      'memory-limit': { type: 'string' },
      shard: { type: 'string' },
    },
  });
  if (values['no-merge'] && values.base === undefined) throw new UserError('--no-merge checks a change as branched: give --base too (see b3os-readiness check --help)');
  if (values.all && values.base !== undefined) throw new UserError('--all audits everything and --base checks a change: give one of them (see b3os-readiness check --help)');
  const format = oneOf(values.format, FORMATS, '--format');
  const failOn = values['fail-on'] === undefined ? undefined : oneOf(values['fail-on'], ['error', 'warning'] as const, '--fail-on');
  const repoDir = resolve(io.cwd, values.repo ?? '.');
  const config = values.config ? { path: values.config, bytes: await readConfig(resolve(io.cwd, values.config)) } : undefined;
  if (io.b3osApiKey && !values['api-url']) io.stderr('b3os-readiness: B3OS_API_KEY is set but --api-url is not: the online checks are off\n');
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const job: LocalJob = { repoDir, base: values.base, head: values.head, all: values.all, merge: !values['no-merge'], config, failOn, apiUrl: values['api-url'], apiKey: io.b3osApiKey, today: io.today, shard };
  const limits = engineLimits(values['time-limit'], values['memory-limit']);
  const checked = io.engineEntry ? await runIsolated(io.engineEntry, job, limits, await stoppedScope(repoDir, values)) : await (await import('./local-job.js')).runLocalJob(job);
  // A shard that stopped says which shard it was, so `merge` fails the whole check with its cause.
  const report = shard && !checked.shard ? { ...checked, shard } : checked;
  io.stdout(await renderReport(report, format, { color: io.color, base: values.base, rulePages: rulePagesBeside(io.engineEntry) }));
  return report.result === 'pass' ? 0 : 1;
}

/**
 * What the report of a check that stops names: the commits `--base` and `--head` resolve to, as a
 * finished check does, so `merge` can read it. A ref that names no commit is kept as given, and
 * the report says why `merge` will refuse it.
 */
async function stoppedScope(repoDir: string, values: { all?: boolean; base?: string; head?: string }): Promise<CheckScope> {
  const [base, head] = [await commitOf(repoDir, values.base), await commitOf(repoDir, values.head)];
  const unresolved = [['--base', values.base, base], ['--head', values.head, head]].filter(([, ref, sha]) => ref !== undefined && sha === undefined);
  const notices = unresolved.map(([flag, ref]) => `${flag} "${ref}" names no commit in ${repoDir}: this report names it as given, and merge cannot read a report without commit SHAs`);
  return { mode: values.all ? 'all' : 'diff', head: head ?? values.head ?? 'WORKTREE', base: base ?? values.base, notices };
}

async function commitOf(repoDir: string, ref: string | undefined): Promise<string | undefined> {
  if (ref === undefined) return undefined;
  try {
    return await resolveRef(repoDir, ref);
  } catch {
    return undefined;
  }
}

/** `--time-limit SECONDS` and `--memory-limit MB`, each a whole number in its range. */
function engineLimits(time: string | undefined, memory: string | undefined): EngineLimits {
  return {
    deadlineSeconds: time === undefined ? DEFAULT_LIMITS.deadlineSeconds : parseLimit('deadlineSeconds', time, '--time-limit'),
    heapMb: memory === undefined ? DEFAULT_LIMITS.heapMb : parseLimit('heapMb', memory, '--memory-limit'),
  };
}

async function catalogPull(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...args], strict: true, options: { 'api-url': { type: 'string' }, repo: { type: 'string' }, output: { type: 'string' } } });
  const repoDir = resolve(io.cwd, values.repo ?? '.');
  const output = values.output ? resolve(io.cwd, values.output) : resolve(repoDir, '.b3os/catalog.json');
  const [{ createB3osClient }, { B3osApiError }, { DEFAULT_API_URL, pullCatalogFile }] = await Promise.all([
    import('../adapters/b3os/client.js'),
    import('../adapters/b3os/errors.js'),
    import('./catalog-pull.js'),
  ]);
  try {
    const client = createB3osClient({ baseUrl: values['api-url'] ?? DEFAULT_API_URL });
    return out(io, await pullCatalogFile(client, { output, displayPath: values.output ?? '.b3os/catalog.json', now: io.now?.() ?? new Date() }));
  } catch (error) {
    if (!(error instanceof B3osApiError)) throw error;
    io.stderr(`b3os-readiness: catalog pull failed, nothing was written: ${error.message}\n`);
    return 3;
  }
}

async function hash(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], strict: true, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UserError('hash takes exactly one workflow file');
  const path = resolve(io.cwd, positionals[0]);
  const [{ parseDocument }, { definitionHash }] = await Promise.all([import('../parse/document.js'), import('../b3os/definition-hash.js')]);
  const doc = parseDocument(positionals[0], await readConfig(path));
  const fatal = doc.problems.find((p) => p.fatal);
  if (fatal || doc.value === undefined) throw new UserError(`${positionals[0]}:${fatal?.span.line ?? 1}:${fatal?.span.column ?? 1}: ${fatal?.message ?? 'does not parse'}`);
  const definition = (doc.value as Record<string, unknown> | null)?.definition;
  if (definition === undefined) throw new UserError(`${positionals[0]} has no \`definition\``);
  return out(io, definitionHash(definition));
}

async function readConfig(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function out(io: CliIo, text: string): number {
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

function isArgError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS');
}
