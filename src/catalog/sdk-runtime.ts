import type * as t from '@babel/types';
import type { ExportStep } from './sdk-exports.js';
import { moduleOf, siblingOf, type SdkFolder } from './sdk-folder.js';
import { metadataObjectOf } from './sdk-metadata.js';
import { aliasesIn, loadedModules, type Mutation } from './sdk-mutation.js';
import { keyName } from './ts-module.js';

/**
 * Why the schema the runtime receives may not be the literal the gate read, or undefined. Fails
 * closed; each doubt names the module and node:
 * - a sibling module name that exists both as `.ts` and as `.js`/`.mjs`/`.cjs` (plain Node ESM
 *   loads the `.js` for `import './schema.js'`);
 * - an `index.ts` that exports anything but what `./execute` (or `./schema`) exports: the action the
 *   package exports may not be the one in `execute.ts`;
 * - a metadata object (what `execute.ts` passes to `super`) that is not plain: a spread, a getter,
 *   setter or method, a computed key, a schema key written twice;
 * - in a module the runtime loads: `Object.assign`/`defineProperty`/`setPrototypeOf` or any
 *   `Reflect` call, anywhere; a write to, or a use other than a member read of, `this.metadata`
 *   or a `this` member named after a schema; `this` other than as the object of a member access;
 * - a use of the schema binding (or of a const that holds it) other than as a plain property
 *   value or a spread source of an object literal that is itself a const, a default export or
 *   the metadata: a cast, a call argument, an array element, a member access, an assignment.
 */
export function runtimeDoubt(folder: SdkFolder, name: string, chain: readonly ExportStep[]): Mutation | undefined {
  return ambiguousModule(folder) ?? indexDoubt(folder) ?? metadataDoubt(folder, name) ?? loadedDoubt(folder, chain);
}

function ambiguousModule(folder: SdkFolder): Mutation | undefined {
  for (const file of [...folder.sources.keys()].sort()) {
    const match = /^(.+)\.(js|mjs|cjs)$/.exec(file);
    if (!match || !folder.sources.has(`${match[1]}.ts`)) continue;
    const node = { type: 'Program', loc: { start: { line: 1, column: 0 } } } as unknown as t.Node;
    const loads = match[2] === 'js' ? `plain Node ESM loads it for \`import './${file}'\`` : `a runtime or bundler resolving \`./${match[1]}\` may load it`;
    return { module: file, node, what: `\`${file}\` beside \`${match[1]}.ts\`: ${loads} instead of the .ts the gate reads` };
  }
  return undefined;
}

const INDEX_SOURCES = new Set(['execute.ts', 'schema.ts']);

function indexDoubt(folder: SdkFolder): Mutation | undefined {
  const index = moduleOf(folder, 'index.ts');
  if (!index) return undefined;
  for (const statement of index.program.body) {
    if (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') {
      if ('exportKind' in statement && statement.exportKind === 'type') continue;
      if (statement.type === 'ExportNamedDeclaration' && !statement.source) {
        if (statement.declaration?.type.startsWith('TS')) continue;
        return { module: 'index.ts', node: statement, what: 'an export of index.ts not taken from `./execute`, so the action it exports may not be the one in execute.ts' };
      }
      const source = statement.source!.value;
      const sibling = siblingOf(folder, source);
      if (!sibling || !INDEX_SOURCES.has(sibling)) {
        return { module: 'index.ts', node: statement, what: `an export from \`${source}\` in index.ts, not from \`./execute\`, so the action it exports may not be the one in execute.ts` };
      }
    } else if (statement.type === 'ExportDefaultDeclaration') {
      return { module: 'index.ts', node: statement, what: 'a default export of index.ts not taken from `./execute`' };
    }
  }
  return undefined;
}

const SCHEMA_KEYS = new Set(['payloadSchema', 'resultSchema']);

function metadataDoubt(folder: SdkFolder, name: string): Mutation | undefined {
  const execute = moduleOf(folder, 'execute.ts');
  const metadata = execute ? metadataObjectOf(execute.program, execute.consts) : undefined;
  if (!metadata) return undefined;
  let seen = 0;
  for (const property of metadata.properties) {
    const at = (what: string): Mutation => ({ module: 'execute.ts', node: property, what: `${what} in the action's metadata object` });
    if (property.type === 'SpreadElement') return at('a spread');
    if (property.type === 'ObjectMethod') return at(property.kind === 'method' ? 'a method' : `a ${property.kind}ter`);
    if (property.computed) return at('a computed key');
    const key = keyName(property.key);
    if (key === name && (seen += 1) > 1) return at(`\`${name}\` written twice`);
  }
  return undefined;
}

const MUTATORS = new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf']);

/** The first doubt in the modules the runtime loads (a walk bounded like `mutationOf`'s). */
function loadedDoubt(folder: SdkFolder, chain: readonly ExportStep[]): Mutation | undefined {
  for (const module of loadedModules(folder, chain.map((s) => s.module))) {
    const program = moduleOf(folder, module)!.program;
    const aliases = new Set(aliasesIn(folder, program, module, chain));
    const found = doubtIn(program, aliases);
    if (found) return { module, ...found };
  }
  return undefined;
}

interface Step {
  readonly node: t.Node;
  readonly parent?: Step;
  readonly key?: string;
}

// Keys that hold only types: a schema named in a type (`typeof payloadSchema`) is not a use.
const TYPE_KEYS = new Set(['typeAnnotation', 'typeParameters', 'returnType', 'superTypeParameters', 'implements', 'typeArguments']);
const SKIPPED_KEYS = new Set(['loc', 'start', 'end', 'leadingComments', 'trailingComments', 'innerComments', 'extra', ...TYPE_KEYS]);
const MAX_VISITS = 200_000;
const MAX_ALIAS_PASSES = 16;

function doubtIn(program: t.Program, initial: ReadonlySet<string>): { node: t.Node; what: string } | undefined {
  // A top-level const that holds the binding (`const all = { payloadSchema }`) is the binding too:
  // collect to a fixed point before judging uses.
  const aliases = new Set(initial);
  for (let grew = true, passes = 0; grew; passes += 1) {
    // Bounded: a chain of consts written last-first needs a pass per link; a longer one is not a real module.
    if (passes >= MAX_ALIAS_PASSES) return { node: program, what: `a chain of more than ${MAX_ALIAS_PASSES} consts holding the schema, too long to follow` };
    grew = false;
    for (const statement of program.body) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type !== 'VariableDeclaration') continue;
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== 'Identifier' || aliases.has(declarator.id.name) || !declarator.init) continue;
        if (mentionsAny(declarator.init, aliases)) {
          aliases.add(declarator.id.name);
          grew = true;
        }
      }
    }
  }
  // Every doubt of the module, so the one reported is the first in the source, not the first visited.
  const found: { node: t.Node; what: string }[] = [];
  const stack: Step[] = [{ node: program }];
  for (let visits = 0; stack.length > 0; visits += 1) {
    if (visits >= MAX_VISITS) return { node: program, what: `a module of more than ${MAX_VISITS.toLocaleString('en-US')} syntax nodes, too large to read` };
    const step = stack.pop()!;
    const doubt = judge(step, aliases);
    if (doubt) found.push(doubt);
    for (const [key, value] of Object.entries(step.node)) {
      if (SKIPPED_KEYS.has(key) || !value || typeof value !== 'object') continue;
      if (typeOnly(step.node)) continue;
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === 'object' && typeof child.type === 'string') stack.push({ node: child as t.Node, parent: step, key });
      }
    }
  }
  return found.sort((a, b) => (a.node.start ?? 0) - (b.node.start ?? 0))[0];
}

const TS_VALUE_WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSInstantiationExpression', 'TSParameterProperty', 'TSExportAssignment']);

/** A TypeScript node that holds only types (an interface, a type alias, a type): nothing in it runs. */
function typeOnly(node: t.Node): boolean {
  return node.type.startsWith('TS') && !TS_VALUE_WRAPPERS.has(node.type) && /Type|Interface|QualifiedName|Keyword|Signature|Declare/.test(node.type);
}

function mentionsAny(node: t.Node, names: ReadonlySet<string>): boolean {
  const stack: unknown[] = [node];
  for (let visits = 0; stack.length > 0 && visits < MAX_VISITS; visits += 1) {
    const next = stack.pop() as Record<string, unknown> | null;
    if (!next || typeof next !== 'object') continue;
    if (next.type === 'Identifier' && names.has(next.name as string)) return true;
    for (const [key, value] of Object.entries(next)) if (!SKIPPED_KEYS.has(key) && value && typeof value === 'object') stack.push(value);
  }
  return stack.length > 0;
}

function judge(step: Step, aliases: ReadonlySet<string>): { node: t.Node; what: string } | undefined {
  const { node } = step;
  if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    const object = stripTs(node.object);
    const property = memberName(node);
    if (object.type === 'Identifier' && object.name === 'Reflect') return { node, what: 'a use of `Reflect`' };
    if (object.type === 'Identifier' && object.name === 'Object' && (property === undefined || MUTATORS.has(property))) return { node, what: `\`Object.${property ?? '[…]'}\`` };
    if (object.type === 'ThisExpression') return thisDoubt(step, property);
  }
  if (node.type === 'ThisExpression') {
    // `const self = this`, `register(this)`: the metadata may be changed through another name.
    let up = step;
    while (up.parent && TS_VALUE_WRAPPERS.has(up.parent.node.type)) up = up.parent;
    const parent = up.parent?.node;
    if (!(parent && (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && up.key === 'object')) return { node, what: 'a use of `this` other than a member access' };
  }
  if (node.type === 'Identifier' && aliases.has(node.name) && !plainUse(step)) {
    return { node, what: `a use of \`${node.name}\` ${describeUse(step)}` };
  }
  return undefined;
}

/** `this.metadata…` or `this.payloadSchema…`: only a read of a member that is not a schema is plain. */
function thisDoubt(step: Step, property: string | undefined): { node: t.Node; what: string } | undefined {
  if (property !== undefined && property !== 'metadata' && !SCHEMA_KEYS.has(property)) return undefined;
  const text = `this.${property ?? '[…]'}`;
  if (property !== 'metadata') return { node: step.node, what: `a use of \`${text}\`` };
  const parent = step.parent?.node;
  const read = parent && (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && step.key === 'object' ? memberName(parent) : undefined;
  if (read === undefined) return { node: step.node, what: `a use of \`${text}\` other than reading one of its fields` };
  // `this.metadata.name = …` is a write, not a read; any write to the metadata is a doubt.
  if (writtenAt(step.parent!)) return { node: step.node, what: `a write to \`${text}.${read}\`` };
  if (SCHEMA_KEYS.has(read)) return { node: step.node, what: `a use of \`${text}.${read}\` in the action's own code` };
  return undefined;
}

function writtenAt(step: Step): boolean {
  let current = step;
  while (current.parent && (current.parent.node.type === 'MemberExpression' || current.parent.node.type === 'OptionalMemberExpression' || TS_VALUE_WRAPPERS.has(current.parent.node.type)) && current.key !== 'property') current = current.parent;
  const parent = current.parent?.node;
  if (!parent) return false;
  if (parent.type === 'AssignmentExpression' && current.key === 'left') return true;
  if (parent.type === 'UpdateExpression') return true;
  return parent.type === 'UnaryExpression' && parent.operator === 'delete';
}

function memberName(node: t.MemberExpression | t.OptionalMemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  return node.property.type === 'StringLiteral' ? node.property.value : undefined;
}

function stripTs(node: t.Node): t.Node {
  let current = node;
  while (TS_VALUE_WRAPPERS.has(current.type) || current.type === 'ParenthesizedExpression') current = (current as unknown as { expression: t.Node }).expression;
  return current;
}

/** A declaration, a key, an import or export specifier, or a property value or spread source of a literal that is itself read. */
function plainUse(step: Step): boolean {
  const parent = step.parent?.node;
  if (!parent) return true;
  switch (parent.type) {
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
      return true;
    case 'VariableDeclarator':
      return step.key === 'id';
    case 'ObjectProperty':
      if (step.key === 'key' && !parent.computed) return true;
      return step.key === 'value' && literalIsRead(step.parent!.parent);
    case 'SpreadElement':
      return step.parent!.parent?.node.type === 'ObjectExpression' && literalIsRead(step.parent!.parent);
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return step.key === 'property' && !parent.computed;
    case 'ClassProperty':
    case 'ClassMethod':
    case 'ObjectMethod':
      return step.key === 'key' && !parent.computed;
    case 'ExportDefaultDeclaration':
      return true;
    default:
      return false;
  }
}

/**
 * True when an object literal is itself the value read: written (through nested literals and
 * `as const`/`satisfies`) as a top-level const, a default export, or an argument of `super(...)`
 * or a class property (the action's metadata).
 */
function literalIsRead(step: Step | undefined): boolean {
  let current = step;
  while (current && current.node.type === 'ObjectExpression') {
    let up = current.parent;
    while (up && TS_VALUE_WRAPPERS.has(up.node.type)) up = up.parent;
    if (!up) return false;
    const node = up.node;
    if (node.type === 'ObjectProperty') {
      current = up.parent;
      continue;
    }
    if (node.type === 'VariableDeclarator') return isTopLevel(up);
    if (node.type === 'ExportDefaultDeclaration') return true;
    if (node.type === 'ClassProperty') return true;
    if (node.type === 'CallExpression') return node.callee.type === 'Super';
    return false;
  }
  return false;
}

function isTopLevel(declarator: Step): boolean {
  let up = declarator.parent;
  if (up?.node.type !== 'VariableDeclaration' || (up.node as t.VariableDeclaration).kind !== 'const') return false;
  up = up.parent;
  if (up?.node.type === 'ExportNamedDeclaration') up = up.parent;
  return up?.node.type === 'Program';
}

function describeUse(step: Step): string {
  const parent = step.parent?.node;
  switch (parent?.type) {
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSTypeAssertion':
    case 'TSNonNullExpression':
      return 'in a cast';
    case 'CallExpression':
    case 'NewExpression':
      return step.key === 'callee' ? 'as a function' : 'as a call argument';
    case 'ArrayExpression':
      return 'as an array element';
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return 'in a member access';
    case 'AssignmentExpression':
      return 'in an assignment';
    case 'VariableDeclarator':
      return 'as the value of a variable that is not a top-level const';
    case 'ObjectProperty':
    case 'SpreadElement':
      return 'in an object literal that is passed on rather than read as the schema';
    default:
      return `in ${parent?.type ?? 'the module'}`;
  }
}

export { SCHEMA_KEYS };
