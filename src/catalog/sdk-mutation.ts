import type * as t from '@babel/types';
import { localName, type ExportStep } from './sdk-exports.js';
import { isRelative, moduleOf, siblingOf, type SdkFolder } from './sdk-folder.js';
import { unwrapTs } from './ts-module.js';

/** A statement that may change a schema after its literal: where, and what it is. */
export interface Mutation {
  readonly module: string;
  readonly node: t.Node;
  readonly what: string;
}

// The folder's modules the runtime loads first; a schema is changed only by modules it loads.
const ENTRY_MODULES = ['index.ts', 'execute.ts', 'schema.ts'];

// Calls that change their first argument in place.
const MUTATING_CALLS = new Set(['Object.assign', 'Object.defineProperty', 'Object.defineProperties', 'Object.setPrototypeOf', 'Reflect.set', 'Reflect.defineProperty', 'Reflect.deleteProperty']);

/**
 * The first statement in the modules the runtime loads from the folder that may change the
 * binding reached through `chain` after its literal: in a module on the chain, any top-level
 * statement that names it; in any loaded module, an assignment into it, `delete`, `++`, a method
 * call on it or `Object.assign(it, …)`, wherever written; and an import of a repository file
 * outside the folder for its side effects, which the gate cannot read.
 */
export function mutationOf(folder: SdkFolder, chain: readonly ExportStep[]): Mutation | undefined {
  const loaded = loadedModules(folder, chain.map((s) => s.module));
  for (const name of loaded) {
    const program = moduleOf(folder, name)!.program;
    const found = sideEffectImport(folder, program) ?? aliasesIn(folder, program, name, chain).map((alias) => changeOf(program, alias, name, chain)).find(Boolean);
    if (found) return { module: name, ...found };
  }
  return undefined;
}

/** The modules reached from the entries and `extra` through sibling imports and re-exports. */
export function loadedModules(folder: SdkFolder, extra: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...ENTRY_MODULES, ...extra].filter((name) => moduleOf(folder, name));
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const statement of moduleOf(folder, name)!.program.body) {
      const source = 'source' in statement && statement.source ? statement.source.value : undefined;
      const sibling = source === undefined ? undefined : siblingOf(folder, source);
      if (sibling && moduleOf(folder, sibling)) queue.push(sibling);
    }
  }
  return [...seen];
}

function sideEffectImport(folder: SdkFolder, program: t.Program): { node: t.Node; what: string } | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.specifiers.length > 0) continue;
    const source = statement.source.value;
    if (isRelative(source) && !siblingOf(folder, source)) return { node: statement, what: `an import of \`${source}\` for its side effects, outside the action's folder` };
  }
  return undefined;
}

/** The local names that stand for the binding in a module: its own on the chain, and imports of any step. */
export function aliasesIn(folder: SdkFolder, program: t.Program, module: string, chain: readonly ExportStep[]): string[] {
  const names = chain.filter((s) => s.module === module).map((s) => localName(program, s.name));
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    const from = siblingOf(folder, statement.source.value);
    for (const specifier of statement.specifiers) {
      const imported = specifier.type === 'ImportSpecifier' ? (specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value) : '*';
      if (chain.some((s) => s.module === from && (s.name === imported || imported === '*'))) names.push(specifier.local.name);
    }
  }
  return [...new Set(names)];
}

function changeOf(program: t.Program, alias: string, module: string, chain: readonly ExportStep[]): { node: t.Node; what: string } | undefined {
  if (chain.some((s) => s.module === module)) {
    for (const statement of program.body) {
      if (statement.type === 'ExpressionStatement' && mentions(statement.expression, alias)) return { node: statement, what: describeChange(statement.expression) };
    }
  }
  return deepChange(program, alias);
}

function describeChange(expression: t.Expression): string {
  if (expression.type === 'AssignmentExpression') return 'an assignment';
  if (expression.type === 'CallExpression') return 'a call';
  if (expression.type === 'UnaryExpression' && expression.operator === 'delete') return 'a `delete`';
  return 'a statement';
}

/** An assignment, update, `delete` or mutating call on `name` anywhere in the module (bounded walk). */
function deepChange(program: t.Program, name: string): { node: t.Node; what: string } | undefined {
  let found: { node: t.Node; what: string } | undefined;
  const complete = walk(program, (node) => {
    if (node.type === 'AssignmentExpression' && rootOf(node.left) === name) found = { node, what: 'an assignment' };
    else if (node.type === 'UpdateExpression' && rootOf(node.argument) === name) found = { node, what: 'an update' };
    else if (node.type === 'UnaryExpression' && node.operator === 'delete' && rootOf(node.argument) === name) found = { node, what: 'a `delete`' };
    else if (node.type === 'CallExpression' && mutatingCall(node, name)) found = { node, what: 'a call' };
    return found !== undefined;
  });
  // Fail closed: a module too large to read to the end may change the schema past where reading stopped.
  return found ?? (complete ? undefined : { node: program, what: `a module of more than ${MAX_VISITS.toLocaleString('en-US')} syntax nodes, too large to read for changes` });
}

function mutatingCall(call: t.CallExpression, name: string): boolean {
  const callee = unwrapTs(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  if (rootOf(callee.object) === name) return true;
  const text = callee.object.type === 'Identifier' && callee.property.type === 'Identifier' ? `${callee.object.name}.${callee.property.name}` : '';
  return MUTATING_CALLS.has(text) && call.arguments[0] !== undefined && rootOf(call.arguments[0]) === name;
}

/** The identifier a member chain starts from (`a` of `a.b[c].d`), through TypeScript wrappers. */
function rootOf(node: t.Node): string | undefined {
  let current = unwrapTs(node);
  while (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') current = unwrapTs(current.object);
  return current.type === 'Identifier' ? current.name : undefined;
}

/** True when an identifier `name` occurs anywhere in `node`. */
function mentions(node: t.Node, name: string): boolean {
  let found = false;
  walk(node, (n) => (found = n.type === 'Identifier' && n.name === name));
  return found;
}

// Bounded: a hostile module cannot make the walk run away.
const MAX_VISITS = 200_000;

/** Visits the AST depth-first until `visit` returns true or the bound is reached; false when the bound stopped it. */
function walk(root: t.Node, visit: (node: t.Node) => boolean): boolean {
  const stack: unknown[] = [root];
  for (let seen = 0; stack.length > 0; seen += 1) {
    if (seen >= MAX_VISITS) return false;
    const next = stack.pop();
    if (!next || typeof next !== 'object') continue;
    if ('type' in next && typeof next.type === 'string' && visit(next as t.Node)) return true;
    for (const [key, value] of Object.entries(next)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'leadingComments' || key === 'trailingComments' || key === 'extra') continue;
      if (value && typeof value === 'object') stack.push(value);
    }
  }
  return true;
}
