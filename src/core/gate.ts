import { ITEMS } from '../items/index.js';
import { parseDocument } from '../parse/document.js';
import { computeAffected, splitKey, type Affected } from './affected.js';
import { loadCatalog } from './catalog-loader.js';
import { settingsFromConfig } from './config.js';
import { UserError } from './errors.js';
import { failingDiagrams } from './diagrams.js';
import { runChecklist } from './engine.js';
import type { PlatformPort } from './platform.js';
import { createClassifier } from './repo-index.js';
import { createRepoView, type RepoView } from './repo-view.js';
import { secretValuesIn, secretValuesOf } from '../secrets/files.js';
import { createRedactor, redactError, redactReport } from './redact.js';
import type { ItemDefinition, RuleContext } from './rule.js';
import { CONFIG_PATH, DEFAULT_LIMITS, type Settings } from './settings.js';
import { OBJECT_KINDS, type ChangeSet, type ChangeSummary, type ItemResult, type ObjectKind, type Report, type Snapshot } from './types.js';

/** Everything one run of the gate needs; adapters build it, the gate does no I/O of its own. */
export interface GateInput {
  readonly head: Snapshot;
  /** The merge base; absent in `all` mode. */
  readonly base?: Snapshot;
  readonly changes: ChangeSet;
  /**
   * Where the configuration is read from: an explicit file's bytes (`--config`), else
   * `.github/b3os-readiness.yml` at base (on a PR, so a change cannot relax its own check) or head.
   */
  readonly config?: { readonly path: string; readonly bytes: Uint8Array };
  /**
   * The snapshot to read the configuration at, when not `base ?? head`; `defaults` when no trusted
   * snapshot exists. A change (`diff` mode) without a base always gets the defaults: its head is
   * the change under review, which must not choose its own checks.
   */
  readonly configFrom?: Snapshot | 'defaults';
  /** A repository path to read the configuration from instead of `.github/b3os-readiness.yml` (same refs). */
  readonly configPath?: string;
  /** The B3OS API for live catalog lookups and online validation; absent offline. */
  readonly platform?: PlatformPort;
  readonly failOn?: Settings['failOn'];
  /** `YYYY-MM-DD` (UTC), for waiver expiry. */
  readonly today: string;
  readonly items?: readonly ItemDefinition[];
}

/**
 * Runs the whole checklist. Throws `UserError` for a bad configuration; anything else is a bug.
 * The report and any error pass the redactor on their way out (`redact.ts`).
 */
export async function runGate(input: GateInput): Promise<Report> {
  try {
    const { report, ctx } = await checkAll(input);
    return redactReport(report, createRedactor(await secretValuesOf(ctx)));
  } catch (error) {
    // A configuration error may quote a value of the file back: mask what that file holds too.
    const path = input.configPath ?? CONFIG_PATH;
    const configs = [input.config?.bytes, await input.base?.read(path).catch(() => undefined), await input.head.read(path).catch(() => undefined)];
    throw redactError(error, createRedactor(await secretValuesIn(configs)));
  }
}

async function checkAll(input: GateInput): Promise<{ report: Report; ctx: RuleContext }> {
  const { settings, notes } = await loadSettings(input);
  const classify = createClassifier(settings.paths);
  const head = await createRepoView(input.head, classify, settings.limits);
  const base = input.base ? await createRepoView(input.base, classify, settings.limits) : undefined;
  const affected = await computeAffected(input.changes, head, classify, base);
  const { catalog, notices } = await loadCatalog(head, settings, affected, input.platform);
  const ctx = { settings, changes: input.changes, head, base, affected, catalog, platform: input.platform, today: input.today };
  const outcome = await runChecklist(input.items ?? ITEMS, ctx);
  const diagrams = await failingDiagrams(outcome.items, head, catalog);
  const report: Report = {
    result: resultOf(outcome.items, input.failOn ?? settings.failOn),
    items: outcome.items,
    objects: outcome.objects,
    summary: summaryOf(input.changes, affected, head),
    notices: [...notes, ...notices, ...outcome.notices],
    ...(diagrams.length ? { diagrams } : {}),
  };
  return { report, ctx };
}

/**
 * The settings of the run, from the trusted configuration (see `GateInput.config*`). Its waivers
 * are read leniently: a merged file must not block every change (or an audit) after a rule is
 * renamed. A change that edits the configuration file gets its version checked strictly (waiver
 * rule ids and dates included), so a broken configuration cannot be merged in the first place;
 * `--config FILE` is checked strictly too.
 */
async function loadSettings(input: GateInput): Promise<{ settings: Settings; notes: string[] }> {
  const items = input.items ?? ITEMS;
  const ruleIds = new Set(items.flatMap((item) => [item.id, ...item.rules.map((rule) => rule.meta.id)]));
  if (input.config) return { settings: settingsFromConfig(parseDocument(input.config.path, input.config.bytes, { maxBytes: DEFAULT_LIMITS.maxFileBytes }), ruleIds), notes: [] };
  const path = input.configPath ?? CONFIG_PATH;
  const source = input.configFrom ?? input.base ?? (input.changes.mode === 'diff' ? 'defaults' : input.head);
  // Only a diff says what a change edits: in `all` mode every file is listed as added.
  const edited = input.changes.mode === 'diff' && input.changes.files.some((f) => f.path === path && f.status !== 'removed');
  const proposed = edited ? await configAt(input.head, path, ruleIds, 'the configuration this change proposes is invalid: ') : undefined;
  const found = source === 'defaults' ? undefined : await configAt(source, path, undefined);
  if (found === undefined && input.configPath && source !== 'defaults') throw new UserError(`the configuration file ${path} does not exist at ${source.ref}`);
  const settings = found ?? settingsFromConfig(undefined);
  return { settings, notes: proposed ? relaxations(path, items, settings, proposed) : [] };
}

/**
 * What a proposed configuration relaxes, for reviewers: it applies only after the merge, and from
 * then on to every change, so it deserves the same review as code (threats.md T4).
 */
function relaxations(path: string, items: readonly ItemDefinition[], current: Settings, proposed: Settings): string[] {
  const rank = { error: 3, warning: 2, notice: 1, off: 0 } as const;
  const lowered = items.filter((item) => rank[proposed.items[item.id] ?? 'error'] < rank[current.items[item.id] ?? 'error']).map((item) => `\`${item.id}\` → ${proposed.items[item.id]}`);
  const waivers = proposed.waivers.filter((w) => !current.waivers.some((c) => c.rule === w.rule && c.expires === w.expires && c.paths.join() === w.paths.join())).map((w) => `\`${w.rule}\` until ${w.expires}`);
  const paths = (Object.keys(proposed.paths) as Array<keyof Settings['paths']>).filter((key) => proposed.paths[key].join() !== current.paths[key].join());
  const parts = [
    lowered.length ? `lowers ${lowered.join(', ')}` : '',
    waivers.length ? `adds waivers for ${waivers.join(', ')}` : '',
    paths.length ? `changes where ${paths.map((k) => `\`${k}\``).join(', ')} are looked for` : '',
    proposed.failOn !== current.failOn ? `sets failOn to ${proposed.failOn}` : '',
  ].filter((part) => part !== '');
  return parts.length ? [`this change edits \`${path}\`: it ${parts.join('; ')}. The current configuration applies to this change; the new one to every change after the merge, so review it like code.`] : [];
}

/** The settings of the configuration file at one snapshot; undefined when it has none. */
async function configAt(snapshot: Snapshot, path: string, ruleIds: ReadonlySet<string> | undefined, prefix = ''): Promise<Settings | undefined> {
  const entry = (await snapshot.list()).find((e) => e.path === path);
  if (!entry) return undefined;
  const bytes = entry.kind === 'file' ? await snapshot.read(path) : undefined;
  if (!bytes) throw new UserError(`${prefix}the configuration file ${path} is not a regular file at ${snapshot.ref}`);
  try {
    return settingsFromConfig(parseDocument(path, bytes, { maxBytes: DEFAULT_LIMITS.maxFileBytes }), ruleIds);
  } catch (error) {
    if (error instanceof UserError && prefix) throw new UserError(`${prefix}${error.message}`);
    throw error;
  }
}

/** The gate fails when any item blocks, or, with `failOn: warning`, when any open warning remains. */
export function resultOf(items: readonly ItemResult[], failOn: Settings['failOn']): Report['result'] {
  const blocks = items.some((i) => i.status === 'fail' || i.status === 'incomplete');
  const warns = failOn === 'warning' && items.some((i) => i.findings.some((f) => !f.waiver && f.severity === 'warning'));
  return blocks || warns ? 'fail' : 'pass';
}

function summaryOf(changes: ChangeSet, affected: Affected, head: RepoView): ChangeSummary {
  const counts = Object.fromEntries(OBJECT_KINDS.map((k) => [k, 0])) as Record<ObjectKind, number>;
  for (const key of affected.keys) counts[splitKey(key)[0]] += 1;
  return {
    base: changes.base,
    head: changes.head,
    mode: changes.mode,
    changedFiles: changes.files.length,
    affected: counts,
    // Named by their definition file, so a reader can open them.
    blastRadius: affected.blastRadius.map((key) => head.index.objects.get(key)?.files[0] ?? splitKey(key)[1]),
  };
}
