/**
 * What is wrong with a webhook URL, named without repeating any secret it may hold: plain http,
 * a user or password in it, a query parameter named like a credential.
 */

/** One problem of a URL, as the end of a sentence about it ("posts to …"). */
export interface UrlProblem {
  readonly message: string;
  readonly hint: string;
}

/** Words of a query parameter name that make it a credential (`code`: the Azure Functions key parameter). */
const CREDENTIAL_WORD = new Set(['token', 'key', 'apikey', 'secret', 'code', 'sig', 'signature', 'password', 'passwd', 'pwd', 'pass', 'passphrase', 'auth', 'authorization', 'credential', 'credentials', 'jwt']);
/** A name written in one lower-case word that still ends in a credential word (`accesstoken`, `clientsecret`, `authkey`). */
const CREDENTIAL_END = /(?:token|secret|password|passwd|signature|credentials?|apikey|accesskey|privatekey|secretkey|authkey|authcode)$/;

/**
 * True when a query parameter is named like a credential: one of its words (split at `_`, `-`,
 * `.`, `[`, `]` and camelCase humps: `apiToken`, `client_secret`, `X-Amz-Signature`) is a
 * credential word, or one of them ends in one.
 */
export function isCredentialParam(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((w) => CREDENTIAL_WORD.has(w) || CREDENTIAL_END.test(w));
}

/** The problems of `url` for a receiver named `name` ("execution webhook `ewh_x`"). */
export function urlProblems(name: string, url: string): UrlProblem[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ message: `${name} has a URL that cannot be parsed`, hint: 'write an absolute https URL' }];
  }
  const out: UrlProblem[] = [];
  if (parsed.protocol !== 'https:') out.push(cleartext(name, `${parsed.protocol}//${parsed.host}`));
  if (parsed.username !== '' || parsed.password !== '') {
    out.push({ message: `${name} has a user or password in its URL`, hint: 'remove the credential from the URL, rotate it, and authenticate deliveries by their signature' });
  }
  const params = [...new Set([...parsed.searchParams.keys()].filter(isCredentialParam))];
  for (const param of params) {
    out.push({ message: `${name} carries \`${param}\` in its URL query`, hint: 'take the credential out of the URL, rotate it, and authenticate deliveries by their signature' });
  }
  return out;
}

/** A URL sent in clear; `origin` is shown, never the path or query, which may hold a secret. */
export function cleartext(name: string, origin: string): UrlProblem {
  return { message: `${name} posts to \`${origin}\` over plain http`, hint: 'use an https URL: deliveries carry run data and their signature' };
}
