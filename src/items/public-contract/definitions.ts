import { definitionOf, type DefinitionView } from '../../b3os/definition.js';
import { objectKey, type RepoObject } from '../../core/repo-index.js';
import type { RuleContext } from '../../core/rule.js';
import type { ParsedDocument } from '../../parse/document.js';

/** One workflow or template definition file at head, parsed, with its nodes. */
export interface UsingDefinition {
  readonly object: RepoObject;
  readonly doc: ParsedDocument;
  readonly view: DefinitionView;
  /** How findings name it: the folder of its file, e.g. `workflows/gas-alert`. */
  readonly label: string;
}

const loaded = new WeakMap<RuleContext, Promise<UsingDefinition[]>>();

/**
 * Every workflow and template definition at head that parses, has nodes and is among the change's
 * affected objects. A node of a changed type, or a wait for one, puts its workflow there (the blast
 * radius, `affected.ts`), so no user of a changed type is left out, and the rest of the repository
 * is not read. Read once per run and shared by the public-contract rules.
 */
export function usingDefinitions(ctx: RuleContext): Promise<UsingDefinition[]> {
  let hit = loaded.get(ctx);
  if (!hit) loaded.set(ctx, (hit = load(ctx)));
  return hit;
}

async function load(ctx: RuleContext): Promise<UsingDefinition[]> {
  const out: UsingDefinition[] = [];
  const reached = (object: RepoObject) => ctx.affected.keys.has(objectKey(object.kind, object.id));
  for (const object of [...ctx.head.index.ofKind('workflow'), ...ctx.head.index.ofKind('template')].filter(reached)) {
    for (const file of object.files) {
      const doc = await ctx.head.document(file);
      const view = definitionOf(doc?.value);
      if (doc && view) out.push({ object, doc, view, label: folderOf(file) });
    }
  }
  // In index order: each caller orders what it reports (labels sorted, findings sorted by the engine).
  return out;
}

/** The folder of a repository path, or the path itself for a file at the root. */
function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}
