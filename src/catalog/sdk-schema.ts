import type * as t from '@babel/types';
import { evaluateInFolder, localName, resolveExport, type Binding } from './sdk-exports.js';
import { importOf, moduleOf, siblingOf, type SdkFolder } from './sdk-folder.js';
import { metadataObjectOf } from './sdk-metadata.js';
import { mutationOf } from './sdk-mutation.js';
import { runtimeDoubt } from './sdk-runtime.js';
import { objectLiteralOf, parseModule, positionOf, propertyValue, unwrapTs } from './ts-module.js';
import type { CatalogProblem } from './types.js';

/** What could be read statically from an SDK `schema.ts`. */
export interface SdkSchemas {
  readonly payloadSchema?: object;
  readonly resultSchema?: object;
  readonly problems: CatalogProblem[];
}

const SCHEMA_NAMES = ['payloadSchema', 'resultSchema'] as const;
type SchemaName = (typeof SCHEMA_NAMES)[number];

/**
 * Reads `payloadSchema` and `resultSchema` from the source of an SDK `schema.ts` alone (a folder
 * holding only that file); see `extractFolderSchemas`.
 */
export function extractSdkSchemas(source: string, file: string): SdkSchemas {
  const slash = file.lastIndexOf('/');
  return extractFolderSchemas({ path: file.slice(0, slash), sources: new Map([[file.slice(slash + 1), source]]) });
}

/**
 * Reads `payloadSchema` and `resultSchema` of an SDK action folder by parsing its files, never by
 * running them: where `execute.ts` takes each from (an import from a sibling file, else
 * `schema.ts`), then what that module exports under the name (aliases, re-exports, imports from
 * sibling files only), as a top-level const (`export const payloadSchema = {...}`, with or without
 * `as const`, `satisfies`, a type annotation) or as a property of a top-level const or
 * default-exported object literal. A schema that is missing, not a pure literal (see
 * `evaluateLiteral`), taken from outside the folder, or changed after its literal by a module the
 * runtime loads (see `mutationOf`) is left out with a problem at its position; problems carry `file`.
 */
export function extractFolderSchemas(folder: SdkFolder): SdkSchemas {
  const schemaFile = `${folder.path}/schema.ts`;
  const schemaSource = folder.sources.get('schema.ts');
  const parsed = schemaSource === undefined ? undefined : parseModule(schemaSource);
  if (parsed && !parsed.ok) {
    return { problems: [{ pointer: '', file: schemaFile, ...parsed.position, message: `${schemaFile} does not parse: ${parsed.message}` }] };
  }
  const problems: CatalogProblem[] = [];
  const found: Partial<Record<SchemaName, object>> = {};
  for (const name of SCHEMA_NAMES) {
    const read = readSchema(folder, name);
    if ('value' in read) found[name] = read.value;
    else problems.push(read.problem);
  }
  return { ...found, problems };
}

function readSchema(folder: SdkFolder, name: SchemaName): { value: object } | { problem: CatalogProblem } {
  const start = startOf(folder, name);
  if ('problem' in start) return start;
  const binding = start.binding ?? resolveExport(folder, start.module, start.name) ?? containerBinding(folder, name);
  const fileOf = (module: string) => `${folder.path}/${module}`;
  if (!binding) return { problem: { pointer: `/${name}`, file: fileOf('schema.ts'), line: 1, column: 1, message: `${fileOf('schema.ts')} declares no \`${name}\`` } };
  if (!binding.ok) return { problem: notLiteral(name, fileOf(binding.module), { ...binding, path: [] }) };
  const doubt = mutationOf(folder, binding.chain);
  if (doubt) {
    const file = fileOf(doubt.module);
    const at = positionOf(doubt.node);
    const message = `\`${name}\` in ${fileOf(binding.module.name)} is changed after its literal (${doubt.what} at ${doubt.module === binding.module.name ? '' : `${file} `}${at.line}:${at.column}), so the schema the runtime sees is not the one written`;
    return { problem: { pointer: `/${name}`, file, ...at, message, unverified: true } };
  }
  const runtime = runtimeDoubt(folder, name, binding.chain);
  if (runtime) {
    const file = fileOf(runtime.module);
    const at = positionOf(runtime.node);
    const message = `\`${name}\` in ${fileOf(binding.module.name)} may not be the schema the runtime receives (${runtime.what} at ${file} ${at.line}:${at.column}), so it is unverified`;
    return { problem: { pointer: `/${name}`, file, ...at, message, unverified: true } };
  }
  const { result } = evaluateInFolder(folder, binding.module, binding.node);
  if (result.ok && isObject(result.value)) return { value: result.value };
  return { problem: notLiteral(name, fileOf(binding.module.name), result.ok ? { node: binding.node, reason: 'a value that is not an object', path: [] } : result) };
}

/**
 * Where the runtime takes a schema from: what `execute.ts` passes as `payloadSchema` when it
 * imports it from a sibling or declares it, else the export of `schema.ts`.
 */
function startOf(folder: SdkFolder, name: SchemaName): { module: string; name: string; binding?: Binding } | { problem: CatalogProblem } {
  const execute = moduleOf(folder, 'execute.ts');
  const metadata = execute ? metadataObjectOf(execute.program, execute.consts) : undefined;
  const value = metadata ? propertyValue(metadata, name) : undefined;
  if (!execute || !value) return { module: 'schema.ts', name };
  const node = unwrapTs(value);
  if (node.type !== 'Identifier') return { module: 'execute.ts', name, binding: { ok: true, module: execute, node, chain: [{ module: 'execute.ts', name }] } };
  const imported = importOf(execute.program, node.name);
  if (!imported) return execute.consts.has(node.name) ? { module: 'execute.ts', name: node.name } : { module: 'schema.ts', name };
  const sibling = siblingOf(folder, imported.source);
  if (sibling) return { module: sibling, name: imported.imported };
  const file = `${folder.path}/execute.ts`;
  const at = positionOf(imported.node);
  return { problem: { pointer: `/${name}`, file, ...at, unverified: true, message: `${file} takes \`${name}\` from \`${imported.source}\` at ${at.line}:${at.column}, outside the action's folder, which the gate does not read` } };
}

/** `export default { payloadSchema }` or `export const schema = { payloadSchema: {...} }` in schema.ts. */
function containerBinding(folder: SdkFolder, name: string): Binding | undefined {
  const module = moduleOf(folder, 'schema.ts');
  const node = module ? fromContainer(module.program, module.consts, name) : undefined;
  return module && node ? { ok: true, module, node, chain: [{ module: 'schema.ts', name }] } : undefined;
}

/**
 * The node that declares `payloadSchema` or `resultSchema` in a parsed `schema.ts`: what the
 * module exports under that name (`export { strict as payloadSchema }` names `strict`, not a local
 * `payloadSchema`), else a top-level const of that name, else a property of a container object.
 */
export function schemaNode(parsed: { program: t.Program; consts: ReadonlyMap<string, t.Expression> }, name: string): t.Node | undefined {
  return parsed.consts.get(localName(parsed.program, name)) ?? fromContainer(parsed.program, parsed.consts, name);
}

function fromContainer(program: t.Program, consts: ReadonlyMap<string, t.Expression>, name: string): t.Node | undefined {
  const containers: t.Node[] = [...consts.values()];
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') containers.push(statement.declaration);
  }
  for (const container of containers) {
    const object = objectLiteralOf(container, consts);
    const value = object ? propertyValue(object, name) : undefined;
    if (value) return value;
  }
  return undefined;
}

function notLiteral(
  name: SchemaName,
  file: string,
  failure: { readonly node: t.Node; readonly reason: string; readonly path: readonly string[] },
): CatalogProblem {
  const { line, column } = positionOf(failure.node);
  const pointer = [name, ...failure.path].map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  const within = failure.path.length > 0 ? ` (at ${failure.path.join('.')})` : '';
  return {
    pointer,
    file,
    line,
    column,
    message: `\`${name}\` in ${file} is not a static literal at ${line}:${column}${within}: it uses ${failure.reason}`,
    unverified: true,
  };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
