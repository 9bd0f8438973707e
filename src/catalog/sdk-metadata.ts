import type * as t from '@babel/types';
import { evaluateLiteral } from './literal.js';
import { objectLiteralOf, parseModule, positionOf, propertyValue } from './ts-module.js';
import type { CatalogProblem } from './types.js';

/** Action metadata read statically from an SDK `execute.ts`; a field is absent unless it is a literal. */
export interface SdkMetadata {
  readonly name?: string;
  readonly description?: string;
  readonly category?: string;
  readonly connector?: { readonly type: string };
  readonly documentationUrl?: string;
  readonly exampleOutput?: unknown;
  readonly operationType?: string;
  readonly tags?: readonly string[];
  /** The platform's funds descriptor when the metadata states one (read as a literal). */
  readonly fundsMovement?: unknown;
}

// The SDK's ActionCategory enum (src/types.ts); `category: ActionCategory.UTILITY` is read through it.
const SDK_CATEGORIES: Readonly<Record<string, string>> = {
  EVM_ONCHAIN: 'evm-onchain',
  BLOCKCHAIN_DATA: 'blockchain-data',
  MESSAGING: 'messaging',
  SOCIAL: 'social',
  INTEGRATION: 'integration',
  UTILITY: 'utility',
  WALLET_MANAGEMENT: 'wallet-management',
  SOLANA_ONCHAIN: 'solana-onchain',
};

type Consts = ReadonlyMap<string, t.Expression>;

/**
 * Reads the metadata object literal of an SDK action class (a `metadata = {...}` class property, or
 * the object passed to `super(...)` in the constructor) without running anything. Problems: the file
 * does not parse, or `super` registers the action under an id other than `id`.
 */
export function extractSdkMetadata(source: string, file: string, id: string): { metadata: SdkMetadata; problems: CatalogProblem[] } {
  const parsed = parseModule(source);
  if (!parsed.ok) {
    return { metadata: {}, problems: [{ pointer: '', file, ...parsed.position, message: `${file} does not parse: ${parsed.message}` }] };
  }
  const problems: CatalogProblem[] = [];
  for (const body of classBodies(parsed.program)) {
    const found = metadataIn(body, parsed.consts);
    if (!found) continue;
    if (found.actionId && found.actionId.value !== id) {
      const { line, column } = positionOf(found.actionId);
      const message = `${file} registers the action as \`${found.actionId.value}\` at ${line}:${column}, not as its folder id \`${id}\``;
      problems.push({ pointer: '', file, line, column, message });
    }
    return { metadata: fieldsOf(found.object, parsed.consts), problems };
  }
  return { metadata: {}, problems };
}

/** The metadata object literal of the action class in a parsed `execute.ts`, if it has one. */
export function metadataObjectOf(program: t.Program, consts: Consts): t.ObjectExpression | undefined {
  for (const body of classBodies(program)) {
    const found = metadataIn(body, consts);
    if (found) return found.object;
  }
  return undefined;
}

function classBodies(program: t.Program): t.ClassBody[] {
  const bodies: t.ClassBody[] = [];
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'ClassDeclaration') bodies.push(declaration.body);
  }
  return bodies;
}

function metadataIn(body: t.ClassBody, consts: Consts): { object: t.ObjectExpression; actionId?: t.StringLiteral } | undefined {
  for (const member of body.body) {
    if (member.type === 'ClassProperty' && !member.computed && member.key.type === 'Identifier' && member.key.name === 'metadata' && member.value) {
      const object = objectLiteralOf(member.value, consts);
      if (object) return { object };
    }
  }
  const constructor = body.body.find((member): member is t.ClassMethod => member.type === 'ClassMethod' && member.kind === 'constructor');
  for (const statement of constructor?.body.body ?? []) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'CallExpression') continue;
    if (statement.expression.callee.type !== 'Super') continue;
    const args = statement.expression.arguments;
    const object = args.map((arg) => objectLiteralOf(arg, consts)).find((candidate) => candidate !== undefined);
    const actionId = args.find((arg): arg is t.StringLiteral => arg.type === 'StringLiteral');
    if (object) return { object, actionId };
  }
  return undefined;
}

function fieldsOf(object: t.ObjectExpression, consts: Consts): SdkMetadata {
  const text = (key: string) => stringAt(propertyValue(object, key), consts);
  const connector = propertyValue(object, 'connector');
  const connectorObject = connector ? objectLiteralOf(connector, consts) : undefined;
  const connectorType = connectorObject ? stringAt(propertyValue(connectorObject, 'type'), consts) : undefined;
  const exampleUsage = propertyValue(object, 'exampleUsage');
  const usageObject = exampleUsage ? objectLiteralOf(exampleUsage, consts) : undefined;
  const exampleOutput = usageObject ? literalAt(propertyValue(usageObject, 'exampleOutput'), consts) : undefined;
  const fields: Record<string, unknown> = {
    name: text('name'),
    description: text('description'),
    category: text('category') ?? sdkCategory(propertyValue(object, 'category')),
    connector: connectorType ? { type: connectorType } : undefined,
    documentationUrl: text('documentationUrl'),
    exampleOutput: exampleOutput?.value,
    operationType: text('operationType'),
    tags: stringList(literalAt(propertyValue(object, 'tags'), consts)?.value),
    fundsMovement: literalAt(propertyValue(object, 'fundsMovement'), consts)?.value,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as SdkMetadata;
}

function literalAt(node: t.Node | undefined, consts: Consts): { value: unknown } | undefined {
  if (!node) return undefined;
  const result = evaluateLiteral(node, consts);
  return result.ok ? { value: result.value } : undefined;
}

function stringList(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  return list.length ? list : undefined;
}

function stringAt(node: t.Node | undefined, consts: Consts): string | undefined {
  const value = literalAt(node, consts)?.value;
  return typeof value === 'string' ? value : undefined;
}

function sdkCategory(node: t.Node | undefined): string | undefined {
  if (node?.type !== 'MemberExpression' || node.computed) return undefined;
  const { object, property } = node;
  if (object.type !== 'Identifier' || object.name !== 'ActionCategory' || property.type !== 'Identifier') return undefined;
  return Object.hasOwn(SDK_CATEGORIES, property.name) ? SDK_CATEGORIES[property.name] : undefined;
}
