import type * as t from '@babel/types';
import { evaluateLiteral } from './literal.js';
import { objectLiteralOf, parseModule, positionOf, propertyValue } from './ts-module.js';
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
 * Reads `payloadSchema` and `resultSchema` from the source of an SDK `schema.ts` by parsing it,
 * never by running it. Found as top-level consts (`export const payloadSchema = {...}`, with or
 * without `as const`, `satisfies`, a type annotation) or as properties of a top-level const or
 * default-exported object literal (`export const schema = { payloadSchema: {...} }`). A schema that
 * is missing or not a pure literal (see `evaluateLiteral`) is left out with a problem at its
 * position; problems carry `file`.
 */
export function extractSdkSchemas(source: string, file: string): SdkSchemas {
  const parsed = parseModule(source);
  if (!parsed.ok) {
    const problem = { pointer: '', file, ...parsed.position, message: `${file} does not parse: ${parsed.message}` };
    return { problems: [problem] };
  }
  const problems: CatalogProblem[] = [];
  const found: Partial<Record<SchemaName, object>> = {};
  for (const name of SCHEMA_NAMES) {
    const node = schemaNode(parsed, name);
    const doubt = node ? changedAfter(parsed.program, localName(parsed.program, name)) : undefined;
    if (doubt) {
      problems.push({ pointer: `/${name}`, file, ...positionOf(doubt.node), message: `\`${name}\` in ${file} is changed after its literal (${doubt.what} at ${positionOf(doubt.node).line}:${positionOf(doubt.node).column}), so the schema the runtime sees is not the one written`, unverified: true });
      continue;
    }
    if (!node) {
      problems.push({ pointer: `/${name}`, file, line: 1, column: 1, message: `${file} declares no \`${name}\`` });
      continue;
    }
    const result = evaluateLiteral(node, parsed.consts);
    if (result.ok && isObject(result.value)) found[name] = result.value;
    else problems.push(notLiteral(name, file, result.ok ? { node, reason: 'a value that is not an object', path: [] } : result));
  }
  return { ...found, problems };
}

/**
 * The node that declares `payloadSchema` or `resultSchema` in a parsed `schema.ts`: what the
 * module exports under that name (`export { strict as payloadSchema }` names `strict`, not a local
 * `payloadSchema`), else a top-level const of that name, else a property of a container object.
 */
export function schemaNode(parsed: { program: t.Program; consts: ReadonlyMap<string, t.Expression> }, name: string): t.Node | undefined {
  return parsed.consts.get(localName(parsed.program, name)) ?? fromContainer(parsed.program, parsed.consts, name);
}

/** The local binding the module exports as `name` (`export { local as name }`), or `name` itself. */
function localName(program: t.Program, name: string): string {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ExportSpecifier') continue;
      const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
      if (exported === name) return specifier.local.name;
    }
  }
  return name;
}

/**
 * A top-level statement that can change the const `local` after its literal: an assignment to it
 * or into it, `delete`, or a call that is handed it (`Object.assign(local, …)`, `mutate(local)`).
 */
function changedAfter(program: t.Program, local: string): { node: t.Node; what: string } | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement') continue;
    const found = mentions(statement.expression, local);
    if (found) return { node: statement, what: describeChange(statement.expression) };
  }
  return undefined;
}

function describeChange(expression: t.Expression): string {
  if (expression.type === 'AssignmentExpression') return 'an assignment';
  if (expression.type === 'CallExpression') return 'a call';
  if (expression.type === 'UnaryExpression' && expression.operator === 'delete') return 'a `delete`';
  return 'a statement';
}

/** True when an identifier `name` occurs anywhere in `node` (bounded walk over the AST). */
function mentions(node: t.Node, name: string): boolean {
  const stack: unknown[] = [node];
  for (let seen = 0; stack.length > 0 && seen < 100_000; seen += 1) {
    const next = stack.pop();
    if (!next || typeof next !== 'object') continue;
    const n = next as { type?: string; name?: string };
    if (n.type === 'Identifier' && n.name === name) return true;
    for (const [key, value] of Object.entries(next)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'leadingComments' || key === 'trailingComments') continue;
      if (value && typeof value === 'object') stack.push(value);
    }
  }
  return false;
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
