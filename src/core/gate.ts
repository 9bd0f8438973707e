import { ITEMS } from '../items/index.js';
import { computeAffected, splitKey, type Affected } from './affected.js';
import { loadCatalog } from './catalog-loader.js';
import { PROPOSED, shortRef } from './config-label.js';
import { loadConfig, type LoadedConfig } from './config-source.js';
import { gateWorkflowNotices } from './gate-workflow.js';
import { mergeNotices } from './merge-note.js';
import { pathFindings, requireSomethingToCheck } from './path-coverage.js';
import { failingDiagrams } from './diagrams.js';
import { runChecklist } from './engine.js';
import { resultOf } from './verdict.js';
import type { PlatformPort } from './platform.js';
import { createClassifier, type Classifier } from './repo-index.js';
import { duplicateDefinitionFindings } from './duplicate-definition.js';
import { nearMissFindings } from './near-miss.js';
import { createRepoView, type RepoView } from './repo-view.js';
import { readAhead } from './read-ahead.js';
import { shardAffected, type Shard } from './shard.js';
import { scanAsRead, secretValuesIn, secretValuesOf } from '../secrets/files.js';
import { createRedactor, redactError, redactReport } from './redact.js';
import type { ApprovalPort } from './waiver-approval.js';
import { applyWaivers, waiverEntries } from './waivers.js';
import type { ItemDefinition, RuleContext } from './rule.js';
import { CONFIG_PATH, type Settings } from './settings.js';
import { OBJECT_KINDS, type ChangeSet, type ChangeSummary, type Finding, type ItemResult, type ObjectKind, type Report, type Snapshot } from './types.js';

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
  /** How people know the trusted snapshot (`main`); its commit is named beside it. */
  readonly configLabel?: string;
  /** Refuse a head with nothing to check (the CLI and the Action: a wrong folder must not pass). */
  readonly requireObjects?: boolean;
  /** The B3OS API for live catalog lookups and online validation; absent offline. */
  readonly platform?: PlatformPort;
  readonly failOn?: Settings['failOn'];
  /** `YYYY-MM-DD` (UTC), for waiver expiry. */
  readonly today: string;
  readonly items?: readonly ItemDefinition[];
  /** Reads the pull request's reviews, for the waivers it adds (the Action); without it they are unverified. */
  readonly approvals?: ApprovalPort;
  /** Check one shard of the affected objects only (`check --shard i/n`); the report records it. */
  readonly shard?: Shard;
}

/**
 * Runs the whole checklist. Throws `UserError` for a bad `--config` file; anything else is a bug.
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
  const loaded = await loadSettings(input);
  const { settings, notes, source } = loaded;
  const classify = createClassifier(settings.paths);
  // Both trees are listed at once: git lists one while the other is indexed.
  const [head, base] = await Promise.all([createRepoView(input.head, classify, settings.limits), input.base && createRepoView(input.base, classify, settings.limits)]);
  // From the first read on: every file read is scanned as it is read, for the secret rules and the redactor.
  scanAsRead([head, base], settings.limits.maxFileBytes);
  const layout = layoutFindings(input.changes, head, settings, classify);
  const configFindings = [...loaded.findings, ...(await coverageFindings(input, loaded, layout)), ...layout];
  const affected = await computeAffected(input.changes, head, classify, base);
  // The catalog and the summary are the whole change's in every shard; the rules check the shard's share.
  const share = input.shard ? shardAffected(affected, input.shard, (path) => head.index.objectOf(path)) : affected;
  // A change's files are read together up front; a whole-repository audit reads as it goes, holding no more than it parses.
  if (input.changes.mode === 'diff') await head.prefetch(readAhead(share, head));
  const { catalog, notices } = await loadCatalog(head, settings, affected, input.platform);
  const ctx = { settings, changes: input.changes, head, base, affected: share, catalog, platform: input.platform, today: input.today };
  const checked = await runChecklist(input.items ?? ITEMS, ctx);
  const waivers = await runWaivers(input, loaded, checked.items, head);
  const outcome = { ...checked, items: waivers.items };
  configFindings.push(...waivers.findings);
  const diagrams = await failingDiagrams(outcome.items, head, catalog);
  const report: Report = {
    result: resultOf(outcome.items, input.failOn ?? settings.failOn, configFindings),
    items: outcome.items,
    objects: outcome.objects,
    // The base shown is the commit compared with (the merge base), not the branch tip the configuration came from.
    summary: { ...summaryOf(input.changes, affected, head), ...(input.base ? { base: input.base.ref } : {}), config: source },
    ...(configFindings.length ? { configFindings } : {}),
    notices: [...mergeNotices(input.changes.merge), ...(await gateWorkflowNotices(input.changes, input.head, input.base)), ...notes, ...notices, ...outcome.notices],
    ...(diagrams.length ? { diagrams } : {}),
    ...(outcome.funds.length ? { funds: outcome.funds } : {}),
    ...(waivers.records.length ? { waivers: waivers.records } : {}),
    failOn: input.failOn ?? settings.failOn,
    ...(input.shard ? { shard: input.shard } : {}),
  };
  return { report, ctx };
}

/** The trusted waivers and those the change proposes, applied to the run's findings (`waivers.ts`). */
async function runWaivers(input: GateInput, loaded: LoadedConfig, items: ItemResult[], head: RepoView) {
  const path = input.config?.path ?? input.configPath ?? CONFIG_PATH;
  const first = () => ({ line: 1, column: 1 });
  const entries = waiverEntries(loaded.settings.waivers, loaded.proposed?.waivers, { path, trusted: loaded.locate ?? first, proposed: loaded.proposedLocate ?? first });
  if (entries.length === 0) return { items, findings: [], records: [] };
  const { settings } = loaded;
  return applyWaivers({ items, entries, head, changes: input.changes, approvals: input.approvals, today: input.today, maxDays: settings.policy.maxWaiverDays, ruleIds: ruleIdsOf(input.items ?? ITEMS) });
}

function ruleIdsOf(items: readonly ItemDefinition[]): Set<string> {
  return new Set(items.flatMap((item) => [item.id, ...item.rules.map((rule) => rule.meta.id)]));
}

/**
 * The configuration of the run (see `config-source.ts`): the trusted file, never the change's own
 * version; a change (`diff` mode) without a trusted snapshot gets the defaults.
 */
async function loadSettings(input: GateInput): Promise<LoadedConfig & { notes: string[] }> {
  const items = input.items ?? ITEMS;
  const ruleIds = ruleIdsOf(items);
  const from = input.configFrom ?? input.base ?? (input.changes.mode === 'diff' ? 'defaults' : input.head);
  const loaded = await loadConfig({ file: input.config, path: input.configPath, from, label: input.configLabel, head: input.head, changes: input.changes, ruleIds });
  const path = input.configPath ?? CONFIG_PATH;
  const edits = loaded.proposed ? [proposalNote(path, items, loaded.settings, loaded.proposed)] : [];
  return { ...loaded, notes: [...(loaded.notes ?? []), ...edits] };
}

/** Paths that check nothing: always a finding; a repository with nothing to check at all: a usage error. */
async function coverageFindings(input: GateInput, loaded: LoadedConfig, layout: readonly Finding[]): Promise<Finding[]> {
  const entries = await input.head.list();
  const path = input.config?.path ?? input.configPath ?? CONFIG_PATH;
  const custom = loaded.source.kind === 'file' || loaded.source.kind === 'explicit';
  const findings = custom ? pathFindings({ entries, settings: loaded.settings, config: { path, locate: loaded.locate }, proposed: loaded.proposed }) : [];
  // The version a change proposes is checked against the files it will meet: it applies after the merge.
  if (loaded.proposed) {
    const proposed = pathFindings({ entries, settings: loaded.proposed, config: { path, locate: loaded.proposedLocate } });
    findings.push(...proposed.map((f) => ({ ...f, message: `${PROPOSED}: ${f.message}` })));
  }
  // Paths that point away from the files say more than "nothing to check"; a change is refused only
  // when neither side of it, under either configuration, holds anything to check.
  if (input.requireObjects && findings.length === 0) {
    const all = [...entries, ...((await input.base?.list()) ?? [])];
    const where = input.head.ref === 'WORKTREE' ? 'the working tree' : `\`${shortRef(input.head.ref)}\``;
    requireSomethingToCheck(all, [loaded.settings, ...(loaded.proposed ? [loaded.proposed] : [])], where, layout.map((f) => f.message));
  }
  return findings;
}

/** Changed files the configured paths nearly match, or that define an object a second time. */
function layoutFindings(changes: ChangeSet, head: RepoView, settings: Settings, classify: Classifier): Finding[] {
  return [...duplicateDefinitionFindings(changes, head.index, settings.paths, classify), ...nearMissFindings(changes, head.has, settings.paths, classify)];
}

/**
 * What a proposed configuration relaxes, for reviewers: it applies only after the merge, and from
 * then on to every change, so it deserves the same review as code (threats.md T4).
 */
function proposalNote(path: string, items: readonly ItemDefinition[], current: Settings, proposed: Settings): string {
  const rank = { error: 3, warning: 2, notice: 1, off: 0 } as const;
  const lowered = items.filter((item) => rank[proposed.items[item.id] ?? 'error'] < rank[current.items[item.id] ?? 'error']).map((item) => `\`${item.id}\` → ${proposed.items[item.id]}`);
  const waivers = proposed.waivers.filter((w) => !current.waivers.some((c) => c.rule === w.rule && c.expires === w.expires && c.paths.join() === w.paths.join())).map((w) => `\`${w.rule}\` until ${w.expires}`);
  const paths = (Object.keys(proposed.paths) as Array<keyof Settings['paths']>).filter((key) => proposed.paths[key].join() !== current.paths[key].join());
  const parts = [
    lowered.length ? `lowers ${lowered.join(', ')}` : '',
    waivers.length ? `adds waivers for ${waivers.join(', ')}` : '',
    paths.length ? `changes where ${paths.map((k) => `\`${k}\``).join(', ')} are looked for` : '',
    proposed.failOn !== current.failOn ? `sets failOn to ${proposed.failOn}` : '',
    // b3os-sdk requires no docs pages; a layout moves where pages are looked for.
    proposed.preset !== current.preset ? `sets preset to ${proposed.preset}${proposed.preset === 'b3os-sdk' ? ' (no docs pages required)' : ''}` : '',
    proposed.docs.layout !== current.docs.layout ? `sets docs.layout to ${proposed.docs.layout}` : '',
  ].filter((part) => part !== '');
  const relaxes = parts.length ? ` It ${parts.join('; ')}.` : '';
  return `this change edits \`${path}\`; its new version is valid.${relaxes} The current configuration applies to this change; the new one to every change after the merge, so review it like code.`;
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
    ...(changes.merge ? { merge: changes.merge } : {}),
  };
}
