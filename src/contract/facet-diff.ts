import { changeOf, type Direction, type SchemaChange } from './schema-change.js';
import { ALL_TYPES, BOUNDS, boundOf, compositionOf, CONSTRAINT_KEYWORDS, enumOf, isClosed, stringFacet, typesOf, unreadKeywords, type BoundName } from './schema-view.js';

const MAX_SHOWN = 60;

/**
 * The differences of one schema node itself (not of its properties or items): type, enum, pattern,
 * format, bounds, `additionalProperties`, composition keywords and the keywords the diff does not
 * read, in that order. No keyword changes silently: an unread one is a constraint change or `not-compared`.
 */
export function facetChanges(before: unknown, after: unknown, path: readonly string[], direction: Direction): SchemaChange[] {
  return [
    ...typeChange(before, after, path, direction),
    ...enumChanges(before, after, path, direction),
    ...stringFacetChange('pattern', before, after, path, direction),
    ...stringFacetChange('format', before, after, path, direction),
    ...BOUNDS.flatMap(([name, side]) => boundChange(name, side, before, after, path, direction)),
    ...closedChange(before, after, path, direction),
    ...compositionChange(before, after, path, direction),
    ...unreadChanges(before, after, path, direction),
  ];
}

function typeChange(before: unknown, after: unknown, path: readonly string[], direction: Direction): SchemaChange[] {
  const was = typesOf(before);
  const now = typesOf(after);
  const narrowed = isSubset(now, was);
  const widened = isSubset(was, now);
  if (narrowed && widened) return [];
  const detail = `type ${typeText(was)} → ${typeText(now)}`;
  return [changeOf(path, narrowed ? 'type-narrowed' : widened ? 'type-widened' : 'type-changed', direction, detail)];
}

function enumChanges(before: unknown, after: unknown, path: readonly string[], direction: Direction): SchemaChange[] {
  const was = enumOf(before);
  const now = enumOf(after);
  if (was === undefined && now === undefined) return [];
  if (was === undefined) return [changeOf(path, 'enum-added', direction, `now limited to ${listText(now ?? [])}`)];
  if (now === undefined) return [changeOf(path, 'enum-removed', direction, `no longer limited to ${listText(was)}`)];
  const removed = was.filter((v) => !now.includes(v));
  const added = now.filter((v) => !was.includes(v));
  return [
    ...(removed.length ? [changeOf(path, 'enum-value-removed', direction, `${listText(removed)} no longer allowed`)] : []),
    ...(added.length ? [changeOf(path, 'enum-value-added', direction, `${listText(added)} now allowed`)] : []),
  ];
}

/** Any new or different pattern (or format) counts as tightening: regex inclusion is undecidable here. */
function stringFacetChange(name: 'pattern' | 'format', before: unknown, after: unknown, path: readonly string[], direction: Direction): SchemaChange[] {
  const was = stringFacet(before, name);
  const now = stringFacet(after, name);
  if (was === now) return [];
  if (now === undefined) return [changeOf(path, `${name}-removed`, direction, `${name} ${shown(was ?? '')} removed`)];
  const detail = was === undefined ? `${name} ${shown(now)} added` : `${name} ${shown(was)} → ${shown(now)}`;
  return [changeOf(path, `${name}-changed`, direction, detail)];
}

function boundChange(name: BoundName, side: 'lower' | 'upper', before: unknown, after: unknown, path: readonly string[], direction: Direction): SchemaChange[] {
  const was = boundOf(before, name);
  const now = boundOf(after, name);
  if (was === now) return [];
  const tightened = now !== undefined && (was === undefined || (side === 'lower' ? now > was : now < was));
  const detail = `${name} ${was ?? 'none'} → ${now ?? 'none'}`;
  return [changeOf(path, tightened ? 'bound-tightened' : 'bound-loosened', direction, detail)];
}

function closedChange(before: unknown, after: unknown, path: readonly string[], direction: Direction): SchemaChange[] {
  const was = isClosed(before);
  const now = isClosed(after);
  if (was === now) return [];
  return [changeOf(path, now ? 'additional-properties-closed' : 'additional-properties-opened', direction, `additionalProperties ${now ? 'set to false' : 'no longer false'}`)];
}

function compositionChange(before: unknown, after: unknown, path: readonly string[], direction: Direction): SchemaChange[] {
  if (compositionOf(before) === compositionOf(after)) return [];
  return [changeOf(path, 'composition-changed', direction, 'anyOf/oneOf/allOf/not/if/$ref/$defs changed and cannot be compared member by member')];
}

/** Each unread keyword whose value differs, by name: assertion keywords by presence, the rest as `not-compared`. */
function unreadChanges(before: unknown, after: unknown, path: readonly string[], direction: Direction): SchemaChange[] {
  const was = unreadKeywords(before);
  const now = unreadKeywords(after);
  const names = [...new Set([...was.keys(), ...now.keys()])].sort().filter((name) => was.get(name) !== now.get(name));
  return names.map((name) => {
    const detail = `${name} ${shown(was.get(name) ?? 'none')} → ${shown(now.get(name) ?? 'none')}`;
    if (!CONSTRAINT_KEYWORDS.has(name)) return changeOf(path, 'not-compared', direction, `keyword ${detail}`);
    return changeOf(path, !now.has(name) ? 'constraint-removed' : was.has(name) ? 'constraint-changed' : 'constraint-added', direction, detail);
  });
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  return [...small].every((t) => large.has(t));
}

/** Type names as written, leaving out the `integer` that `number` implies. */
function typeText(types: ReadonlySet<string>): string {
  if (ALL_TYPES.every((t) => types.has(t))) return 'any';
  const names = [...types].filter((t) => t !== 'integer' || !types.has('number')).sort();
  return names.length === 0 ? 'none' : names.join(' | ');
}

function listText(values: readonly string[]): string {
  return shown(values.join(', '));
}

function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
