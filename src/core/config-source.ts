/**
 * Which configuration a run uses, and what was wrong with it. The trusted file (at the base
 * branch's tip on a change, so a change cannot relax its own gate) is read leniently: a broken
 * file there never locks the repository, it is one finding and the defaults (the strictest
 * settings) apply. A change that edits the file gets its new version read strictly: each problem
 * is a blocking finding, so a broken configuration cannot be merged.
 */
import { parseDocument, type ParsedDocument } from '../parse/document.js';
import { readConfig, type ConfigProblem, type ConfigReading } from './config.js';
import { UserError } from './errors.js';
import { docsUrlOf } from './rule.js';
import { CONFIG_PATH, DEFAULT_LIMITS, DEFAULT_SETTINGS, type Settings } from './settings.js';
import type { ChangeSet, ConfigSource, Finding, Snapshot } from './types.js';

/** Where to read the configuration (see `GateInput`). */
export interface ConfigRequest {
  /** An explicit file's bytes (`--config`): read strictly, its problems are a usage error. */
  readonly file?: { readonly path: string; readonly bytes: Uint8Array };
  readonly path?: string;
  /** The trusted snapshot, or `defaults` when none exists. */
  readonly from: Snapshot | 'defaults';
  /** How to name the trusted snapshot for people (`main`); its commit is named too. */
  readonly label?: string;
  readonly head: Snapshot;
  readonly changes: ChangeSet;
  /** Item and rule ids, for the strict reading of waivers. */
  readonly ruleIds: ReadonlySet<string>;
}

/** The configuration a run uses. */
export interface LoadedConfig {
  readonly settings: Settings;
  /** Where the settings came from: every output names it. */
  readonly source: ConfigSource;
  /** Problems of the trusted file (warnings) or of the version a change proposes (errors). */
  readonly findings: readonly Finding[];
  /** The version a change proposes, when it is valid. */
  readonly proposed?: Settings;
  /** Where a key of the proposed version is. */
  readonly proposedLocate?: (pointer: string) => { readonly line: number; readonly column: number };
  /** What the lenient reading of the trusted file left out (unknown item ids). */
  readonly notes?: readonly string[];
  /** Where a key of the file in use is, for findings about its values. */
  readonly locate?: (pointer: string) => { readonly line: number; readonly column: number };
}

const RULE_ID = 'configuration/invalid';

import { PROPOSED, shortRef } from './config-label.js';
const NOT_A_FILE = (path: string): ConfigProblem => ({ line: 1, column: 1, message: `\`${path}\` is not a regular file (a symlink or a submodule is never read)` });

/** Reads the configuration as `request` says. Throws `UserError` only for an explicit `--config` file. */
export async function loadConfig(request: ConfigRequest): Promise<LoadedConfig> {
  if (request.file) return explicitFile(request.file, request.ruleIds);
  const path = request.path ?? CONFIG_PATH;
  const trusted = await trustedConfig(request, path);
  // Only a diff says what a change edits: in `all` mode every file is listed as added.
  const edited = request.changes.mode === 'diff' && request.changes.files.some((f) => f.path === path && f.status !== 'removed');
  if (!edited) return trusted;
  const proposed = await readAt(request.head, path, request.ruleIds);
  if (proposed.kind === 'absent') return trusted;
  if (proposed.kind === 'read' && proposed.settings) {
    const doc = proposed.doc;
    return { ...trusted, proposed: proposed.settings, proposedLocate: (pointer) => doc.locateKey(pointer) };
  }
  const problems = proposed.kind === 'read' ? proposed.problems : [NOT_A_FILE(path)];
  const where = `${PROPOSED} is invalid`;
  return { ...trusted, findings: [...trusted.findings, ...problems.map((p) => problemFinding(path, p, where, 'error'))] };
}

function explicitFile(file: { path: string; bytes: Uint8Array }, ruleIds: ReadonlySet<string>): LoadedConfig {
  const doc = parseDocument(file.path, file.bytes, { maxBytes: DEFAULT_LIMITS.maxFileBytes });
  const reading = readConfig(doc, ruleIds);
  if (!reading.settings) throw new UserError(`invalid configuration:\n${reading.problems.map((p) => `${file.path}:${p.line}:${p.column}: ${p.message}`).join('\n')}`);
  return { settings: reading.settings, source: { kind: 'explicit', path: file.path }, findings: [], locate: (pointer) => doc.locateKey(pointer) };
}

async function trustedConfig(request: ConfigRequest, path: string): Promise<LoadedConfig> {
  const from = request.from;
  if (from === 'defaults') return { settings: DEFAULT_SETTINGS, source: { kind: 'no-base', path }, findings: [] };
  const where = { path, ref: from.ref, ...(request.label !== undefined ? { label: request.label } : {}) };
  const at = from.ref === 'WORKTREE' ? 'in the working tree' : `on ${request.label ? `\`${request.label}\` at ` : ''}\`${shortRef(from.ref)}\``;
  const read = await readAt(from, path, undefined);
  if (read.kind === 'absent') {
    if (request.path) throw new UserError(`the configuration file ${path} does not exist at ${from.ref}`);
    return { settings: DEFAULT_SETTINGS, source: { kind: 'absent', ...where }, findings: [] };
  }
  if (read.kind === 'not-a-file') return brokenTrusted(where, at, [NOT_A_FILE(path)]);
  if (read.settings) {
    const notes = read.notes.map((n) => `\`${path}\` ${at}: ${n}`);
    return { settings: read.settings, source: { kind: 'file', ...where }, findings: [], notes, locate: (pointer) => read.doc.locateKey(pointer) };
  }
  return brokenTrusted(where, at, read.problems);
}

/** One warning for the whole broken file: the defaults apply, so nothing is relaxed, and nothing locks. */
function brokenTrusted(where: Omit<ConfigSource, 'kind'>, at: string, problems: readonly ConfigProblem[]): LoadedConfig {
  const path = where.path;
  const [first, ...rest] = problems;
  const more = rest.length ? ` (and ${rest.length} more at ${rest.map((p) => `${p.line}:${p.column}`).join(', ')})` : '';
  const finding = problemFinding(path, { ...first, message: `${first.message}${more}` }, `the configuration ${at} is invalid, so the defaults apply`, 'warning');
  return { settings: DEFAULT_SETTINGS, source: { kind: 'invalid', ...where }, findings: [finding] };
}

function problemFinding(path: string, problem: ConfigProblem, where: string, severity: 'error' | 'warning'): Finding {
  const hint = severity === 'warning' ? `fix \`${path}\` on the base branch; a pull request that fixes it is checked with its fixed version too` : `fix \`${path}\`: it applies to every change once merged`;
  return configFinding(RULE_ID, path, { ...problem, message: `${where}: ${problem.message}` }, severity, hint);
}

/** A finding about the configuration file, at a place in it. */
export function configFinding(ruleId: string, path: string, problem: ConfigProblem, severity: 'error' | 'warning', hint: string): Finding {
  return { ruleId, severity, message: problem.message, hint, location: { file: path, line: problem.line, column: problem.column }, docsUrl: docsUrlOf(ruleId) };
}

type Read = { kind: 'absent' } | { kind: 'not-a-file' } | ({ kind: 'read'; doc: ParsedDocument } & ConfigReading);

async function readAt(snapshot: Snapshot, path: string, ruleIds: ReadonlySet<string> | undefined): Promise<Read> {
  const entry = (await snapshot.list()).find((e) => e.path === path);
  if (!entry) return { kind: 'absent' };
  const bytes = entry.kind === 'file' ? await snapshot.read(path) : undefined;
  if (!bytes) return { kind: 'not-a-file' };
  const doc = parseDocument(path, bytes, { maxBytes: DEFAULT_LIMITS.maxFileBytes });
  return { kind: 'read', doc, ...readConfig(doc, ruleIds) };
}

