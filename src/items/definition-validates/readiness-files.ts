import { locationIn } from '../../core/locate.js';
import type { ReportedFinding, RuleContext } from '../../core/rule.js';
import { checkedFile, environmentNamed, manifestOf, type Checked, type Found } from '../../readiness/inputs.js';
import { workflowsConcerned } from '../../readiness/scope.js';
import { describeViolations } from '../../schema/messages.js';
import { parseFindings } from './syntax.js';

/** The readiness files one run checks, by path: each is reported once, however many workflows read it. */
export interface ReadinessFiles {
  readonly manifests: ReadonlyMap<string, Found<unknown>>;
  readonly environments: ReadonlyMap<string, Found<unknown>>;
}

/**
 * The manifests and environments to validate: the affected ones, the manifests of the workflows
 * whose readiness is checked, and the environments those manifests name.
 */
export function readinessFiles(ctx: RuleContext): Promise<ReadinessFiles> {
  let found = perRun.get(ctx);
  if (!found) perRun.set(ctx, (found = collect(ctx)));
  return found;
}

const perRun = new WeakMap<RuleContext, Promise<ReadinessFiles>>();

async function collect(ctx: RuleContext): Promise<ReadinessFiles> {
  const manifests = new Map<string, Found<unknown>>();
  const environments = new Map<string, Found<unknown>>();
  // A missing file has nothing to report and names no environment.
  const add = (into: Map<string, Found<unknown>>, found: Checked<unknown>) => found.state !== 'missing' && into.set(found.path, found);
  for (const object of ctx.affected.objects('manifest')) for (const file of object.files) add(manifests, await checkedFile(ctx.head, file, 'manifest'));
  for (const object of ctx.affected.objects('environment')) for (const file of object.files) add(environments, await checkedFile(ctx.head, file, 'environment'));
  for (const workflow of await workflowsConcerned(ctx, ['workflow', 'manifest', 'runbook', 'environment'])) add(manifests, await manifestOf(ctx, workflow.id));
  for (const manifest of manifests.values()) {
    const name = environmentName(manifest.doc.value);
    if (name !== undefined) add(environments, await environmentNamed(ctx, name));
  }
  return { manifests, environments };
}

/** Every parse problem and schema violation of a readiness file, at its line and column. */
export function readinessFindings(found: Found<unknown>): ReportedFinding[] {
  const { doc } = found;
  const parsed = parseFindings(doc);
  if (found.state === 'valid') return parsed;
  const schema = describeViolations(found.violations).map((v) => ({ message: v.message, hint: v.hint, location: locationIn(doc, v.pointer, v.atKey) }));
  return [...parsed, ...schema];
}

function environmentName(value: unknown): string | undefined {
  const name = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).environment : undefined;
  return typeof name === 'string' && /^[a-z0-9][a-z0-9_-]{0,62}$/.test(name) ? name : undefined;
}
