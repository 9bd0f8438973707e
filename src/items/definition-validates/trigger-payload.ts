import { escapeSegment, isObject } from '../../b3os/definition.js';
import { hasExpression } from '../../b3os/expressions.js';
import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import type { JsonValue } from '../../parse/document.js';
import { EVM_ADDRESS, TOKEN_AMOUNT } from '../../schema/formats.js';
import { definitionView, WORKFLOW_KINDS } from './file-views.js';
import { rruleProblem, RRULE_HINT } from './rrule.js';

/** What B3OS expects of a trigger payload beyond what its platform schema says (b3os-platform.md §3.2). */
interface TriggerContract {
  readonly required: readonly string[];
  /**
   * Groups of which one field must be given: the guide's, the older and the current docs' names
   * differ (b3os-catalog-harvest.json conflicts), so no one spelling is enforced.
   */
  readonly oneOf?: ReadonlyArray<{ readonly fields: readonly string[]; readonly what: string }>;
  readonly evmAddresses?: readonly string[];
  readonly amounts?: readonly string[];
}

// Only the fields every documented form of the trigger has are required; the reference gives the
// others as "key fields" without saying they are required (b3os-catalog.json marks them `null`).
const WATCHED = 'the address';
const ERC20: TriggerContract = { required: ['chainId'], oneOf: [{ fields: ['walletAddress', 'toAddress', 'address'], what: WATCHED }], evmAddresses: ['tokenAddress', 'walletAddress', 'toAddress', 'address'] };
const ETH: TriggerContract = { required: ['chainId'], oneOf: [{ fields: ['walletAddress', 'toAddress'], what: WATCHED }], evmAddresses: ['walletAddress', 'toAddress'], amounts: ['minAmount'] };
const EVM_LOG: TriggerContract = {
  required: ['chainId'],
  oneOf: [{ fields: ['contractAddress', 'address'], what: 'the contract' }, { fields: ['eventName', 'eventSignature'], what: 'the event' }],
  evmAddresses: ['contractAddress', 'address'],
};
const CONTRACTS: Readonly<Record<string, TriggerContract>> = {
  cronjob: { required: ['rrule'] },
  'evm-log': EVM_LOG,
  'erc20-receive': ERC20,
  'erc20-send': ERC20,
  'eth-receive': ETH,
  'eth-send': ETH,
};

/** A problem with one field; `field` undefined means the payload as a whole. */
interface FieldProblem {
  readonly field?: string;
  readonly message: string;
  readonly hint: string;
}

/**
 * Trigger payload rules the platform schemas do not express: the two-line `cronjob` rrule (always),
 * and, when no complete schema is known, the fields of `evm-log`, `erc20-*` and `eth-*` triggers,
 * EVM address shapes and raw-unit amounts. Expression values count as present and are not checked.
 */
export const triggerPayload = defineFileRule(
  {
    id: 'definition-validates/trigger-payload',
    description: 'cronjob, evm-log, erc20 and eth trigger payloads have the fields and forms B3OS needs',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const { doc } = file;
      for (const node of file.derive(definitionView)?.nodes ?? []) {
        const contract = node.type === undefined ? undefined : Object.hasOwn(CONTRACTS, node.type) ? CONTRACTS[node.type] : undefined;
        const payload = node.value.payload;
        if (!contract || !isObject(payload)) continue;
        // A complete pinned or repository schema is the field contract (payload-schema checks it);
        // the two-line rrule form is checked whatever the schema, as platform schemas do not state it.
        const complete = ctx.catalog.lookup(node.type!)?.schemaCompleteness === 'complete';
        for (const problem of problemsOf(node.type!, complete ? { required: [] } : contract, payload)) {
          const pointer = `${node.pointer}/payload${problem.field === undefined ? '' : `/${escapeSegment(problem.field)}`}`;
          const label = `\`${node.id}.payload${problem.field === undefined ? '' : `.${problem.field}`}\``;
          report({ message: `${label} ${problem.message}`, hint: problem.hint, location: locationIn(doc, pointer) });
        }
      }
    },
  },
);

function problemsOf(type: string, contract: TriggerContract, payload: Readonly<Record<string, JsonValue>>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const article = /^[aeiou]/.test(type) ? 'an' : 'a';
  // A field written as null or "" holds no value: it is no more there than a missing one.
  const present = (field: string) => Object.hasOwn(payload, field) && payload[field] !== null && payload[field] !== '';
  for (const field of contract.required) {
    if (!Object.hasOwn(payload, field)) {
      problems.push({ message: `is missing \`${field}\`, which ${article} \`${type}\` trigger needs`, hint: field === 'rrule' ? RRULE_HINT : `add \`${field}\`` });
    }
    else if (!present(field)) problems.push({ field, message: 'is empty', hint: `give \`${field}\` a value` });
  }
  for (const { fields, what } of contract.oneOf ?? []) {
    if (!fields.some(present)) {
      const names = fields.map((f) => `\`${f}\``);
      problems.push({ message: `needs one of ${names.slice(0, -1).join(', ')} or ${names.at(-1)}, ${what} ${article} \`${type}\` trigger watches`, hint: `add \`${fields[0]}\`` });
    }
  }
  const given = (field: string) => present(field) && !isExpression(payload[field]);
  for (const field of contract.evmAddresses ?? []) {
    const value = payload[field];
    if (given(field) && !(typeof value === 'string' && EVM_ADDRESS.test(value))) {
      problems.push({ field, message: `must be an EVM address (0x and 40 hex digits), got ${kindOf(value)}`, hint: 'write the address as 0x followed by 40 hexadecimal digits, in quotes' });
    }
  }
  for (const field of contract.amounts ?? []) {
    const value = payload[field];
    if (given(field) && !((typeof value === 'string' && TOKEN_AMOUNT.test(value)) || (Number.isSafeInteger(value) && (value as number) >= 0))) {
      problems.push({ field, message: `must be a decimal string of digits (raw units, wei), got ${kindOf(value)}`, hint: 'write raw token units as a decimal string, e.g. "1500000000"' });
    }
  }
  if (type === 'cronjob' && given('rrule')) {
    const problem = rruleProblem(payload.rrule);
    if (problem) problems.push({ field: 'rrule', message: problem, hint: RRULE_HINT });
  }
  return problems;
}

function isExpression(value: JsonValue): boolean {
  return typeof value === 'string' && hasExpression(value);
}

/** The kind of a given value of the wrong form (never null: `given` leaves null out). */
function kindOf(value: JsonValue): string {
  if (typeof value === 'string') return /^[0-9]*\.[0-9]+$/.test(value) ? 'a decimal fraction' : 'a string of another form';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
