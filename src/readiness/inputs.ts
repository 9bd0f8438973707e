/**
 * The readiness inputs of a workflow: its manifest and the environment inventory the manifest
 * names, each parsed with positions and checked against its schema once per run, whichever items
 * ask. A file that does not parse or match its schema is `invalid`: its problems are reported once
 * (by `definition-validates/manifest-shape` and `environment-shape`) and the items that needed it
 * are incomplete for that workflow.
 */
import { fillPattern } from '../core/pattern.js';
import type { RepoView } from '../core/repo-view.js';
import type { RuleContext } from '../core/rule.js';
import type { ParsedDocument } from '../parse/document.js';
import { validateOwn, type OwnSchema, type SchemaViolation } from '../schema/ajv.js';
import type { Environment, Manifest } from './formats.js';

/** A readiness file as found at head. */
export type Checked<T> =
  | { readonly state: 'valid'; readonly path: string; readonly doc: ParsedDocument; readonly value: T }
  | { readonly state: 'invalid'; readonly path: string; readonly doc: ParsedDocument; readonly violations: readonly SchemaViolation[] }
  | { readonly state: 'missing'; readonly expected: string };

/** A readiness file that exists at head, valid or not. */
export type Found<T> = Exclude<Checked<T>, { readonly state: 'missing' }>;

/** The readiness inputs of one workflow; `environment` is absent unless the manifest is valid. */
export interface WorkflowInputs {
  readonly manifest: Checked<Manifest>;
  readonly environment?: Checked<Environment>;
}

/** Per view: the checked files by `<schema>:<path>`, by `<schema>:<name>` the file a slug or environment name leads to, and the inputs by slug. */
const cache = new WeakMap<
  RepoView,
  { byPath: Map<string, Promise<Checked<unknown>>>; byName: Map<string, Promise<Checked<unknown>>>; inputs: Map<string, Promise<WorkflowInputs>> }
>();

function cacheOf(view: RepoView) {
  let entry = cache.get(view);
  if (!entry) cache.set(view, (entry = { byPath: new Map(), byName: new Map(), inputs: new Map() }));
  return entry;
}

/** The manifest of the workflow `slug` and, when the manifest is valid, its environment. */
export function workflowInputs(ctx: RuleContext, slug: string): Promise<WorkflowInputs> {
  // Every readiness rule asks for every workflow it checks: one answer per slug and view.
  const { inputs } = cacheOf(ctx.head);
  let hit = inputs.get(slug);
  if (!hit) inputs.set(slug, (hit = inputsNow(ctx, slug)));
  return hit;
}

async function inputsNow(ctx: RuleContext, slug: string): Promise<WorkflowInputs> {
  const manifest = await manifestOf(ctx, slug);
  if (manifest.state !== 'valid') return { manifest };
  return { manifest, environment: await environmentNamed(ctx, manifest.value.environment) };
}

/** The manifest of the workflow `slug`: the first regular file among the configured manifest paths. */
export function manifestOf(ctx: RuleContext, slug: string): Promise<Checked<Manifest>> {
  return checkedNamed(ctx.head, ctx.settings.paths.manifests, slug, 'manifest') as Promise<Checked<Manifest>>;
}

/** The environment inventory named `name`: the first regular file among the configured environment paths. */
export function environmentNamed(ctx: RuleContext, name: string): Promise<Checked<Environment>> {
  return checkedNamed(ctx.head, ctx.settings.paths.environments, name, 'environment') as Promise<Checked<Environment>>;
}

/** The file the first of `patterns` filled with `name` leads to; every rule of a run asks with the same patterns. */
function checkedNamed(view: RepoView, patterns: readonly string[], name: string, schema: OwnSchema): Promise<Checked<unknown>> {
  const { byName } = cacheOf(view);
  const key = `${schema}:${name}`;
  let hit = byName.get(key);
  if (!hit) byName.set(key, (hit = checkedAt(view, patterns.map((p) => fillPattern(p, name)), schema)));
  return hit;
}

/** A readiness file at a known path (an affected manifest or environment object). */
export function checkedFile(view: RepoView, path: string, schema: 'manifest' | 'environment'): Promise<Checked<unknown>> {
  return checkedAt(view, [path], schema);
}

function checkedAt(view: RepoView, candidates: readonly string[], schema: OwnSchema): Promise<Checked<unknown>> {
  const path = candidates.find((c) => view.has(c));
  if (path === undefined) return Promise.resolve({ state: 'missing', expected: candidates[0] ?? '' });
  const { byPath } = cacheOf(view);
  // Keyed by schema too: a file checked against one schema is not taken as checked against another.
  const key = `${schema}:${path}`;
  let hit = byPath.get(key);
  if (!hit) byPath.set(key, (hit = read(view, path, schema)));
  return hit;
}

async function read(view: RepoView, path: string, schema: OwnSchema): Promise<Checked<unknown>> {
  const doc = await view.document(path);
  if (!doc) return { state: 'missing', expected: path };
  if (doc.value === undefined) return { state: 'invalid', path, doc, violations: [] };
  const violations = validateOwn(schema, doc.value);
  return violations.length ? { state: 'invalid', path, doc, violations } : { state: 'valid', path, doc, value: doc.value };
}
