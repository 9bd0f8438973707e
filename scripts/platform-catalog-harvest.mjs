/**
 * Entries for the action, built-in and trigger types that `b3os-catalog-harvest.json` names but
 * the field tables of `b3os-catalog.json` do not hold: the category, connector, gas, funds
 * movement and tags a source states, and the payload and result fields where a page showed them
 * (partial where the stored page was cut off). Used only by build-platform-catalog.mjs.
 */
import { jsonTypeOf, nameOnlyEntry } from './platform-catalog-fields.mjs';

const TYPE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Generation A of the definition format (b3os-platform.md §1) named types `service:action`.
const LEGACY_ID = /^[a-z0-9]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME_ONLY = 'only the name is known: no schema in the shipped sources';

/** The harvest entries of one kind that `known` lacks, as shipped entries. */
export function harvestEntries(harvest, kinds, kind, known) {
  const out = [];
  for (const raw of harvest) {
    if (!kinds.includes(raw.kind) || known.has(raw.type) || !(TYPE_ID.test(raw.type) || LEGACY_ID.test(raw.type))) continue;
    known.add(raw.type);
    const legacy = LEGACY_ID.test(raw.type) ? ['the id form of the older definition format (top-level `trigger` with `props`); current ids are kebab-case'] : [];
    const schemas = schemasOf(raw);
    const notes = [...(schemas.payloadSchema ? [] : [NAME_ONLY]), ...schemas.notes, ...legacy, ...(raw.notes ?? []).map((n) => n.note), ...alsoStatedBy(raw)];
    const base = nameOnlyEntry(raw.type, kind, raw.sources[0], notes);
    out.push({ ...base, ...facts(raw), ...schemas.entry });
  }
  return out;
}

function alsoStatedBy(raw) {
  return raw.sources.length > 1 ? [`also stated by: ${raw.sources.slice(1).join(' ; ')}`] : [];
}

/**
 * Payload and result schemas from the fields a source showed. The payload is the whole contract
 * (closed, `complete`) only when a reference page showed every row; rows from the guide or a cut
 * page leave it open (`partial`).
 */
function schemasOf(raw) {
  const payload = raw.payloadFields ?? [];
  const result = raw.resultFields ?? [];
  if (payload.length === 0 && result.length === 0) return { entry: {}, notes: [] };
  const whole = raw.referencePageSeen === true && raw.payloadTruncated !== true && payload.length > 0;
  const notes = [
    ...(raw.payloadTruncated ? ['payload table truncated in the stored page excerpt; more fields may exist'] : []),
    ...(raw.resultTruncated ? ['result table truncated in the stored page excerpt; more fields may exist'] : []),
    ...(raw.referencePageSeen === true ? [] : ['fields known from a secondary source only (no reference page)']),
    ...(raw.payloadNote ? [raw.payloadNote] : []),
  ];
  return {
    entry: {
      schemaCompleteness: whole ? 'complete' : 'partial',
      payloadSchema: objectSchema(payload, whole),
      ...(result.length ? { resultSchema: objectSchema(result, raw.referencePageSeen === true && raw.resultTruncated !== true) } : {}),
    },
    notes,
  };
}

function objectSchema(fields, closed) {
  const properties = {};
  for (const field of fields) {
    const mapped = jsonTypeOf(field.type);
    properties[field.name] = mapped ? { type: mapped.type, ...(mapped.items ? { items: mapped.items } : {}) } : {};
  }
  const required = fields.filter((field) => field.required === true).map((field) => field.name);
  return { type: 'object', ...(required.length ? { required } : {}), properties, ...(closed ? { additionalProperties: false } : {}) };
}

function facts(raw) {
  const connector = typeof raw.connector === 'string' && raw.connector !== 'not required' ? { connector: { type: raw.connector } } : {};
  const funds = typeof raw.fundsMovement === 'string' && raw.fundsMovement !== 'none declared' ? { fundsMovement: raw.fundsMovement } : {};
  return {
    ...(raw.name ? { name: raw.name } : {}),
    ...(raw.category ? { category: raw.category } : {}),
    ...connector,
    ...(typeof raw.requiresGas === 'boolean' ? { requiresGas: raw.requiresGas } : {}),
    ...funds,
    ...(Array.isArray(raw.tags) && raw.tags.length ? { tags: raw.tags } : {}),
  };
}

/**
 * What the harvest states of a type another source already shipped, added where that entry is
 * silent: facts it lacks, and payload and result fields its tables did not show. Never replaces a
 * stated value, and never closes a schema; a name-only entry takes the harvest's schemas whole.
 */
export function withHarvestFacts(entries, harvest) {
  const byType = new Map([...harvest.actions, ...harvest.triggers].map((raw) => [raw.type, raw]));
  return entries.map((entry) => {
    const raw = byType.get(entry.type);
    if (!raw) return entry;
    const stated = Object.entries(facts(raw)).filter(([key]) => entry[key] === undefined);
    const merged = { ...entry, ...Object.fromEntries(stated) };
    if (entry.schemaCompleteness === 'name-only') {
      const schemas = schemasOf(raw);
      if (!schemas.entry.payloadSchema) return merged;
      const notes = (entry.notes ?? []).filter((n) => n !== NAME_ONLY);
      return { ...merged, ...schemas.entry, notes: [...notes, ...schemas.notes, `fields from ${raw.sources.join(' ; ')}`] };
    }
    return withMoreFields(merged, raw);
  });
}

function withMoreFields(entry, raw) {
  const added = [];
  const payloadSchema = addFields(entry.payloadSchema, raw.payloadFields, 'payload', added);
  const resultSchema = addFields(entry.resultSchema, raw.resultFields, 'result', added);
  if (added.length === 0) return entry;
  return { ...entry, payloadSchema, ...(resultSchema ? { resultSchema } : {}), notes: [...(entry.notes ?? []), `${added.join(', ')} added from ${raw.sources.join(' ; ')}`] };
}

/** The schema with the fields it lacks added as typed, optional properties. */
function addFields(schema, fields, side, added) {
  const missing = (fields ?? []).filter((field) => !Object.hasOwn(schema?.properties ?? {}, field.name));
  if (missing.length === 0) return schema;
  added.push(`${side} fields ${missing.map((f) => f.name).join(', ')}`);
  const extra = objectSchema(missing, false).properties;
  return { type: 'object', ...(schema ?? {}), properties: { ...(schema?.properties ?? {}), ...extra } };
}
