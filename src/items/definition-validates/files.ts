import { compilePattern } from '../../core/pattern.js';
import type { RuleContext } from '../../core/rule.js';
import type { ObjectKind } from '../../core/types.js';
import { formatOf, type ParsedDocument } from '../../parse/document.js';

/** A parsed definition file of an affected object. */
export interface DefinitionFile {
  readonly kind: ObjectKind;
  readonly id: string;
  readonly doc: ParsedDocument;
}

/** The kinds whose JSON and YAML files are definitions. */
export const DEFINITION_KINDS: readonly ObjectKind[] = ['workflow', 'template', 'action', 'trigger', 'catalog'];

/** Symlinks and submodules at definition paths of affected objects: never read, so reported. */
export function notRegularFiles(ctx: RuleContext, kinds = DEFINITION_KINDS): Array<{ path: string; kind: 'symlink' | 'submodule' }> {
  const out: Array<{ path: string; kind: 'symlink' | 'submodule' }> = [];
  for (const kind of kinds) {
    for (const object of ctx.affected.objects(kind)) {
      for (const path of object.files) {
        const entry = ctx.head.index.entries.get(path);
        if (entry && entry.kind !== 'file') out.push({ path, kind: entry.kind });
      }
    }
  }
  return out;
}

/**
 * The JSON and YAML definition files of affected workflows, templates, actions (`action.json`, not
 * SDK sources), triggers and the pinned catalog, parsed. Files that do not parse are included:
 * each rule decides what to do with `doc.value === undefined`.
 */
export async function affectedDefinitionFiles(ctx: RuleContext, kinds = DEFINITION_KINDS): Promise<DefinitionFile[]> {
  const actionJson = ctx.settings.paths.actions.map(compilePattern);
  const out: DefinitionFile[] = [];
  for (const kind of kinds) {
    for (const object of ctx.affected.objects(kind)) {
      for (const path of object.files) {
        if (!formatOf(path)) continue;
        if (kind === 'action' && !actionJson.some((p) => p.match(path) !== undefined)) continue;
        const doc = await ctx.head.document(path);
        if (doc) out.push({ kind, id: object.id, doc });
      }
    }
  }
  return out;
}
