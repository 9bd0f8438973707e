import { parse } from '@babel/parser';
import type * as t from '@babel/types';

/** A 1-based source position. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A parsed TypeScript module, or why it could not be parsed. */
export type ParsedModule =
  | { readonly ok: true; readonly program: t.Program; readonly consts: ReadonlyMap<string, t.Expression> }
  | { readonly ok: false; readonly message: string; readonly position: Position };

/**
 * Parses TypeScript source as an ES module without evaluating anything, and collects the
 * initialisers of its top-level `const` declarations (exported or not) by name.
 */
export function parseModule(source: string): ParsedModule {
  try {
    const file = parse(source, { sourceType: 'module', plugins: ['typescript'] });
    return { ok: true, program: file.program, consts: topLevelConsts(file.program) };
  } catch (error) {
    const located = error as { loc?: { line: number; column: number }; reasonCode?: string; message?: string };
    const position = located.loc ? { line: located.loc.line, column: located.loc.column + 1 } : { line: 1, column: 1 };
    const message = (located.message ?? String(error)).replace(/\s*\(\d+:\d+\)$/, '');
    return { ok: false, message, position };
  }
}

function topLevelConsts(program: t.Program): Map<string, t.Expression> {
  const consts = new Map<string, t.Expression>();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier' && declarator.init) consts.set(declarator.id.name, declarator.init);
    }
  }
  return consts;
}

/** The expression under TypeScript-only wrappers (`as`, `satisfies`, `!`, `<T>x`). */
export function unwrapTs(node: t.Node): t.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion' ||
    current.type === 'ParenthesizedExpression'
  ) {
    current = current.expression;
  }
  return current;
}

/** The expression `node` stands for: TypeScript wrappers removed, top-level const names followed. */
export function resolveConst(node: t.Node, consts: ReadonlyMap<string, t.Expression>): t.Node {
  let current = unwrapTs(node);
  const followed = new Set<string>();
  while (current.type === 'Identifier' && consts.has(current.name) && !followed.has(current.name)) {
    followed.add(current.name);
    current = unwrapTs(consts.get(current.name)!);
  }
  return current;
}

/** The object literal `node` is or names (through a top-level const), else undefined. */
export function objectLiteralOf(node: t.Node, consts: ReadonlyMap<string, t.Expression>): t.ObjectExpression | undefined {
  const current = resolveConst(node, consts);
  return current.type === 'ObjectExpression' ? current : undefined;
}

/** The value node of the non-computed property `key` of an object literal (last one wins, as in JS). */
export function propertyValue(object: t.ObjectExpression, key: string): t.Node | undefined {
  let found: t.Node | undefined;
  for (const property of object.properties) {
    if (property.type === 'ObjectProperty' && !property.computed && keyName(property.key) === key) {
      found = property.value;
    }
  }
  return found;
}

/** The name of a literal property key (identifier, string or number), else undefined. */
export function keyName(key: t.Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  return undefined;
}

/** The 1-based start of a node. */
export function positionOf(node: t.Node): Position {
  const start = node.loc?.start;
  return start ? { line: start.line, column: start.column + 1 } : { line: 1, column: 1 };
}

/** What a non-literal node is, for messages: "a call to `buildSchema()`". */
export function describeNonLiteral(node: t.Node): string {
  if (node.type === 'CallExpression') return `a call to \`${calleeText(node.callee)}()\``;
  if (node.type === 'NewExpression') return `a \`new ${calleeText(node.callee)}()\` expression`;
  if (node.type === 'MemberExpression') return `the member expression \`${calleeText(node)}\``;
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') return 'a function';
  return `a ${node.type} expression`;
}

function calleeText(node: t.Node): string {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed) return `${calleeText(node.object)}.${calleeText(node.property)}`;
  if (node.type === 'ThisExpression') return 'this';
  return '…';
}
