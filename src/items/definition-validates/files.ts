import type { RuleContext } from '../../core/rule.js';
import type { ObjectKind } from '../../core/types.js';
import type { ParsedDocument } from '../../parse/document.js';

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
 * The parsed files of the affected objects of `kinds` (platform-validation asks for workflows, whose
 * files are all JSON or YAML). Files that do not parse are included: each rule decides what to do
 * with `doc.value === undefined`; a file `document` cannot read (a symlink, another format) is not.
 */
export async function affectedDefinitionFiles(ctx: RuleContext, kinds: readonly ObjectKind[]): Promise<DefinitionFile[]> {
  const out: DefinitionFile[] = [];
  for (const kind of kinds) {
    for (const object of ctx.affected.objects(kind)) {
      for (const path of object.files) {
        const doc = await ctx.head.document(path);
        if (doc) out.push({ kind, id: object.id, doc });
      }
    }
  }
  return out;
}
