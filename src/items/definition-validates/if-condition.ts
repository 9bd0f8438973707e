import { escapeSegment, isObject } from '../../b3os/definition.js';
import { locationIn } from '../../core/locate.js';
import { didYouMean } from '../../core/nearest.js';
import { defineFileRule, type ReportedFinding } from '../../core/rule.js';
import type { JsonValue, ParsedDocument } from '../../parse/document.js';
import { definitionGraph, WORKFLOW_KINDS } from './file-views.js';

type Report = (finding: ReportedFinding) => void;

const GROUPS = ['$and', '$or'];
/**
 * The comparison operators of an `if` condition (b3os-platform.md §2.5). The reference page spells
 * "not in" `$nin`, the guide `$notIn` (b3os-catalog-notes.md conflict 2): both are documented.
 */
const OPERATORS = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$contains', '$notContains', '$startsWith', '$endsWith', '$exists', '$notExists', '$in', '$notIn', '$nin'];

/**
 * An `if` condition is one `$and` or `$or` list at the top, of comparisons (`{ "<value>": { "$op":
 * operand } }`) or nested groups, with the documented operators only: the platform rejects or
 * misreads anything else, and a guard the gate reads as bounding funds must mean what it says.
 */
export const ifCondition = defineFileRule(
  {
    id: 'definition-validates/if-condition',
    description: "an `if` condition's top level is one `$and` or `$or` list, and every operator is a documented one",
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, _ctx, { report }) => {
      const found = file.derive(definitionGraph);
      if (!found) return;
      const { doc, view } = found;
      for (const node of view.nodes) {
        if (node.type !== 'if' || !isObject(node.value.payload) || !Object.hasOwn(node.value.payload, 'condition')) continue;
        checkTop(doc, node.id, `${node.pointer}/payload/condition`, node.value.payload.condition, report);
      }
    },
  },
);

function checkTop(doc: ParsedDocument, id: string, pointer: string, condition: JsonValue, report: Report): void {
  const keys = isObject(condition) ? Object.keys(condition) : [];
  if (keys.length === 1 && GROUPS.includes(keys[0])) return checkGroup(doc, `${pointer}/${escapeSegment(keys[0])}`, (condition as Record<string, JsonValue>)[keys[0]], report);
  const extra = keys.find((key) => !GROUPS.includes(key));
  report({
    message: `the condition of \`${id}\` must have exactly one top-level key, \`$and\` or \`$or\`${keys.length ? `; it has ${keys.map((k) => `\`${k}\``).join(', ')}` : ''}`,
    hint: 'wrap the comparisons in `{ "$and": [ … ] }` (all must hold) or `{ "$or": [ … ] }` (one must hold)',
    location: extra !== undefined ? locationIn(doc, `${pointer}/${escapeSegment(extra)}`, true) : locationIn(doc, pointer),
  });
}

function checkGroup(doc: ParsedDocument, pointer: string, list: JsonValue, report: Report): void {
  if (!Array.isArray(list) || list.length === 0) {
    report({ message: '`$and` and `$or` take a non-empty list of comparisons', hint: 'list at least one comparison `{ "<value>": { "$eq": … } }`', location: locationIn(doc, pointer) });
    return;
  }
  list.forEach((item, index) => checkTerm(doc, `${pointer}/${index}`, item, report));
}

function checkTerm(doc: ParsedDocument, pointer: string, term: JsonValue, report: Report): void {
  if (!isObject(term) || Object.keys(term).length === 0) {
    report({ message: 'each entry of `$and`/`$or` is a comparison or a nested group', hint: 'write `{ "<value>": { "$op": operand } }`', location: locationIn(doc, pointer) });
    return;
  }
  for (const [left, test] of Object.entries(term)) {
    const at = `${pointer}/${escapeSegment(left)}`;
    if (GROUPS.includes(left)) checkGroup(doc, at, test, report);
    else checkOperators(doc, at, left, test, report);
  }
}

function checkOperators(doc: ParsedDocument, pointer: string, left: string, test: JsonValue, report: Report): void {
  if (!isObject(test) || Object.keys(test).length === 0) {
    report({ message: `the comparison of \`${left.length <= 60 ? left : `${left.slice(0, 57)}…`}\` names no operator`, hint: `write \`{ "$eq": … }\` or another of ${OPERATORS.join(', ')}`, location: locationIn(doc, pointer) });
    return;
  }
  for (const op of Object.keys(test)) {
    if (OPERATORS.includes(op)) continue;
    report({
      message: `unknown operator \`${op.length <= 40 ? op : `${op.slice(0, 37)}…`}\`${didYouMean(op, OPERATORS)}`,
      hint: `use one of ${OPERATORS.join(', ')}`,
      location: locationIn(doc, `${pointer}/${escapeSegment(op)}`, true),
    });
  }
}
