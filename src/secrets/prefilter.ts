/**
 * Cheap necessary conditions for the detectors: a text that fails one cannot hold what the
 * detector finds, so the detector is not run on it. Each is built from its detector's own
 * character classes and words, and must stay a sound over-approximation (the redactor masks only
 * what a scan found): `test/secrets/prefilter.test.ts` checks it.
 */

/** Which code units below 128 a one-character class holds; others are tested with the class itself. */
export interface CharClass {
  readonly ascii: Uint8Array;
  readonly regex: RegExp;
}

export function charClass(regex: RegExp): CharClass {
  const ascii = new Uint8Array(128);
  for (let code = 0; code < 128; code++) ascii[code] = regex.test(String.fromCharCode(code)) ? 1 : 0;
  return { ascii, regex };
}

function holds(cls: CharClass, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? cls.ascii[code] === 1 : cls.regex.test(text[at]);
}

/**
 * True when `text` holds `length` characters of the class in a row. Any such run covers one of
 * the probed offsets (every `length`-th), and each probe looks at most `length` characters each
 * way: linear, and far cheaper than a regex tried at every offset.
 */
export function hasRun(text: string, cls: CharClass, length: number): boolean {
  for (let probe = length - 1; probe < text.length; probe += length) {
    if (!holds(cls, text, probe)) continue;
    let start = probe;
    while (start > probe - length + 1 && start > 0 && holds(cls, text, start - 1)) start--;
    let end = probe + 1;
    while (end - start < length && end < text.length && holds(cls, text, end)) end++;
    if (end - start >= length) return true;
  }
  return false;
}

/**
 * A case-insensitive regex for name endings as `normalisedName` compares them: the letters of
 * each ending in order, with only the characters normalisation drops between them (`api_key`,
 * `Api-Key`, `API KEY` all end in `apikey`).
 */
export function nameEndingHint(endings: readonly string[]): RegExp {
  return new RegExp(endings.map((ending) => [...ending].join('[-_$ ]*')).join('|'), 'i');
}
