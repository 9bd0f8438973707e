/**
 * The values that cross every boundary of the gate: change sets, findings, item results and the
 * report. Adapters produce the inputs, the engine produces the report, renderers consume it.
 */

/** The eleven checklist items, in checklist order. Ids are stable: they appear in configs and links. */
export const ITEM_IDS = [
  'definition-validates',
  'connectors-scoped',
  'wallet-actions-bounded',
  'failure-paths-observable',
  'docs-updated',
  'api-keys-scoped',
  'credentials-in-connectors',
  'wallets-dedicated',
  'webhooks-verified',
  'templates-portable',
  'public-contract',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

/** Which part of the checklist an item belongs to. */
export type ItemGroup = 'required' | 'policy' | 'contract';

/** Finding severities; they map one to one onto annotation levels and SARIF levels. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What an item concluded. `incomplete` and `fail` block the gate; the others do not. */
export const ITEM_STATUSES = ['pass', 'fail', 'incomplete', 'waived', 'not-affected', 'off'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** How a file changed between base and head. Adapters map git letters and GitHub statuses onto these. */
export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed';

/** One changed file. `previousPath` is set for renames. Paths are repository-relative, `/`-separated. */
export interface FileChange {
  readonly path: string;
  readonly status: ChangeStatus;
  readonly previousPath?: string;
}

/**
 * The files that changed between base and head. In `all` mode every file at head counts as added.
 * `incompleteReason` is set when the list may be missing files (the GitHub 3,000-file cap with no
 * git history to fall back on); the gate then fails closed.
 */
export interface ChangeSet {
  readonly base?: string;
  readonly head: string;
  readonly mode: 'diff' | 'all';
  readonly files: readonly FileChange[];
  readonly incompleteReason?: string;
  /** On a change into a branch: whether the head was checked merged into that branch's tip. */
  readonly merge?: MergeCheck;
}

/**
 * What was checked of a change into a branch: the merge of its head into the branch's tip (what
 * will land), or the head as branched and why (the two conflict, the merge could not be made, or
 * the run asked for it).
 */
export interface MergeCheck {
  readonly status: 'merged' | 'conflict' | 'unavailable' | 'off';
  /** The commit of the base branch's tip the head was merged into, or would have been. */
  readonly base: string;
  /** How people know the base branch (`main`), when the run knows it. */
  readonly baseLabel?: string;
  /** The merge commit or tree that was checked; set only when `merged`. */
  readonly checked?: string;
  /** Why the head was checked as branched, in a sentence fragment (the conflicting files, git's limits). */
  readonly reason?: string;
}

/** One entry of a tree at a ref. Symlinks and submodules are listed but never read. */
export interface TreeEntry {
  readonly path: string;
  readonly kind: 'file' | 'symlink' | 'submodule';
  /** Size in bytes as stored; 0 for symlinks and submodules. */
  readonly size: number;
}

/**
 * Read access to the repository as it is at one ref. Implementations read git objects (never the
 * working tree) or, for a plain directory, use `lstat` and never follow a symlink.
 */
export interface Snapshot {
  /** The ref or commit this snapshot shows, for messages. */
  readonly ref: string;
  /** Every entry of the tree, sorted by path. */
  list(): Promise<readonly TreeEntry[]>;
  /** The bytes of a regular file, or undefined when the path is not a regular file at this ref. */
  read(path: string): Promise<Uint8Array | undefined>;
  /**
   * Where the snapshot can search its files without each one read here (git): the paths of the
   * files called one of `names` (in any folder) whose bytes match `query`, never reading the `skip`
   * paths; undefined when it cannot search for these. Without it, or without an answer, a caller
   * reads the files itself.
   */
  search?(query: TextQuery, names: readonly string[], skip: readonly string[]): Promise<ReadonlySet<string> | undefined>;
}

/** What a file's bytes must hold to be found: one of `patterns`, each fixed text, or each a POSIX extended regular expression matched line by line. */
export interface TextQuery {
  readonly patterns: readonly string[];
  readonly regex: boolean;
}

/**
 * A 1-based position range in a source file. `endLine`/`endColumn` are exclusive, as in
 * reviewdog's rdformat; renderers convert where a consumer wants inclusive ends.
 */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/**
 * One thing the gate found. `message` is one sentence, lowercase start, no trailing period, naming
 * the offending value when that is safe to show. `hint` is the fix, imperative. A secret is never
 * part of either: only `fingerprint` identifies it. `unverified` marks a finding that says the rule
 * could not decide (unknown schema, file over a limit): it makes its item `incomplete`.
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly hint?: string;
  readonly location?: Location;
  readonly docsUrl: string;
  readonly fingerprint?: string;
  readonly unverified?: boolean;
  /** Set on a finding of a found secret value: it cannot be waived (the value must be rotated). */
  readonly secret?: true;
  /** Set by the engine when a configured waiver covers this finding. */
  readonly waiver?: AppliedWaiver;
  /** A waiver the change proposes that would cover this finding but is not approved: the finding still counts. */
  readonly pendingWaiver?: PendingWaiver;
}

/** A waiver as it was applied to a finding. */
export interface AppliedWaiver {
  readonly reason: string;
  readonly approver: string;
  readonly expires: string;
  /** `base`: merged on the trusted branch; `pull-request`: added or changed by the change and approved on its head. */
  readonly origin?: WaiverOrigin;
  /** What the waiver names that matched (its most specific scope), e.g. `node workflows/a/workflow.json#send`. */
  readonly scope?: string;
  /** The review that approved a pull-request waiver on the head commit. */
  readonly review?: ApprovingReview;
}

/** Where an applied waiver comes from. */
export type WaiverOrigin = 'base' | 'pull-request';

/** The approving review of a pull-request waiver. */
export interface ApprovingReview {
  readonly user: string;
  readonly url: string;
  readonly commit: string;
}

/** A waiver the change proposes that does not apply yet, and why. */
export interface PendingWaiver {
  readonly approver: string;
  readonly reason: string;
  readonly expires: string;
  /** `pending`: awaiting an approving review on the head; `unverified`: no review could be read (the CLI). */
  readonly state: 'pending' | 'unverified';
  /** What is missing, e.g. "pending approval by @lee" or "@lee approved an older commit". */
  readonly why: string;
}

/** One waiver of the run, for the audit trail: applied ones with what they covered, pending ones with why. */
export interface WaiverRecord {
  readonly rule: string;
  readonly reason: string;
  readonly approver: string;
  readonly expires: string;
  readonly origin: WaiverOrigin;
  readonly status: 'applied' | 'pending' | 'unverified' | 'unused' | 'refused';
  /** The waiver's place in the configuration file (the base's or the change's). */
  readonly location?: Location;
  readonly findings: number;
  readonly review?: ApprovingReview;
  readonly why?: string;
}

/** The conclusion for one checklist item. */
export interface ItemResult {
  readonly id: ItemId;
  readonly title: string;
  readonly group: ItemGroup;
  readonly status: ItemStatus;
  readonly findings: readonly Finding[];
  /** Why the item is incomplete or not affected, or a one-line summary for the checklist row. */
  readonly reason?: string;
}

/** The per-object row for a new or changed action or trigger (schema, docs, examples, contract). */
export interface ObjectRow {
  readonly type: string;
  readonly kind: 'action' | 'trigger';
  readonly change: 'new' | 'changed' | 'removed';
  readonly schema: CellStatus;
  readonly docs: CellStatus;
  readonly examples: CellStatus;
  readonly contract: CellStatus;
}

/** One cell of an object row: ok, failed with a short reason, or not applicable. */
export interface CellStatus {
  readonly status: 'ok' | 'fail' | 'incomplete' | 'n/a';
  readonly note?: string;
}

/**
 * What one funds-moving node of an affected workflow may move, from its manifest bounds: the
 * reviewer's view of the change's exposure. Lists are as the manifest states them.
 */
export interface FundsRow {
  readonly workflow: string;
  readonly file: string;
  readonly node: string;
  readonly action: string;
  /** `send`, `swap`, `bridge`, `approve`, … (how the node moves funds). */
  readonly kind: string;
  /** False when the manifest sets no `funds` bounds for the node (every other list is then empty). */
  readonly bounded: boolean;
  readonly chains: readonly string[];
  readonly tokens: readonly string[];
  readonly recipients: readonly string[];
  /** Raw units as a decimal string; `units` and `symbol` when the manifest gives decimals. */
  readonly maxAmount?: { readonly raw: string; readonly units?: string; readonly symbol?: string };
  readonly approvals?: string;
  /** Evidence of the current definition: recorded, recorded only for an older one, or none. */
  readonly evidence: 'current' | 'stale' | 'missing';
  /** The run behind `evidence`: the newest for the current definition, or the newest of all when stale. */
  readonly evidenceRun?: { readonly kind: string; readonly date: string };
}

/** Counts of what the change touched, for the report header. */
export interface ChangeSummary {
  readonly base?: string;
  readonly head: string;
  readonly mode: 'diff' | 'all';
  readonly changedFiles: number;
  readonly affected: Readonly<Record<ObjectKind, number>>;
  /** Files of the workflows and templates re-validated only because a schema they use changed. */
  readonly blastRadius: readonly string[];
  /** Where the configuration came from. */
  readonly config?: ConfigSource;
  /** Whether the head was checked merged into its base branch's tip (a change into a branch only). */
  readonly merge?: MergeCheck;
}

/**
 * Where a run's configuration came from: the file at a trusted snapshot (`file`), the defaults
 * because it is absent there or invalid, the defaults because no trusted snapshot exists
 * (`no-base`), or an explicit `--config` file.
 */
export interface ConfigSource {
  readonly kind: 'file' | 'absent' | 'invalid' | 'no-base' | 'explicit';
  readonly path: string;
  /** How people know the trusted snapshot (`main`). */
  readonly label?: string;
  /** The trusted snapshot's commit (or ref). */
  readonly ref?: string;
}

/** A small picture of a failing workflow for the comment: its nodes, edges, failing and funds-moving nodes. */
export interface WorkflowDiagram {
  readonly file: string;
  readonly nodes: ReadonlyArray<{ readonly id: string; readonly type: string; readonly trigger: boolean; readonly movesFunds: boolean; readonly failing: boolean }>;
  /** `label` is the branch (`then`, `else`, …) or `loop` for a loop body edge. */
  readonly edges: ReadonlyArray<{ readonly from: string; readonly to: string; readonly label?: string }>;
}

/** The whole outcome of one run; what every renderer takes. */
export interface Report {
  readonly result: 'pass' | 'fail';
  readonly items: readonly ItemResult[];
  readonly objects: readonly ObjectRow[];
  readonly summary: ChangeSummary;
  /** Notices about the run itself (expired waivers, fallbacks taken). */
  readonly notices: readonly string[];
  /** Diagrams of workflows with failing definitions (small ones only). */
  readonly diagrams?: readonly WorkflowDiagram[];
  /** Funds-moving nodes of the affected workflows, by workflow and node. */
  readonly funds?: readonly FundsRow[];
  /** Every waiver the run considered, for the audit trail (JSON, SARIF). */
  readonly waivers?: readonly WaiverRecord[];
  /** Problems of the configuration: of the trusted file (warnings, the defaults applied) or of the version the change proposes (errors). */
  readonly configFindings?: readonly Finding[];
  /** What the verdict failed on (`fail-on`); absent in reports written before it was recorded, and in a stopped check's. */
  readonly failOn?: 'error' | 'warning';
  /** The share of the affected objects this report checked (`check --shard i/n`); absent for a whole check. */
  readonly shard?: { readonly index: number; readonly count: number };
}

/** The kinds of object a B3OS repository holds, by convention path (see `core/paths.ts`). */
export const OBJECT_KINDS = [
  'workflow',
  'manifest',
  'runbook',
  'action',
  'trigger',
  'template',
  'environment',
  'openapi',
  'catalog',
  'docs',
  'changelog',
  'config',
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/** The reason of an item the configuration turns off: shown, so it is not mistaken for one the change does not touch. */
export const TURNED_OFF = 'turned off in the configuration';
