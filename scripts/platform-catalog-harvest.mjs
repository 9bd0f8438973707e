/**
 * Entries for the action, built-in and trigger types that `b3os-catalog-harvest.json` names but
 * the field tables of `b3os-catalog.json` do not hold: known by name, with the category,
 * connector, gas, funds movement and tags a source states. Used only by build-platform-catalog.mjs.
 */
import { nameOnlyEntry } from './platform-catalog-fields.mjs';

const TYPE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The harvest entries of one kind that `known` lacks, as shipped name-only entries. */
export function harvestEntries(harvest, kinds, kind, known) {
  const out = [];
  for (const raw of harvest) {
    if (!kinds.includes(raw.kind) || known.has(raw.type) || !TYPE_ID.test(raw.type)) continue;
    known.add(raw.type);
    const notes = ['only the name is known: no schema in the shipped sources', ...(raw.notes ?? []).map((n) => n.note)];
    out.push({ ...nameOnlyEntry(raw.type, kind, raw.sources[0], notes), ...facts(raw) });
  }
  return out;
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
