import type * as t from '@babel/types';
import { parseModule } from '../../catalog/ts-module.js';
import { startOf } from '../../core/locate.js';
import { defineRule, type ReportedFinding } from '../../core/rule.js';
import { sdkFoldersToCheck } from './sdk-folders.js';

const EXECUTE_MODULE = /^\.\/execute(?:\.[cm]?[jt]s)?$/;

/**
 * In the SDK repository, every changed action folder's `index.ts` re-exports the action from
 * `./execute`: that export is how the package (and whoever registers its actions) reaches it.
 * Read by parsing, never by running. A missing `index.ts` is `sdk-action-files`' finding.
 */
export const sdkActionExported = defineRule(
  {
    id: 'definition-validates/sdk-action-exported',
    description: "in the SDK repository, every changed action folder's index.ts re-exports the action from ./execute",
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const { action, folder } of sdkFoldersToCheck(ctx)) {
      const file = `${folder}/index.ts`;
      const source = ctx.head.has(file) ? await ctx.head.text(file) : undefined;
      const finding = source === undefined ? undefined : exportFinding(action.id, file, source);
      if (finding) report(finding);
    }
  },
);

function exportFinding(id: string, file: string, source: string): ReportedFinding | undefined {
  const parsed = parseModule(source);
  if (!parsed.ok) {
    return { message: `\`${file}\` does not parse: ${parsed.message}`, hint: 'fix the TypeScript syntax at the position given', location: { file, ...parsed.position } };
  }
  if (parsed.program.body.some(reExportsExecute)) return undefined;
  return {
    message: `\`${file}\` does not re-export action \`${id}\` from \`./execute\``,
    hint: 'write `export { YourAction } from "./execute";` in index.ts',
    location: startOf(file),
  };
}

/** `export { X } from './execute'` or `export * from './execute'`, not a type-only export. */
function reExportsExecute(statement: t.Statement): boolean {
  if (statement.type === 'ExportAllDeclaration') return statement.exportKind !== 'type' && EXECUTE_MODULE.test(statement.source.value);
  if (statement.type !== 'ExportNamedDeclaration' || !statement.source || statement.exportKind === 'type') return false;
  return EXECUTE_MODULE.test(statement.source.value) && statement.specifiers.some((s) => s.type === 'ExportSpecifier' && s.exportKind !== 'type');
}
