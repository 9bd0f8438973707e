import type * as t from '@babel/types';
import { parseModule, type ParsedModule } from './ts-module.js';

/**
 * The TypeScript files directly in an SDK action folder, by name (`schema.ts`, `shared.ts`), as
 * text: the only modules the gate follows an import into. A nested folder or a path that leaves
 * the folder is never read (threats: a decoy must not be the schema the gate reads).
 */
export interface SdkFolder {
  /** The folder's repository path (`packages/sdk/actions/acme-sweep`). */
  readonly path: string;
  readonly sources: ReadonlyMap<string, string>;
}

/** A parsed module of the folder (parsed once per folder). */
export type FolderModule = Extract<ParsedModule, { ok: true }> & { readonly name: string };

const parsedCache = new WeakMap<SdkFolder, Map<string, ParsedModule>>();

/** The module `name` of the folder, parsed; undefined when absent or when it does not parse. */
export function moduleOf(folder: SdkFolder, name: string): FolderModule | undefined {
  let cache = parsedCache.get(folder);
  if (!cache) parsedCache.set(folder, (cache = new Map()));
  const source = folder.sources.get(name);
  if (source === undefined) return undefined;
  let parsed = cache.get(name);
  if (!parsed) cache.set(name, (parsed = parseModule(source)));
  return parsed.ok ? { ...parsed, name } : undefined;
}

/**
 * The folder file an import specifier names when it is a sibling (`./shared`, `./shared.ts`,
 * `./shared.js`), else undefined: packages, `../`, nested folders and files the folder lacks.
 */
export function siblingOf(folder: SdkFolder, specifier: string): string | undefined {
  const match = /^\.\/([A-Za-z0-9_.-]+?)(\.ts|\.js)?$/.exec(specifier);
  if (!match) return undefined;
  const name = `${match[1]}.ts`;
  return folder.sources.has(name) ? name : undefined;
}

/** True for a specifier that points into the repository (`./`, `../`) rather than at a package. */
export function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
}

/** The import that binds `local` in a module: its source and the name it imports (`*` for a namespace). */
export function importOf(program: t.Program, local: string): { source: string; imported: string; node: t.Node } | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.local.name !== local) continue;
      const imported =
        specifier.type === 'ImportSpecifier'
          ? specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value
          : specifier.type === 'ImportDefaultSpecifier' ? 'default' : '*';
      return { source: statement.source.value, imported, node: specifier };
    }
  }
  return undefined;
}
