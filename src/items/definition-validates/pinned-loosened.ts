import { isObject } from '../../b3os/definition.js';
import { diffSchemas } from '../../contract/schema-diff.js';
import type { SchemaChange, SchemaChangeKind } from '../../contract/schema-change.js';
import { entriesByType } from '../../core/affected.js';
import { locationIn } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';

/** Changes after which a payload schema accepts more (or may: an unclear change counts as one). */
const LOOSENING: ReadonlySet<SchemaChangeKind> = new Set<SchemaChangeKind>([
  'field-removed',
  'became-optional',
  'type-widened',
  'type-changed',
  'enum-removed',
  'enum-value-added',
  'pattern-changed',
  'pattern-removed',
  'format-changed',
  'format-removed',
  'bound-loosened',
  'additional-properties-opened',
  'composition-changed',
  'constraint-changed',
  'constraint-removed',
  'not-compared',
]);

/**
 * A change to the pinned catalog that loosens a payload schema (drops the `pattern` of a
 * recipient, widens a type, opens `additionalProperties`) is an error, `fetchedAt` bumped or not:
 * pinned schemas are the platform's, and a loosened one lets a payout to anything pass every
 * other check. Tightenings and new entries are fine.
 */
export const pinnedLoosened = defineRule(
  {
    id: 'definition-validates/pinned-loosened',
    description: 'a change to the pinned catalog loosens the payload schema of a platform type',
    severity: 'error',
  },
  async (ctx, { report }) => {
    if (ctx.changes.mode !== 'diff' || !ctx.base) return;
    for (const file of ctx.affected.objects('catalog').flatMap((o) => o.files)) {
      const before = (await ctx.base.document(file))?.value;
      const after = await ctx.head.document(file);
      if (!isObject(before) || !after || !isObject(after.value)) continue;
      const [was, is] = [entriesByType(before), entriesByType(after.value)];
      for (const [type, text] of is) {
        const old = was.get(type);
        if (old === undefined || old === text) continue;
        const loosened = loosenings(JSON.parse(old), JSON.parse(text));
        if (loosened.length === 0) continue;
        report({
          message: `the pinned catalog loosens the payload schema of \`${type}\`: ${loosened.slice(0, 3).map(describe).join('; ')}${loosened.length > 3 ? ` (and ${loosened.length - 3} more)` : ''}`,
          hint: 'pull the catalog again with `b3os-readiness catalog pull` rather than editing it; if the platform really loosened the schema, a reviewer may waive this rule for the file',
          location: locationIn(after, pointerOf(after.value, type)),
        });
      }
    }
  },
);

function loosenings(before: Record<string, unknown>, after: Record<string, unknown>): SchemaChange[] {
  if (before.payloadSchema !== undefined && after.payloadSchema === undefined) {
    return [{ path: [], kind: 'constraint-removed', breaking: false, detail: 'the payload schema is gone' }];
  }
  return diffSchemas(before.payloadSchema ?? {}, after.payloadSchema ?? {}, 'input').filter(isLoosening);
}

/** A pattern or format that is new tightens; one that changed may loosen (regex inclusion is undecidable). */
function isLoosening(change: SchemaChange): boolean {
  if ((change.kind === 'pattern-changed' || change.kind === 'format-changed') && change.detail.endsWith(' added')) return false;
  return LOOSENING.has(change.kind);
}

function describe(change: SchemaChange): string {
  const at = change.path.length ? `\`${change.path.join('.')}\`` : 'the payload';
  return `${at}: ${change.detail}`;
}

/** The pointer of the entry of `type` in the catalog file. */
function pointerOf(value: Record<string, unknown>, type: string): string {
  for (const group of ['actions', 'logicActions', 'triggers']) {
    const list = value[group];
    const index = Array.isArray(list) ? list.findIndex((e) => isObject(e) && e.type === type) : -1;
    if (index >= 0) return `/${group}/${index}/type`;
  }
  return '';
}
