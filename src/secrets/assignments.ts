import { entropyOf, isPlaceholder, nameBefore, normalisedName } from './context.js';
import type { SecretHit, SecretKind } from './kinds.js';

/** A quoted or bare value of key characters, 16 to 256 long, right after a name and separator. */
const VALUE = /(?<=[:=|(,\s"'`])["'`]?([A-Za-z0-9_\-+/=.~]{16,256})(?![A-Za-z0-9_\-+/=.~])/g;

/** Names under which a value is an API key, a webhook signing secret or an AWS secret key, by kind. */
const NAMED: ReadonlyArray<readonly [RegExp, SecretKind]> = [
  // secretlint finds an AWS secret key only in the shapes of AWS's own files, not in prose or tables.
  [/(?:secretaccesskey|awssecretkey)$/, 'cloud-credential'],
  [/(?:webhooksecret|signingsecret|hmacsecret|webhooksigningkey|signingkey|webhookkey)$/, 'webhook-signing-secret'],
  [/(?:apikey|apitoken|apisecret|accesstoken|authtoken|clientsecret|bearer|authorizationbearer)$/, 'service-api-key'],
];

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
  return NAMED.find(([ending]) => ending.test(normalised))?.[1];
}

function looksRandom(value: string): boolean {
  return !isPlaceholder(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && entropyOf(value) >= 3.5 && !value.includes('://');
}
