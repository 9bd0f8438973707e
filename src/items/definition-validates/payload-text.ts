import { escapeSegment } from '../../b3os/definition.js';
import type { UntrustedViolation } from '../../schema/untrusted.js';
import { describeViolations, labelOf, type ViolationText } from '../../schema/messages.js';

/** A payload finding: the pointer is relative to the node object (`/payload/amount`). */
export type PayloadText = ViolationText;

/** Last pointer segments that suggest a value is a credential: their values are never echoed. */
const SECRET_NAME = /secret|password|passphrase|mnemonic|seed|private|apikey|api_key|credential|auth|token$/i;
const ECHOABLE = /^[\w .:/-]{0,24}$/;
/** One word of twelve or more characters mixing letters and digits reads like a key (`AKIA…`, `npm_…`, `sk_live_…`): never echoed. */
const TOKEN_LIKE = /^(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])\S{12,}$/;
const UNKNOWN_KEYWORDS = new Set(['additionalProperties', 'unevaluatedProperties']);

/**
 * Words for the violations of one node's payload, labelled `<node>.payload.<field>`. Payload
 * strings are shown only for enum mismatches of short, plain values under names that do not
 * suggest a secret. With `partial`, unknown keys are not reported (the schema is known to be cut short).
 */
export function describePayload(nodeId: string, violations: readonly UntrustedViolation[], partial: boolean): PayloadText[] {
  const prefix = `/${escapeSegment(nodeId)}`;
  return violations
    .filter((v) => !(partial && UNKNOWN_KEYWORDS.has(v.keyword)))
    .flatMap((v) => {
      const labelled = { ...v, pointer: `${prefix}/payload${v.pointer}` };
      const texts = isComposite(v) ? [compositeText(labelled)] : describeViolations([labelled], echoable(v));
      return texts.map((t) => ({ ...t, pointer: t.pointer.slice(prefix.length) }));
    });
}

function echoable(v: UntrustedViolation): boolean {
  if (v.keyword !== 'enum') return false;
  if (typeof v.data !== 'string') return true;
  const name = v.pointer.split('/').pop() ?? '';
  return ECHOABLE.test(v.data) && !TOKEN_LIKE.test(v.data) && !SECRET_NAME.test(name);
}

function isComposite(v: UntrustedViolation): boolean {
  return v.keyword === 'anyOf' || v.keyword === 'oneOf';
}

/** One sentence for a failed `anyOf` / `oneOf`, from the shapes of its branches. */
function compositeText(v: UntrustedViolation): ViolationText {
  const where = labelOf(v.pointer);
  const branches = (v.parentSchema?.[v.keyword] as unknown[] | undefined) ?? [];
  if (v.params.passingSchemas != null) {
    return { pointer: v.pointer, atKey: false, message: `${where} matches more than one of the shapes its schema allows (oneOf)`, hint: 'make the value match exactly one of them' };
  }
  const requiredSets = branches.map(requiredOnly);
  if (requiredSets.length > 0 && requiredSets.every((set) => set !== undefined)) {
    const options = requiredSets.map((set) => set!.map((k) => `\`${k}\``).join(' and ')).join(', or ');
    return { pointer: v.pointer, atKey: false, message: `${where} needs ${options}`, hint: 'add one of them' };
  }
  const types = branches.map((b) => (isRecord(b) && typeof b.type === 'string' ? b.type : undefined));
  // When the value has one of the branch types, the type is not what failed: say so generically.
  if (types.length > 0 && types.every((t) => t !== undefined) && !types.some((t) => hasJsonType(v.data, t!))) {
    return { pointer: v.pointer, atKey: false, message: `${where} must be ${types.map(withArticle).join(' or ')}, got ${typeOf(v.data)}` };
  }
  return { pointer: v.pointer, atKey: false, message: `${where} matches none of the shapes its schema allows (${v.keyword})`, hint: 'compare the value with the payload schema of the node type' };
}

/** The `required` list of a branch that says nothing else (besides a description), else undefined. */
function requiredOnly(branch: unknown): string[] | undefined {
  if (!isRecord(branch) || !Array.isArray(branch.required)) return undefined;
  const others = Object.keys(branch).filter((k) => k !== 'required' && k !== 'description');
  return others.length === 0 ? branch.required.map(String) : undefined;
}

function hasJsonType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'null') return value === null;
  if (type === 'object') return isRecord(value);
  return typeof value === type;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return withArticle(typeof value);
}
