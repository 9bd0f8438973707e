/**
 * Pure conversion of one entry of `b3os-catalog.json` (the docs field tables) into the shipped
 * catalog entry shape (`CatalogEntry` minus `source`). Used only by build-platform-catalog.mjs.
 */

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const PROPERTY_KEYWORDS = ['enum', 'default', 'minimum', 'maximum', 'maxLength'];
const DOCS_URL = /https:\/\/docs\.b3os\.org\/[^\s;()]+/;
// The stored pages came from locale copies; the documentation link is the root English page.
const LOCALE_PREFIX = /^(https:\/\/docs\.b3os\.org)\/(?:hi|ko|de|es|ru|zh-Hans|fr|ja)\//;

/** "number | string" → ["number","string"]; "string[]" → array of string; unknown text → undefined. */
export function jsonTypeOf(text) {
  if (typeof text !== 'string') return undefined;
  const parts = text.split('|').map((part) => part.trim());
  const types = [];
  let items;
  for (const part of parts) {
    const arrayOf = /^([a-z]+)\[\]$/.exec(part);
    const base = arrayOf ? 'array' : part;
    if (!JSON_TYPES.has(base) || (arrayOf && !JSON_TYPES.has(arrayOf[1]))) return undefined;
    if (arrayOf && parts.length === 1) items = { type: arrayOf[1] };
    if (!types.includes(base)) types.push(base);
  }
  return { type: types.length === 1 ? types[0] : types, items };
}

function propertySchema(row) {
  const schema = {};
  const mapped = jsonTypeOf(row.type);
  if (mapped) schema.type = mapped.type;
  if (mapped?.items) schema.items = mapped.items;
  const placeholder = typeof row.description === 'string' && row.description.startsWith('(no description');
  if (typeof row.description === 'string' && !placeholder) schema.description = row.description;
  for (const keyword of PROPERTY_KEYWORDS) if (row[keyword] !== undefined) schema[keyword] = row[keyword];
  return schema;
}

function tableNotes(table, rows) {
  const names = (test) => rows.filter(test).map((row) => row.field);
  const notes = [];
  const untyped = names((row) => !jsonTypeOf(row.type));
  const unflagged = names((row) => row.required !== true && row.required !== false);
  const secondary = names((row) => row.statedBy !== undefined);
  if (untyped.length) notes.push(`${table} fields with no stated type: ${untyped.join(', ')}`);
  if (unflagged.length) notes.push(`${table} fields with no stated required flag: ${unflagged.join(', ')}`);
  if (secondary.length) notes.push(`${table} fields stated by guide.ts, not a reference page: ${secondary.join(', ')}`);
  return notes;
}

function objectSchema(rows, closed, withRequired = true) {
  const properties = {};
  for (const row of rows) properties[row.field] = propertySchema(row);
  const required = withRequired ? rows.filter((row) => row.required === true).map((row) => row.field) : [];
  return {
    type: 'object',
    ...(required.length ? { required } : {}),
    properties,
    ...(closed ? { additionalProperties: false } : {}),
  };
}

function completenessNote(table, state) {
  if (state === 'complete') return undefined;
  if (state === 'truncated') return `${table} table truncated in the stored page excerpt; more fields may exist`;
  if (state.startsWith('not seen')) return `${table} table not seen: ${state.replace(/^not seen\s*/, '').replace(/[()]/g, '')}`;
  if (state === 'from secondary source only') return `${table} fields known from a secondary source only (no reference page)`;
  return `${table} table ${state}`;
}

function resultIsKnown(state, rows) {
  return rows.length > 0 && !state.startsWith('not seen');
}

function alternativeNotes(alternatives) {
  return (alternatives ?? []).map((alt) => {
    const fields = (alt.payload ?? []).map((row) => row.field);
    const what = fields.length ? `payload fields ${fields.join(', ')}` : 'an example fragment';
    return `alternative (older or conflicting source) ${what}: ${alt.source}`;
  });
}

function dataNotes(raw) {
  const notes = [];
  for (const key of ['notes', 'payloadNote', 'nameNote', 'categoryNote', 'exampleNodeNote', 'webhook']) {
    if (typeof raw[key] === 'string') notes.push(raw[key]);
  }
  if (raw.limits) notes.push(`limits: ${JSON.stringify(raw.limits)}`);
  const rawConnector = raw.connectorRaw ?? '';
  if (raw.connector == null && !/^(not required|not stated|not shown)/i.test(rawConnector)) {
    notes.push(`connector: ${rawConnector}`);
  }
  return notes;
}

function pageUrl(raw) {
  const found = raw.pageFound === true ? DOCS_URL.exec(raw.source ?? '') : null;
  return found ? found[0].replace(LOCALE_PREFIX, '$1/') : undefined;
}

/** One data-file entry → a shipped catalog entry (without `source`). */
export function entryFromData(raw, kind) {
  const payloadState = raw.completeness?.payload ?? 'not seen';
  const resultState = raw.completeness?.result ?? 'not seen';
  // Where the sources disagree on the payload's field names, neither form may be refused.
  const conflicting = /\bconflict/i.test(raw.notes ?? '');
  const payloadComplete = payloadState === 'complete' && !conflicting;
  const url = pageUrl(raw);
  const detail = url ? raw.source.replace(DOCS_URL, '').trim() : '';
  const notes = [
    completenessNote('payload', payloadState),
    completenessNote('result', resultState),
    ...tableNotes('payload', raw.payload ?? []),
    ...tableNotes('result', raw.result ?? []),
    ...dataNotes(raw),
    ...alternativeNotes(raw.alternatives),
    ...(conflicting ? ['the sources disagree on the payload fields: unknown and required keys are not enforced'] : []),
    ...(detail ? [`read from stored copies: ${raw.source}`] : []),
  ].filter((note) => note !== undefined);
  return {
    type: raw.type,
    kind,
    ...(raw.name ? { name: raw.name } : {}),
    ...(raw.category ? { category: raw.category } : {}),
    origin: `shipped:${url ?? raw.source}`,
    schemaCompleteness: payloadComplete ? 'complete' : 'partial',
    ...(raw.connector ? { connector: { type: raw.connector } } : {}),
    ...(typeof raw.requiresGas === 'boolean' ? { requiresGas: raw.requiresGas } : {}),
    ...(raw.fundsMovement ? { fundsMovement: raw.fundsMovement } : {}),
    ...(url ? { documentationUrl: url } : {}),
    payloadSchema: objectSchema(raw.payload ?? [], payloadComplete, !conflicting),
    ...(resultIsKnown(resultState, raw.result ?? [])
      ? { resultSchema: objectSchema(raw.result, resultState === 'complete') }
      : {}),
    ...(notes.length ? { notes } : {}),
  };
}

/** A type known only by name, e.g. from the WorkflowType enum or the built-in list. */
export function nameOnlyEntry(type, kind, origin, notes) {
  return { type, kind, origin: `shipped:${origin}`, schemaCompleteness: 'name-only', notes };
}
