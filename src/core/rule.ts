import type { Catalog } from '../catalog/types.js';
import type { Affected } from './affected.js';
import type { PlatformPort } from './platform.js';
import type { RepoObject } from './repo-index.js';
import type { RepoView } from './repo-view.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Settings } from './settings.js';
import { RULES_DOCS_BASE } from './project.js';
import type { ChangeSet, Finding, FundsRow, ItemGroup, ItemId, ObjectKind, ObjectRow, Severity } from './types.js';

/** What a rule is, for people and for the registry. `id` is `<item>/<rule>`; the rule part is its file name. */
export interface RuleMeta {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
}

/** Everything a rule may look at. Rules never touch the network, the disk, env or the process. */
export interface RuleContext {
  readonly settings: Settings;
  readonly changes: ChangeSet;
  readonly head: RepoView;
  /** The repository at the merge base; absent in `all` mode. */
  readonly base?: RepoView;
  readonly affected: Affected;
  readonly catalog: Catalog;
  /** The B3OS API, when configured (`b3os-api-url`); rules that need it are skipped otherwise. */
  readonly platform?: PlatformPort;
  /** The day of the run, `YYYY-MM-DD` (UTC): for evidence ages, rotation dates and waiver expiry. */
  readonly today: string;
}

/** Collects findings for one rule; fills rule id and docs link. */
export interface Reporter {
  report(finding: ReportedFinding): void;
  /** Adds a row for a new or changed action or trigger (merged per type by the engine). */
  objectRow?(row: Partial<ObjectRow> & Pick<ObjectRow, 'type' | 'kind' | 'change'>): void;
  /** Adds a row to the funds table (one per workflow and node; a later row replaces an earlier). */
  fundsRow?(row: FundsRow): void;
}

/** A finding as a rule states it; the engine adds the rule id and docs link. */
export type ReportedFinding = Omit<Finding, 'ruleId' | 'docsUrl' | 'severity' | 'waiver'> & { readonly severity?: Severity };

/** A rule that looks at the repository as a whole (cross-file: docs, public contract, inventories). */
export interface RepositoryRule {
  readonly meta: RuleMeta;
  run(ctx: RuleContext, reporter: Reporter): Promise<void> | void;
}

/** One parsed file of an affected object, as the engine's single pass over the files hands it to file rules. */
export interface RuleFile {
  readonly kind: ObjectKind;
  /** The id of the object the file belongs to. */
  readonly id: string;
  readonly path: string;
  readonly doc: ParsedDocument;
  /**
   * What `view` derives from this file, computed on the first ask and shared by every rule that
   * asks during the file's checks; dropped with the file. `view` is the key: pass the same function.
   */
  derive<T>(view: (file: RuleFile) => T): T;
}

/**
 * A rule that checks one file at a time: the engine reads and parses each affected file of the
 * kinds it subscribes to once, and every file rule of every running item sees it in that pass.
 */
export interface FileRule {
  readonly meta: RuleMeta;
  /** The object kinds whose files the rule checks (definition files only: JSON or YAML, `action.json` for actions). */
  readonly kinds: readonly ObjectKind[];
  /** Once per run, before the first file: findings about the repository as a whole (files it cannot read). */
  before?(ctx: RuleContext, reporter: Reporter): Promise<void> | void;
  check(file: RuleFile, ctx: RuleContext, reporter: Reporter): Promise<void> | void;
}

/** One object as the pass visits it: its files are parsed once for every rule and dropped after the object. */
export interface RuleObject {
  readonly kind: ObjectKind;
  readonly id: string;
  readonly files: readonly string[];
  /** The file as the file rules of the pass see it (shared derived views); undefined when it is not a parsed file at head. */
  file(path: string): Promise<RuleFile | undefined>;
  /** What `view` derives from this object, computed on the first ask and shared by every rule; dropped with the object. */
  derive<T>(view: (object: RuleObject, ctx: RuleContext) => T): T;
}

/**
 * A rule that checks one object at a time, in the same pass as the file rules: the objects it
 * names, which may be more than the affected ones (a workflow whose manifest or environment changed).
 */
export interface ObjectRule {
  readonly meta: RuleMeta;
  readonly kind: ObjectKind;
  /** The objects of `kind` the rule checks. */
  objects(ctx: RuleContext): Promise<readonly RepoObject[]>;
  /** Once per run, before the first object: findings about the repository as a whole. */
  before?(ctx: RuleContext, reporter: Reporter): Promise<void> | void;
  check(object: RuleObject, ctx: RuleContext, reporter: Reporter): Promise<void> | void;
  /** Once per run, after the last object: findings about what the checks gathered across objects. */
  after?(ctx: RuleContext, reporter: Reporter): Promise<void> | void;
}

/** A rule: metadata plus what it checks, the repository, one file or one object at a time. */
export type Rule = RepositoryRule | FileRule | ObjectRule;

/** A checklist item: its rules and the kinds of object whose change makes it relevant. */
export interface ItemDefinition {
  readonly id: ItemId;
  readonly title: string;
  readonly group: ItemGroup;
  readonly concerns: readonly ObjectKind[];
  readonly rules: readonly Rule[];
  /** Kinds whose checks are not built yet: when one is affected, the item cannot pass (fails closed). */
  readonly pendingConcerns?: readonly ObjectKind[];
  /** The item reads every changed file, of any kind or none (`.env`, scripts): any change at head concerns it. */
  readonly readsEveryFile?: boolean;
}

/** The docs link of a rule id. */
export function docsUrlOf(ruleId: string): string {
  return `${RULES_DOCS_BASE}/${ruleId}.md`;
}

/** Declares a repository-wide rule; `id` must be `<item>/<rule>`. */
export function defineRule(meta: RuleMeta, run: RepositoryRule['run']): RepositoryRule {
  return { meta, run };
}

/** Declares a file rule; `id` must be `<item>/<rule>`. */
export function defineFileRule(meta: RuleMeta, spec: Omit<FileRule, 'meta'>): FileRule {
  return { meta, ...spec };
}

/** Declares an object rule; `id` must be `<item>/<rule>`. */
export function defineObjectRule(meta: RuleMeta, spec: Omit<ObjectRule, 'meta'>): ObjectRule {
  return { meta, ...spec };
}

/** True for a rule that checks one file at a time. */
export function isFileRule(rule: Rule): rule is FileRule {
  return 'kinds' in rule;
}

/** True for a rule the pass runs: one file or one object at a time. */
export function isPassRule(rule: Rule): rule is FileRule | ObjectRule {
  return 'check' in rule;
}
