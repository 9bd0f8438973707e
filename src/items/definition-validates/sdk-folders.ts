import { actionFolder } from '../../core/catalog-loader.js';
import { compilePattern } from '../../core/pattern.js';
import type { RepoObject } from '../../core/repo-index.js';
import type { RuleContext } from '../../core/rule.js';

/** An affected SDK action folder of the SDK repository: the action, and the folder named after its id. */
export interface SdkFolder {
  readonly action: RepoObject;
  readonly folder: string;
}

/**
 * The affected actions written as SDK folders (no JSON definition), in the `b3os-sdk` preset only:
 * elsewhere an SDK folder is a team's own action, and the SDK's contribution rules are not its rules.
 */
export function sdkFoldersToCheck(ctx: RuleContext): SdkFolder[] {
  if (ctx.settings.preset !== 'b3os-sdk') return [];
  const json = ctx.settings.paths.actions.map(compilePattern);
  return ctx.affected
    .objects('action')
    .filter((action) => !action.files.some((file) => json.some((p) => p.match(file) !== undefined)))
    .map((action) => ({ action, folder: actionFolder(action) }));
}

/** The file a finding about the folder as a whole points at: its schema, else its first file. */
export function folderAnchor(ctx: RuleContext, { action, folder }: SdkFolder): string {
  return ['schema.ts', 'execute.ts', 'index.ts'].map((name) => `${folder}/${name}`).find((path) => ctx.head.has(path)) ?? action.files[0];
}
