import { isObject } from '../../b3os/definition.js';
import { canonicalJson } from '../../contract/canonical.js';
import { diffSchemas } from '../../contract/schema-diff.js';
import type { SchemaChange, SchemaChangeKind } from '../../contract/schema-change.js';
import { entriesByType } from '../../core/affected.js';
import { locationIn } from '../../core/locate.js';
import type { PlatformPort } from '../../core/platform.js';
import { defineRule, type ReportedFinding } from '../../core/rule.js';

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
 * other check. Only the live catalog (`b3os-api-url`) serving the same payload schema in this run
 * confirms it (a notice then). Tightenings and new entries pass with a notice.
 */
export const pinnedLoosened = defineRule(
  {
    id: 'definition-validates/pinned-loosened',
    description: 'a change to the pinned catalog loosens the payload schema of a platform type, and the live catalog does not confirm it',
    severity: 'error',
  },
  async (ctx, { report }) => {
    if (ctx.changes.mode !== 'diff' || !ctx.base) return;
    for (const file of ctx.affected.objects('catalog').flatMap((o) => o.files)) {
      const before = (await ctx.base.document(file))?.value;
      const after = await ctx.head.document(file);
      if (!isObject(before) || !after || !isObject(after.value)) continue;
      for (const change of entryChanges(entriesByType(before), entriesByType(after.value))) {
        const location = locationIn(after, change.kind === 'removed' ? groupPointerOf(after.value, before, change.type) : pointerOf(after.value, change.type));
        if (change.kind === 'removed') report({ ...(await removedFinding(change.type, ctx.platform)), location });
        else if (change.kind !== 'loosened') report({ severity: 'notice', message: noticeOf(change), location });
        else report({ ...(await loosenedFinding(change, ctx.platform)), location });
      }
    }
  },
);

/** How one pinned entry changed: added, its payload schema tightened, or loosened (with how). */
type EntryChange =
  | { readonly kind: 'added' | 'tightened' | 'removed'; readonly type: string }
  | { readonly kind: 'loosened'; readonly type: string; readonly pinned: Record<string, unknown>; readonly loosened: readonly SchemaChange[] };

function* entryChanges(was: ReadonlyMap<string, string>, is: ReadonlyMap<string, string>): Generator<EntryChange> {
  for (const [type, text] of is) {
    const old = was.get(type);
    if (old === undefined) yield { kind: 'added', type };
    if (old === undefined || old === text) continue;
    const [before, after] = [JSON.parse(old), JSON.parse(text)];
    const loosened = loosenings(before, after);
    if (loosened.length > 0) yield { kind: 'loosened', type, pinned: after, loosened };
    else if (canonicalJson(before.payloadSchema) !== canonicalJson(after.payloadSchema)) yield { kind: 'tightened', type };
  }
  // A type dropped from the pin falls back to the catalog shipped with the gate, which is looser.
  for (const type of was.keys()) if (!is.has(type)) yield { kind: 'removed', type };
}

function noticeOf(change: EntryChange): string {
  return change.kind === 'added' ? `the pinned catalog adds \`${change.type}\`` : `the pinned catalog tightens the payload schema of \`${change.type}\``;
}

/**
 * The finding for a loosened entry: a notice when the live catalog serves the same payload schema
 * in this run, else an error that says whether the live catalog was asked and what it answered.
 */
async function loosenedFinding(change: Extract<EntryChange, { kind: 'loosened' }>, platform: PlatformPort | undefined): Promise<ReportedFinding> {
  const { loosened } = change;
  const what = `the pinned catalog loosens the payload schema of \`${change.type}\`: ${loosened.slice(0, 3).map(describe).join('; ')}${loosened.length > 3 ? ` (and ${loosened.length - 3} more)` : ''}`;
  const live = platform ? await liveAnswer(platform, change) : 'no live catalog is configured (`b3os-api-url`) to confirm it';
  if (live === 'confirmed') return { severity: 'notice', message: `${what}, as the live catalog at ${platform!.baseUrl} does` };
  return { message: `${what}, and ${live}`, hint: HINT };
}

const HINT = 'pull the catalog again with `b3os-readiness catalog pull` rather than editing it, and check with `b3os-api-url` set so the live catalog confirms the change; if the platform really loosened the schema, a reviewer may waive this rule for the file';

/**
 * A type the change drops from the pinned catalog: its nodes fall back to the catalog shipped with
 * the gate (often without the pinned patterns). A notice when the live catalog no longer has the
 * type either, else an error.
 */
async function removedFinding(type: string, platform: PlatformPort | undefined): Promise<ReportedFinding> {
  const what = `the pinned catalog drops \`${type}\`: its nodes fall back to the catalog shipped with the gate, whose schema may be looser`;
  if (!platform) return { message: `${what}, and no live catalog is configured (\`b3os-api-url\`) to confirm the type is gone`, hint: HINT };
  const lookup = await platform.lookupTypes([type]);
  const failure = lookup.failures.find((f) => f.type === type);
  if (failure) return { message: `${what}, and the live catalog could not confirm it: ${failure.reason}`, hint: HINT };
  if (lookup.entries.some((e) => e.type === type)) return { message: `${what}, but the live catalog at ${platform.baseUrl} still has it`, hint: HINT };
  return { severity: 'notice', message: `${what}, as the live catalog at ${platform.baseUrl} no longer has it` };
}

async function liveAnswer(platform: PlatformPort, change: Extract<EntryChange, { kind: 'loosened' }>): Promise<string> {
  const lookup = await platform.lookupTypes([change.type]);
  const failure = lookup.failures.find((f) => f.type === change.type);
  if (failure) return `the live catalog could not confirm it: ${failure.reason}`;
  const entry = lookup.entries.find((e) => e.type === change.type);
  if (!entry) return `the live catalog at ${platform.baseUrl} has no \`${change.type}\``;
  return canonicalJson(entry.payloadSchema) === canonicalJson(change.pinned.payloadSchema) ? 'confirmed' : `the live catalog at ${platform.baseUrl} serves a different payload schema`;
}

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

/** The pointer of the list a dropped `type` was in (the document's root when that list is gone too). */
function groupPointerOf(value: Record<string, unknown>, before: Record<string, unknown>, type: string): string {
  const group = pointerOf(before, type).split('/')[1];
  return group !== undefined && Array.isArray(value[group]) ? `/${group}` : '';
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
