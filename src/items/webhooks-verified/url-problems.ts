/**
 * What is wrong with a webhook URL, named without repeating any secret it may hold: plain http,
 * a user or password in it, a query parameter named like a credential.
 */

/** One problem of a URL, as the end of a sentence about it ("posts to …"). */
export interface UrlProblem {
  readonly message: string;
  readonly hint: string;
}

const CREDENTIAL_PARAM = /^(?:.*[_-])?(?:token|key|apikey|secret|sig|signature|password|passwd|pwd|pass|auth|authorization|credential|credentials|access_token)$/i;

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
  const params = [...new Set([...parsed.searchParams.keys()].filter((key) => CREDENTIAL_PARAM.test(key)))];
  for (const param of params) {
    out.push({ message: `${name} carries \`${param}\` in its URL query`, hint: 'take the credential out of the URL, rotate it, and authenticate deliveries by their signature' });
  }
  return out;
}

/** A URL sent in clear; `origin` is shown, never the path or query, which may hold a secret. */
export function cleartext(name: string, origin: string): UrlProblem {
  return { message: `${name} posts to \`${origin}\` over plain http`, hint: 'use an https URL: deliveries carry run data and their signature' };
}
