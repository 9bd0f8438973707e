import { entropyOf, isPlaceholder, nameBefore, normalisedName } from './context.js';
import type { SecretHit, SecretKind } from './kinds.js';
import { charClass, hasRun, nameEndingHint } from './prefilter.js';

/** The characters of a value. */
const KEY_CHAR = /[A-Za-z0-9_\-+/=.~]/;
/** A quoted or bare value of key characters, 16 to 256 long, right after a name and separator. */
const VALUE = new RegExp(`(?<=[:=|(,\\s"'\`])["'\`]?(${KEY_CHAR.source}{16,256})(?!${KEY_CHAR.source})`, 'g');

/** Endings of names under which a value is an API key, a webhook signing secret or an AWS secret key, by kind. */
const NAMED: ReadonlyArray<readonly [readonly string[], SecretKind]> = [
  // secretlint finds an AWS secret key only in the shapes of AWS's own files, not in prose or tables.
  [['secretaccesskey', 'awssecretkey'], 'cloud-credential'],
  [['webhooksecret', 'signingsecret', 'hmacsecret', 'webhooksigningkey', 'signingkey', 'webhookkey'], 'webhook-signing-secret'],
  [['apikey', 'apitoken', 'apisecret', 'accesstoken', 'authtoken', 'clientsecret', 'bearer', 'authorizationbearer'], 'service-api-key'],
];

/** A text without 16 value characters in a row, or without a name ending, holds no named secret. */
const VALUE_CHAR = charClass(KEY_CHAR);
const NAME_HINT = nameEndingHint(NAMED.flatMap(([endings]) => endings));

/** False when the text cannot hold a named secret (the prefilter). */
export function mayHoldNamedSecret(text: string): boolean {
  return NAME_HINT.test(text) && hasRun(text, VALUE_CHAR, 16);
}

/**
 * Values assigned to API-key and signing-secret names (`apiKey: …`, `SIGNING_SECRET=…`,
 * `Authorization: Bearer …`) that look random: a digit and a letter, entropy of at least 3.5 bits
 * per character, and no placeholder or reference (`${API_KEY}`, `{{ask.key}}`, `<your key>`).
 */
export function findNamedSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const match of text.matchAll(VALUE)) {
    const value = match[1];
    const start = match.index + match[0].length - value.length;
    const name = nameBefore(text, match.index);
    const kind = name === undefined ? undefined : kindOfName(name);
    if (kind && looksRandom(value)) hits.push({ kind, start, end: start + value.length, value, name });
  }
  return hits;
}

function kindOfName(name: string): SecretKind | undefined {
  const normalised = normalisedName(name);
  return NAMED.find(([endings]) => endings.some((ending) => normalised.endsWith(ending)))?.[1];
}

function looksRandom(value: string): boolean {
  return !isPlaceholder(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && entropyOf(value) >= 3.5 && !value.includes('://');
}
