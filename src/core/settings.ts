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
  /** `<workflow path>#<node id>`: findings inside those nodes only (see `waiver-scope.ts`). */
  readonly nodes?: readonly string[];
  /** Action or trigger types: findings about nodes of those types or the types' own files. */
  readonly types?: readonly string[];
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

/** Where docs pages live: this repository's conventions, or the layout of the public docs site. */
export type DocsLayout = 'repository' | 'docs-site';

/** What kind of repository is checked: workflows (the default), or the actions SDK repository itself. */
export type RepositoryPreset = 'workflows' | 'b3os-sdk';

/** Time limits and lists of the readiness policy. */
export interface PolicySettings {
  /** Evidence of the current definition older than this many days is a warning. */
  readonly evidenceMaxAgeDays: number;
  /** Execution webhook events a failure must reach someone through (failure-paths-observable). */
  readonly failureEvents: readonly string[];
  /** Token contracts (EVM addresses) a template may name literally: the same in every organization (templates-portable). */
  readonly wellKnownTokens: readonly string[];
  /** An inventoried API key last rotated more than this many days ago fails `api-keys-scoped/key-rotation`. */
  readonly keyRotationDays: number;
  /** A waiver may expire at most this many calendar days after the run's day. */
  readonly maxWaiverDays: number;
}

/** The typed settings of one run, from defaults, the configuration file and the inputs. */
export interface Settings {
  readonly paths: PathSettings;
  readonly docs: { readonly headings: DocsHeadings; readonly layout: DocsLayout };
  /** `b3os-sdk`: SDK action folders in both layouts, their files and exports checked, no docs pages required. */
  readonly preset: RepositoryPreset;
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
  // The SDK's older layout kept action folders at the repository root (b3os-platform.md §4.1).
  sdkActions: ['packages/sdk/actions/{id}/**', 'actions/{id}/schema.ts', 'actions/{id}/execute.ts'],
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

/** The page paths of docs.b3os.org (`/actions/reference/generated/<id>`, …) as files of its docs repository. */
export const DOCS_SITE_PATHS: Pick<PathSettings, 'actionDocs' | 'logicDocs' | 'triggerDocs'> = {
  actionDocs: pagePaths('actions/reference/generated/{id}', 'actions/reference/built-ins/{id}'),
  logicDocs: pagePaths('actions/reference/logic/{id}', 'actions/reference/built-ins/{id}'),
  triggerDocs: pagePaths('actions/trigger-reference/triggers/{type}'),
};

/** The SDK repository's action folders, in the current and the older root layout. */
export const SDK_PRESET_PATHS: Pick<PathSettings, 'sdkActions'> = {
  sdkActions: ['packages/sdk/actions/{id}/**', 'actions/{id}/schema.ts', 'actions/{id}/execute.ts', 'actions/{id}/index.ts', 'actions/{id}/*.test.ts'],
};

function pagePaths(...stems: string[]): string[] {
  return stems.flatMap((stem) => [`${stem}.md`, `${stem}.mdx`]);
}

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

/**
 * The names the public docs site gives the same sections (its trigger reference pages): a page is
 * matched by each section's role, under our heading or the site's.
 */
export const SITE_HEADINGS: Readonly<Record<keyof DocsHeadings, readonly string[]>> = {
  glance: [],
  payload: ['Trigger Configuration'],
  result: ['Trigger Result'],
  examples: ['Workflow Root Example'],
};

/** Every heading a section of `role` may have: the configured one first. */
export function headingsFor(headings: DocsHeadings, role: keyof DocsHeadings): readonly string[] {
  return [headings[role], ...SITE_HEADINGS[role].filter((name) => name !== headings[role])];
}

/** Whether new actions and triggers need docs pages: not in the SDK repository, whose pages the docs site generates. */
export function docsPagesRequired(settings: Settings): boolean {
  return settings.preset !== 'b3os-sdk';
}

export const DEFAULT_POLICY: PolicySettings = {
  evidenceMaxAgeDays: 180,
  failureEvents: ['run.failed', 'node.failed'],
  wellKnownTokens: [
    '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', // USDC on Base
    '0x4200000000000000000000000000000000000006', // WETH on Base and Optimism
    '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', // USDC on Ethereum
    '0xdAC17F958D2ee523a2206206994597C13D831ec7', // USDT on Ethereum
    '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', // WETH on Ethereum
    '0x6B175474E89094C44Da98b954EedeAC495271d0F', // DAI on Ethereum
    '0xaf88d065e77c8cC2239327C5EDb3A432268e5831', // USDC on Arbitrum
    '0x0b2C639c533813f4Aa9D7837cAf62653d097Ff85', // USDC on Optimism
    '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359', // USDC on Polygon
  ],
  keyRotationDays: 90,
  maxWaiverDays: 90,
};

export const DEFAULT_SETTINGS: Settings = {
  paths: DEFAULT_PATHS,
  docs: { headings: DEFAULT_HEADINGS, layout: 'repository' },
  preset: 'workflows',
  items: {},
  failOn: 'error',
  waivers: [],
  policy: DEFAULT_POLICY,
  limits: DEFAULT_LIMITS,
};

/** The configuration file, repository-relative. */
export const CONFIG_PATH = '.github/b3os-readiness.yml';
