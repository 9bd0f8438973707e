/**
 * What the shipped catalog does where its sources disagree (b3os-catalog-harvest.json
 * `conflicts`): both spellings of an id are known, the older one an alias pointing at the newer;
 * a payload field whose name the sources dispute is not enforced (neither required nor closed
 * over); a type only older sources list, which the platform's own list lacks, is left out (the
 * unknown-node-type rule names it as retired). Each decision names the conflict it follows, and
 * the build fails when the harvest no longer records it. Used only by build-platform-catalog.mjs.
 */

// Current ids put the service first (`coingecko-get-token-price`, `polymarket-place-bet`); the
// verb-first spellings come from older example pages.
const ALIASES = [
  { alias: 'send-slack-message', of: 'slack-send-message', topic: 'Slack send action id' },
  { alias: 'send-telegram-message', of: 'telegram-send-message', topic: 'Telegram send action id' },
];

// The WorkflowType enum lists every root type the platform accepts; `webhook` is not one of them
// (a webhook starts a `manual` workflow), so a node of that type fails at the platform.
export const RETIRED = [{ type: 'webhook', topic: 'webhook trigger type' }];

const DISPUTED_FIELDS = [
  { types: ['regex'], fields: ['text', 'input'], topic: 'regex payload key for the text' },
  { types: ['filter'], fields: ['condition', 'filter'], topic: 'filter payload key' },
  { types: ['pluck'], fields: ['fields', 'field'], topic: 'pluck payload key' },
  { types: ['delay'], fields: ['delayMs', 'duration'], topic: 'delay payload' },
  { types: ['evm-log'], fields: ['contractAddress', 'address', 'eventName', 'eventSignature'], topic: 'evm-log configuration keys' },
  { types: ['erc20-receive', 'erc20-send'], fields: ['walletAddress', 'address', 'toAddress'], topic: 'erc20-receive / erc20-send watched-address key' },
  { types: ['cronjob'], fields: ['rrule', 'schedule'], topic: 'cronjob configuration' },
  { types: ['slack-send-message'], fields: ['conversation', 'channel'], topic: 'Slack message payload keys' },
];

/** The recorded conflict of `topic`; throws when the harvest no longer has it. */
function conflictOf(harvest, topic) {
  const found = harvest.conflicts.find((c) => c.topic === topic);
  if (!found) throw new Error(`b3os-catalog-harvest.json records no conflict "${topic}"`);
  return found;
}

const describe = (conflict) => conflict.values.map((v) => `${v.value} (${v.source})`).join(' vs ');

/** The entries with every recorded conflict applied: disputed fields and connectors loosened, aliases added. */
export function withConflicts(lists, harvest) {
  const all = () => [...lists.actions, ...lists.triggers, ...lists.logic];
  for (const rule of DISPUTED_FIELDS) {
    const note = `the sources disagree on ${rule.fields.map((f) => `\`${f}\``).join(', ')} (${describe(conflictOf(harvest, rule.topic))}): none of them is enforced`;
    for (const entry of all().filter((e) => rule.types.includes(e.type))) loosen(entry, rule.fields, note);
  }
  for (const { type, topic } of RETIRED) {
    conflictOf(harvest, topic);
    for (const key of LISTS) lists[key] = lists[key].filter((e) => e.type !== type);
  }
  for (const rule of ALIASES) addAlias(lists, rule, conflictOf(harvest, rule.topic));
}

function loosen(entry, fields, note) {
  const schema = entry.payloadSchema;
  if (schema) {
    const required = (schema.required ?? []).filter((name) => !fields.includes(name));
    entry.payloadSchema = { ...schema, ...(required.length ? { required } : {}) };
    if (!required.length) delete entry.payloadSchema.required;
    delete entry.payloadSchema.additionalProperties;
    entry.schemaCompleteness = 'partial';
  }
  addNote(entry, note);
}

function addNote(entry, note) {
  entry.notes = [...(entry.notes ?? []), note];
}

const LISTS = ['actions', 'triggers', 'logic'];

/**
 * The alias replaces any entry of its own id: the facts of the newer spelling, with what its own
 * source states on top (the example that spells it `send-telegram-message` names its connector).
 */
function addAlias(lists, { alias, of, topic }, conflict) {
  const key = LISTS.find((k) => lists[k].some((e) => e.type === of));
  if (!key) throw new Error(`alias ${alias}: no entry for ${of}`);
  const target = lists[key].find((e) => e.type === of);
  const source = conflict.values.find((v) => v.value.replace(/^'/, '').startsWith(alias))?.source;
  if (!source) throw new Error(`alias ${alias}: the conflict "${topic}" names no source for it`);
  const { notes: _notes, documentationUrl: _url, origin: _origin, ...facts } = target;
  const own = lists[key].find((e) => e.type === alias);
  const stated = own ? Object.fromEntries(['connector', 'category', 'requiresGas', 'fundsMovement', 'name'].filter((k) => own[k] !== undefined).map((k) => [k, own[k]])) : {};
  const entry = { ...facts, ...stated, type: alias, aliasOf: of, origin: `shipped:${source}`, notes: [`an older spelling of \`${of}\` (${topic}: ${describe(conflict)})`] };
  for (const k of LISTS) lists[k] = lists[k].filter((e) => e.type !== alias);
  lists[key].push(entry);
  addNote(target, `also spelt \`${alias}\` by an older source (${source}): known as an alias`);
}
