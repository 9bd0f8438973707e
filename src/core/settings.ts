import type { ItemId, Severity } from './types.js';

/** Where each kind of object lives. Every list holds patterns of `core/pattern.ts`. */
export interface PathSettings {
  readonly workflows: readonly string[];
  readonly manifests: readonly string[];
  readonly runbooks: readonly string[];
  readonly sdkActions: readonly string[];
  readonly actions: readonly string[];
  readonly triggers: readonly string[];
  readonly templates: readonly string[];
  readonly environments: readonly string[];
  readonly openapi: readonly string[];
  readonly catalog: readonly string[];
  readonly changelog: readonly string[];
  readonly actionDocs: readonly string[];
  readonly logicDocs: readonly string[];
  readonly triggerDocs: readonly string[];
  readonly apiDocs: readonly string[];
  readonly exampleDocs: readonly string[];
  readonly runbookDocs: readonly string[];
}

/** How one item is enforced: its findings keep their severity, or are all lowered, or it is off. */
export type ItemSeverity = Severity | 'off';

/** A waiver: findings of a rule (or a whole item) in matching files pass until `expires`. */
export interface Waiver {
  readonly rule: string;
  readonly paths: readonly string[];
  readonly reason: string;
  readonly approver: string;
  /** `YYYY-MM-DD`; the waiver holds through the end of that day (UTC). */
  readonly expires: string;
}

/** Size and shape limits applied before and while parsing repository files. */
export interface Limits {
  readonly maxFileBytes: number;
  /** YAML files have their own cap: the YAML parser is about 20 times slower than JSON's. */
  readonly maxYamlBytes: number;
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly maxAliases: number;
}

/** The section headings a docs page of an action or trigger must have. */
export interface DocsHeadings {
  readonly glance: string;
  readonly payload: string;
  readonly result: string;
  readonly examples: string;
}

/** Time limits of the readiness policy. */
export interface PolicySettings {
  /** Evidence of the current definition older than this many days is a warning. */
  readonly evidenceMaxAgeDays: number;
  /** An inventoried API key last rotated more than this many days ago fails `api-keys-scoped/key-rotation`. */
  readonly keyRotationDays: number;
}

/** The typed settings of one run, from defaults, the configuration file and the inputs. */
export interface Settings {
  readonly paths: PathSettings;
  readonly docs: { readonly headings: DocsHeadings };
  readonly items: Readonly<Partial<Record<ItemId, ItemSeverity>>>;
  readonly failOn: 'error' | 'warning';
  readonly waivers: readonly Waiver[];
  readonly policy: PolicySettings;
  readonly limits: Limits;
}

/** The conventions of product.md. */
export const DEFAULT_PATHS: PathSettings = {
  workflows: ['workflows/{slug}/workflow.json', 'workflows/{slug}/workflow.yaml', 'workflows/{slug}/workflow.yml'],
  manifests: ['workflows/{slug}/b3os.yaml', 'workflows/{slug}/b3os.yml'],
  runbooks: ['workflows/{slug}/RUNBOOK.md', 'docs/runbooks/{slug}.md'],
  sdkActions: ['packages/sdk/actions/{id}/**'],
  actions: ['actions/{id}/action.json'],
  triggers: ['triggers/{type}/trigger.json'],
  templates: ['templates/{slug}/template.json'],
  environments: ['environments/{env}.yaml', 'environments/{env}.yml'],
  openapi: ['openapi/*.yaml', 'openapi/*.yml', 'openapi/*.json'],
  catalog: ['.b3os/catalog.json'],
  changelog: ['CHANGELOG.md'],
  actionDocs: ['docs/actions/reference/generated/{id}.md', 'docs/actions/reference/generated/{id}.mdx'],
  logicDocs: ['docs/actions/reference/logic/{id}.md', 'docs/actions/reference/logic/{id}.mdx'],
  triggerDocs: ['docs/triggers/reference/{type}.md', 'docs/triggers/reference/{type}.mdx'],
  apiDocs: ['docs/api/**'],
  exampleDocs: ['docs/examples/**'],
  runbookDocs: ['docs/runbooks/**'],
};

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 1024 * 1024,
  maxYamlBytes: 256 * 1024,
  maxDepth: 64,
  maxNodes: 100_000,
  maxAliases: 20,
};

export const DEFAULT_HEADINGS: DocsHeadings = {
  glance: 'At a Glance',
  payload: 'Payload Schema',
  result: 'Result Schema',
  examples: 'Examples',
};

export const DEFAULT_POLICY: PolicySettings = {
  evidenceMaxAgeDays: 180,
  keyRotationDays: 90,
};

export const DEFAULT_SETTINGS: Settings = {
  paths: DEFAULT_PATHS,
  docs: { headings: DEFAULT_HEADINGS },
  items: {},
  failOn: 'error',
  waivers: [],
  policy: DEFAULT_POLICY,
  limits: DEFAULT_LIMITS,
};

/** The configuration file, repository-relative. */
export const CONFIG_PATH = '.github/b3os-readiness.yml';
