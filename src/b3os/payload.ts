import type { UntrustedViolation } from '../schema/untrusted.js';
import { escapeSegment } from './definition.js';
import { hasExpression, isWholeExpression } from './expressions.js';
import { resolveLiteralExpressions } from './literal-expressions.js';

/**
 * Payload validation that understands workflow expressions (expressions.ts): a string that is
 * exactly one `{{ … }}` stands for a value of any type, known only at run time; a string with an
 * expression inside is a string of unknown content. Violations that such values may not have at
 * run time are dropped; everything else the schema says stands.
 */

/** A compiled payload schema (the `ok` side of `compileUntrusted`). */
export interface PayloadValidator {
  validate(value: unknown): UntrustedViolation[];
}

type ExpressionKind = 'whole' | 'embedded';

/** Keywords about a string's content, unknowable for a string with an embedded expression. */
const CONTENT_KEYWORDS = new Set(['pattern', 'format', 'enum', 'const', 'minLength', 'maxLength']);
const COMPOSITES = new Set(['anyOf', 'oneOf']);

/**
 * The violations of a payload against the schema, expression-aware. Expressions made only of
 * literals are first replaced by their values (`literal-expressions.ts`). At or under a whole
 * expression nothing is reported (`required` and `additionalProperties` of its parent still are);
 * at an embedded expression only content keywords are dropped (`type` stays: it is a string). An
 * `anyOf`/`oneOf` that fails is reported once, without its branch errors, unless a branch could
 * pass once expressions are resolved; a `not` over expressions is dropped.
 */
export function validatePayload(compiled: PayloadValidator, written: unknown): UntrustedViolation[] {
  const payload = resolveLiteralExpressions(written);
  const expressions = expressionsIn(payload);
  const violations = compiled.validate(payload);
  const dropped = new Set<number>();
  violations.forEach((v, i) => {
    if (droppedByExpression(v, expressions)) dropped.add(i);
  });
  foldComposites(violations, expressions, dropped);
  return violations.filter((_, i) => !dropped.has(i));
}

/** Pointers of the expression strings in a payload, and their kind. Iterative: no depth limit. */
export function expressionsIn(payload: unknown): Map<string, ExpressionKind> {
  const found = new Map<string, ExpressionKind>();
  const stack: Array<[unknown, string]> = [[payload, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!;
    if (typeof value === 'string') {
      if (isWholeExpression(value)) found.set(pointer, 'whole');
      else if (hasExpression(value)) found.set(pointer, 'embedded');
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${pointer}/${i}`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push([item, `${pointer}/${escapeSegment(key)}`]);
    }
  }
  return found;
}

function droppedByExpression(v: UntrustedViolation, expressions: ReadonlyMap<string, ExpressionKind>): boolean {
  const kind = expressions.get(v.pointer);
  if (kind === 'whole') return true;
  if (kind === 'embedded') return CONTENT_KEYWORDS.has(v.keyword);
  if (v.keyword === 'not') return subtreeHasExpression(v.pointer, expressions);
  return false;
}

function subtreeHasExpression(pointer: string, expressions: ReadonlyMap<string, ExpressionKind>): boolean {
  for (const at of expressions.keys()) if (at === pointer || at.startsWith(`${pointer}/`)) return true;
  return false;
}

/** Innermost first, so an inner composite is settled before the one that holds it. */
function foldComposites(violations: readonly UntrustedViolation[], expressions: ReadonlyMap<string, ExpressionKind>, dropped: Set<number>): void {
  const composites = violations
    .map((v, i) => [v, i] as const)
    .filter(([v]) => COMPOSITES.has(v.keyword) && v.params.passingSchemas == null)
    .sort(([a], [b]) => b.schemaPath.length - a.schemaPath.length);
  for (const [composite, index] of composites) {
    if (dropped.has(index)) continue;
    const branches = branchErrors(violations, composite);
    const uncertain = subtreeHasExpression(composite.pointer, expressions) && mightAnyBranchPass(composite, branches, dropped);
    if (uncertain) dropped.add(index);
    for (const members of branches.values()) for (const j of members) dropped.add(j);
  }
}

/** Errors of each branch of a composite, by branch index (matched by ajv's schema path). */
function branchErrors(violations: readonly UntrustedViolation[], composite: UntrustedViolation): Map<number, number[]> {
  const prefix = `${composite.schemaPath}/`;
  const branches = new Map<number, number[]>();
  violations.forEach((v, j) => {
    if (!v.schemaPath.startsWith(prefix)) return;
    const branch = Number(v.schemaPath.slice(prefix.length).split('/')[0]);
    branches.set(branch, [...(branches.get(branch) ?? []), j]);
  });
  return branches;
}

/** A branch might pass when every error it had came from an expression (or none was traced to it). */
function mightAnyBranchPass(composite: UntrustedViolation, branches: ReadonlyMap<number, number[]>, dropped: ReadonlySet<number>): boolean {
  const list = composite.parentSchema?.[composite.keyword];
  const count = Array.isArray(list) ? list.length : 0;
  for (let branch = 0; branch < count; branch++) {
    if ((branches.get(branch) ?? []).every((j) => dropped.has(j))) return true;
  }
  return false;
}
