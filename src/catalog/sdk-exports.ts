import type * as t from '@babel/types';
import { evaluateSized, type SizedEvaluation } from './literal.js';
import { importOf, isRelative, moduleOf, siblingOf, type FolderModule, type SdkFolder } from './sdk-folder.js';
import { positionOf } from './ts-module.js';

/** One step of following an export: the module and the name it is asked for. */
export interface ExportStep {
  readonly module: string;
  readonly name: string;
}

/**
 * Where an export of a folder module is written: the node and its module, with every step taken
 * (re-exports, imports from siblings), or why it cannot be followed (a module outside the folder,
 * a cycle), with the node to point at.
 */
export type Binding =
  | { readonly ok: true; readonly module: FolderModule; readonly node: t.Node; readonly chain: readonly ExportStep[] }
  | { readonly ok: false; readonly module: string; readonly node: t.Node; readonly reason: string; readonly chain: readonly ExportStep[] };

// Far more hops than any real folder; a longer chain is a cycle or an attempt to exhaust the reader.
const MAX_HOPS = 16;

/**
 * What module `name` of the folder exports as `exported`, following `export { a as b }`,
 * `export { a } from './x'`, `export * from './x'` and `import { a } from './x'` into sibling
 * files only. Undefined when the module does not export or declare it (or does not exist).
 */
export function resolveExport(folder: SdkFolder, name: string, exported: string, chain: readonly ExportStep[] = []): Binding | undefined {
  const module = moduleOf(folder, name);
  if (!module) return undefined;
  const steps = [...chain, { module: name, name: exported }];
  if (chain.length >= MAX_HOPS || chain.some((s) => s.module === name && s.name === exported)) {
    return { ok: false, module: name, node: module.program, reason: 'a cycle of re-exports', chain: steps };
  }
  const reexport = reexportOf(module.program, exported);
  if (reexport) return follow(folder, name, reexport.source, reexport.local, reexport.node, steps);
  const local = localName(module.program, exported);
  const init = module.consts.get(local);
  if (init) return { ok: true, module, node: init, chain: steps };
  const imported = importOf(module.program, local);
  if (imported) return follow(folder, name, imported.source, imported.imported, imported.node, steps);
  return fromStar(folder, module, exported, steps);
}

function follow(folder: SdkFolder, from: string, source: string, name: string, node: t.Node, chain: readonly ExportStep[]): Binding | undefined {
  const sibling = siblingOf(folder, source);
  if (!sibling) return { ok: false, module: from, node, reason: `\`${name}\` from \`${source}\`, ${whyUnread(source)}`, chain };
  if (name === '*') return { ok: false, module: from, node, reason: `a namespace import of \`${source}\``, chain };
  return resolveExport(folder, sibling, name, chain) ?? { ok: false, module: from, node, reason: `\`${name}\`, which \`${source}\` does not export`, chain };
}

function fromStar(folder: SdkFolder, module: FolderModule, exported: string, chain: readonly ExportStep[]): Binding | undefined {
  for (const statement of module.program.body) {
    if (statement.type !== 'ExportAllDeclaration' || statement.exportKind === 'type') continue;
    const sibling = siblingOf(folder, statement.source.value);
    if (!sibling) return { ok: false, module: module.name, node: statement, reason: `\`export * from '${statement.source.value}'\`, outside the action's folder, which may export it`, chain };
    const found = resolveExport(folder, sibling, exported, chain);
    if (found) return found;
  }
  return undefined;
}

/** Why an import source is not followed: a sibling file the folder lacks, or a path leaving it. */
function whyUnread(source: string): string {
  return /^\.\/[A-Za-z0-9_.-]+$/.test(source) ? 'a file the action\'s folder does not have' : 'outside the action\'s folder, which the gate does not read';
}

/** `export { local as exported } from 'source'` for `exported`. */
function reexportOf(program: t.Program, exported: string): { source: string; local: string; node: t.Node } | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || !statement.source || statement.exportKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ExportSpecifier' || nameOf(specifier.exported) !== exported) continue;
      return { source: statement.source.value, local: specifier.local.name, node: specifier };
    }
  }
  return undefined;
}

/** The local binding the module exports as `name` (`export { local as name }`), or `name` itself. */
export function localName(program: t.Program, name: string): string {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ExportSpecifier' && nameOf(specifier.exported) === name) return specifier.local.name;
    }
  }
  return name;
}

function nameOf(node: t.Identifier | t.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/**
 * Evaluates `node` of `module` as a literal, with the names it imports from sibling files
 * evaluated in their own modules (each under its own budget, counted again at each use). A name
 * imported from outside the folder, or one that is not a literal there, fails at its import.
 */
export function evaluateInFolder(folder: SdkFolder, module: FolderModule, node: t.Node, visiting: ReadonlySet<string> = new Set()): SizedEvaluation {
  const imports = new Map<string, SizedEvaluation>();
  for (const statement of module.program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      const result = importedValue(folder, module, specifier.local.name, visiting);
      if (result) imports.set(specifier.local.name, result);
    }
  }
  return evaluateSized(node, module.consts, imports);
}

// Per folder and imported binding: a chain of modules that each import two names from the next is
// evaluated once per binding, not once per path.
const importCache = new WeakMap<SdkFolder, Map<string, SizedEvaluation | undefined>>();

function importedValue(folder: SdkFolder, module: FolderModule, local: string, visiting: ReadonlySet<string>): SizedEvaluation | undefined {
  let cache = importCache.get(folder);
  if (!cache) importCache.set(folder, (cache = new Map()));
  const key = `${module.name}#${local}`;
  if (!cache.has(key)) cache.set(key, evaluateImport(folder, module, local, visiting));
  return cache.get(key);
}

function evaluateImport(folder: SdkFolder, module: FolderModule, local: string, visiting: ReadonlySet<string>): SizedEvaluation | undefined {
  const found = importOf(module.program, local)!;
  const failed = (reason: string): SizedEvaluation => ({ result: { ok: false, node: found.node, reason, path: [] }, size: 0, failsAtUse: true });
  if (!isRelative(found.source) && !siblingOf(folder, found.source)) return failed(`\`${local}\`, imported from the package \`${found.source}\``);
  const binding = follow(folder, module.name, found.source, found.imported, found.node, []);
  if (!binding) return undefined;
  if (!binding.ok) return failed(binding.reason);
  const key = `${binding.module.name}#${binding.chain.at(-1)!.name}`;
  if (visiting.has(key)) return failed(`\`${local}\`, which imports itself through a cycle`);
  const inner = evaluateInFolder(folder, binding.module, binding.node, new Set([...visiting, key]));
  if (inner.result.ok) return inner;
  const at = positionOf(inner.result.node);
  return failed(`\`${local}\` from ${binding.module.name}, which is not a static literal there (at ${at.line}:${at.column}: ${inner.result.reason})`);
}
