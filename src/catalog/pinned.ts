import { definitionToEntry, objectOrUndefined, shapeProblems } from './definition.js';
import type { CatalogEntry, CatalogProblem, NodeKind } from './types.js';

/** Entries read from one definitions file, and what was wrong with it. */
export interface DefinitionsRead {
  readonly entries: CatalogEntry[];
  readonly problems: CatalogProblem[];
}

const SECTIONS: readonly (readonly [string, NodeKind])[] = [
  ['actions', 'action'],
  ['logicActions', 'logic'],
  ['triggers', 'trigger'],
];
const ENTRY_POINTER = /^\/(?:actions|logicActions|triggers)\/\d+/;

/**
 * Reads the pinned platform catalog (`.b3os/catalog.json`, formats.md) against
 * schemas/pinned-catalog.schema.json. Each bad entry gives one problem (the first violation inside
 * it, at its JSON pointer) and is skipped; the good entries are still returned, with source
 * 'pinned' and origin `file`. A type repeated anywhere in the file is a problem; the first wins.
 */
export function pinnedEntries(value: unknown, file: string): DefinitionsRead {
  const violations = shapeProblems('pinned-file', value);
  const problems = onePerEntry(violations);
  const root = objectOrUndefined(value);
  if (!root) return { entries: [], problems };
  const bad = new Set(violations.map((p) => ENTRY_POINTER.exec(p.pointer)?.[0]).filter(Boolean));
  const notes = provenance(root);
  const entries: CatalogEntry[] = [];
  const seen = new Map<string, string>();
  for (const [section, kind] of SECTIONS) {
    const items = root[section];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      const pointer = `/${section}/${index}`;
      const record = objectOrUndefined(item);
      if (bad.has(pointer) || !record) return;
      const type = record.type as string;
      const first = seen.get(type);
      if (first !== undefined) {
        problems.push({ pointer: `${pointer}/type`, message: `type \`${type}\` is already defined at ${first}` });
        return;
      }
      seen.set(type, pointer);
      entries.push(definitionToEntry(record, { type, kind, source: 'pinned', origin: file, notes }));
    });
  }
  return { entries, problems };
}

function onePerEntry(violations: readonly CatalogProblem[]): CatalogProblem[] {
  const reported = new Set<string>();
  return violations.filter((problem) => {
    const entry = ENTRY_POINTER.exec(problem.pointer)?.[0];
    if (entry === undefined) return true;
    if (reported.has(entry)) return false;
    reported.add(entry);
    return true;
  });
}

function provenance(root: Readonly<Record<string, unknown>>): string[] {
  const { source, fetchedAt } = root;
  return typeof source === 'string' && typeof fetchedAt === 'string' ? [`pinned from ${source} at ${fetchedAt}`] : [];
}
