/**
 * What each payload field of a funds node means: chain, token, recipient, spender, amount,
 * slippage. A declared role (the shipped catalog's funds facts, or a `fundsMovement` descriptor
 * naming `tokenField`, `amountField`, …) wins for its key; every other key still gets the role its
 * name reads as, so a declaration that names only some fields never hides a recipient or amount.
 * A key of a partial or unknown schema with no role is unknown: the manifest must bound it
 * (`fields`) or the node cannot be verified.
 */
import type { CatalogEntry, FieldRole } from '../catalog/types.js';

/** The roles of a funds node's payload keys, and the keys nothing explains. */
export interface PayloadRoles {
  /** Payload key (or schema property) → role; includes schema properties the payload leaves out. */
  readonly roles: ReadonlyMap<string, FieldRole>;
  /** Payload keys the schema does not name and no role covers, on a schema known to be partial (or unknown). */
  readonly unknown: readonly string[];
}

/** Roles of `payloadKeys` (and of the schema's own properties) for an action `entry`. */
export function payloadRolesOf(entry: CatalogEntry | undefined, payloadKeys: readonly string[]): PayloadRoles {
  const properties = schemaProperties(entry);
  const declared = { ...descriptorRoles(entry?.fundsMovement), ...entry?.funds?.fields };
  const complete = entry?.schemaCompleteness === 'complete';
  const roles = new Map<string, FieldRole>();
  const unknown: string[] = [];
  for (const key of new Set([...Object.keys(properties), ...payloadKeys])) {
    const named = Object.hasOwn(properties, key);
    const role = Object.hasOwn(declared, key) ? declared[key] : inferRole(key, properties[key]);
    if (role) roles.set(key, role);
    else if (!named && !complete) unknown.push(key);
  }
  return { roles, unknown };
}

function schemaProperties(entry: CatalogEntry | undefined): Record<string, Record<string, unknown>> {
  const properties = (entry?.payloadSchema as { properties?: unknown } | undefined)?.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, Record<string, unknown>>) : {};
}

const DESCRIPTOR_ROLES: Readonly<Record<string, FieldRole>> = {
  tokenField: { role: 'token' },
  amountField: { role: 'amount', units: 'raw' },
  chainField: { role: 'chain' },
  recipientField: { role: 'recipient' },
  receiverField: { role: 'recipient' },
  toField: { role: 'recipient' },
  spenderField: { role: 'spender' },
};

/** Roles from the platform's `fundsMovement` descriptor (`{sent: [{tokenField, amountField, chainField}]}`). */
function descriptorRoles(movement: unknown): Record<string, FieldRole> {
  if (typeof movement !== 'object' || movement === null) return {};
  const roles: Record<string, FieldRole> = {};
  const lists = Array.isArray(movement) ? [movement] : Object.values(movement);
  for (const list of lists) {
    for (const descriptor of Array.isArray(list) ? list : []) {
      if (typeof descriptor !== 'object' || descriptor === null) continue;
      for (const [name, field] of Object.entries(descriptor)) {
        if (typeof field === 'string' && Object.hasOwn(DESCRIPTOR_ROLES, name)) roles[field] = DESCRIPTOR_ROLES[name];
      }
    }
  }
  return roles;
}

const TOKEN_KEY = /^(?:token|tokenaddress|tokenmintaddress|mint|mintaddress|selltoken|buytoken|tokenin|tokenout|inputmint|outputmint|fromtoken|totoken|fromtokenaddress|totokenaddress|sellasset|buyasset|asset|currency)$|(?:tokenaddress|mintaddress)$/i;
const RECIPIENT_KEY = /recipient|receiver|beneficiary|payee|destination|treasury|^to$|^toaddress$/i;
const RAW_HINT = /smallest unit|raw|wei|lamports|base unit/i;

/** The role a key's name (and its schema property) suggests; undefined when nothing fits. */
export function inferRole(key: string, property?: Record<string, unknown>): FieldRole | undefined {
  if (/spender/i.test(key)) return { role: 'spender' };
  if (/slippage/i.test(key)) return /bps/i.test(key) ? { role: 'slippage-bps' } : undefined;
  // A minimum (minAmountOut) protects the node; it bounds nothing it spends.
  if (/^min/i.test(key)) return undefined;
  if (/chain/i.test(key)) return { role: 'chain' };
  if (RECIPIENT_KEY.test(key)) return { role: 'recipient' };
  if (TOKEN_KEY.test(key)) return { role: 'token' };
  if (/amount/i.test(key)) return { role: 'amount', units: amountUnits(key, property) };
  return undefined;
}

function amountUnits(key: string, property: Record<string, unknown> | undefined): 'raw' | 'token' {
  const description = typeof property?.description === 'string' ? property.description : '';
  if (/^raw/i.test(key) || property?.format === 'token-amount' || RAW_HINT.test(description)) return 'raw';
  return /human/i.test(description) ? 'token' : 'raw';
}
