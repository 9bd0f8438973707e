import type { CatalogEntry } from '../../catalog/types.js';
import { diffSchemas, type Direction, type SchemaChange } from '../../contract/schema-diff.js';
import type { RuleContext } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import { usingDefinitions, type UsingDefinition } from './definitions.js';
import { documentationOf, type Documentation } from './documentation.js';
import { usersOfChange } from './field-users.js';
import { changeLocation, formerLocation, type SchemaName } from './schema-location.js';
import { changedTypeVersions, isCompared } from './type-versions.js';
import { uncomparedSchema, type UncomparedSchema } from './uncompared.js';

/** One schema change of a type, with who it reaches and where it shows. */
export interface ReviewedChange {
  readonly schema: SchemaName;
  readonly direction: Direction;
  readonly change: SchemaChange;
  /** Labels of the workflows and templates that use the field (`workflows/gas-alert`). */
  readonly users: readonly string[];
  /** In the head definition, or where the type was defined when it now comes from another catalog. */
  readonly location: Location;
}

/** The contract review of one changed type that exists at base and at head. */
export interface TypeReview {
  readonly type: string;
  readonly head: CatalogEntry;
  readonly changes: readonly ReviewedChange[];
  /** Schemas read at one side only: their change is unknown. */
  readonly uncompared: readonly UncomparedSchema[];
  readonly documentation: Documentation;
}

const SCHEMAS: ReadonlyArray<readonly [SchemaName, Direction]> = [
  ['payloadSchema', 'input'],
  ['resultSchema', 'output'],
];
const reviews = new WeakMap<RuleContext, Promise<TypeReview[]>>();

/**
 * The schema diff of every changed type present at base and at head, computed once per run. A
 * schema read at one side only is not compared but listed in `uncompared` (see `uncompared.ts`).
 */
export function contractReviews(ctx: RuleContext): Promise<TypeReview[]> {
  let hit = reviews.get(ctx);
  if (!hit) reviews.set(ctx, (hit = load(ctx)));
  return hit;
}

async function load(ctx: RuleContext): Promise<TypeReview[]> {
  const out: TypeReview[] = [];
  const compared = (await changedTypeVersions(ctx)).filter(isCompared);
  const definitions = compared.length > 0 ? await usingDefinitions(ctx) : [];
  for (const { type, base, head } of compared) {
    const changes: ReviewedChange[] = [];
    const uncompared: UncomparedSchema[] = [];
    for (const [schema, direction] of SCHEMAS) {
      changes.push(...(await reviewSchema(ctx, definitions, base, head, schema, direction)));
      const missing = await uncomparedSchema(ctx, base, head, schema);
      if (missing) uncompared.push(missing);
    }
    if (changes.length > 0 || uncompared.length > 0) out.push({ type, head, changes, uncompared, documentation: await documentationOf(ctx, head) });
  }
  return out;
}

async function reviewSchema(ctx: RuleContext, definitions: readonly UsingDefinition[], base: CatalogEntry, head: CatalogEntry, schema: SchemaName, direction: Direction): Promise<ReviewedChange[]> {
  const before = base[schema];
  const after = head[schema];
  if (before === undefined || after === undefined) return [];
  const isTrigger = head.kind === 'trigger';
  const configuresWaits = isTrigger && schema === 'payloadSchema' && head.waitPayloadSchema === undefined;
  const field = { type: head.type, direction, headSchema: after, isTrigger, configuresWaits };
  const out: ReviewedChange[] = [];
  for (const change of diffSchemas(before, after, direction)) {
    const location = (await changeLocation(ctx, head, schema, change)) ?? (await formerLocation(ctx, base));
    out.push({ schema, direction, change, users: usersOfChange(definitions, change, field), location });
  }
  return out;
}
