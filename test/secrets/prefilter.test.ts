/**
 * The prefilters are sound: a detector (or token shape, or secretlint) that finds anything in a
 * text is never skipped for it, whatever surrounds the secret. The redactor masks only what a scan
 * found, so a secret a prefilter let through unscanned would be echoed.
 */
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodedStrings } from '../../src/secrets/escapes.js';
import { hasRun, charClass } from '../../src/secrets/prefilter.js';
import { OWN_DETECTORS } from '../../src/secrets/own-scan.js';
import { scanText } from '../../src/secrets/scan.js';
import { findWithSecretlint, SECRETLINT_HINTS } from '../../src/secrets/secretlint.js';
import { SHAPES } from '../../src/secrets/tokens.js';
import { lookAlikeCorpus, plantedCorpus } from '../support/secrets/corpus.js';
import { PLACEMENTS } from '../support/secrets/placements.js';
import { GENERATORS, type SecretValue } from '../support/secrets/values.js';

/** Every prefilter a text does not pass although its detector finds something there (none expected). */
async function unsoundFor(text: string): Promise<string[]> {
  const texts = [text, decodedStrings(text)?.text].filter((t): t is string => t !== undefined);
  const wrong: string[] = [];
  for (const t of texts) {
    OWN_DETECTORS.forEach((d, i) => d.find(t).length > 0 && !d.mayFind(t) && wrong.push(`detector ${i}`));
    SHAPES.forEach((s, i) => !s.hint.test(t) && [...t.matchAll(s.pattern)].length > 0 && wrong.push(`token shape ${i} (${s.kind})`));
    if (!SECRETLINT_HINTS.test(t) && (await findWithSecretlint(t)).length > 0) wrong.push('secretlint');
  }
  return wrong;
}

/** Fails with what was skipped wrongly, never with the text (it holds a secret). */
async function expectSound(texts: Iterable<[label: string, text: string]>): Promise<number> {
  const failures: string[] = [];
  let count = 0;
  for (const [label, text] of texts) {
    count += 1;
    for (const wrong of await unsoundFor(text)) failures.push(`${label}: ${wrong}`);
  }
  expect(failures).toEqual([]);
  return count;
}

const NOISE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t\n\r,.;:=|()[]{}"\'`-_+/~@?&$#*\\';
/** Random surrounding text: characters of every class the detectors look at, list words, hex. */
function noise(max: number): string {
  let out = '';
  while (out.length < max) {
    const pick = randomInt(4);
    if (pick === 0) out += wordlist[randomInt(wordlist.length)] + ' ';
    else if (pick === 1) out += randomInt(2 ** 32).toString(16);
    else out += NOISE[randomInt(NOISE.length)];
  }
  return out.slice(0, randomInt(max + 1));
}

/** A secret as written under its name, then with line breaks where its detector allows them. */
function writings(v: SecretValue): string[] {
  const named = [`${v.name}: ${v.literal}`, `${v.name}="${v.literal}"`, `"${v.name}": "${v.literal}"`, v.literal];
  if (v.type === 'mnemonic') named.push(v.literal.replace(/ /g, (s) => (randomInt(3) === 0 ? '\n  ' : s)), v.literal.replace(/ /g, '", "'));
  if (v.multiline) named.push(v.literal.replace(/\n/g, '\\n'), v.literal.replace(/\n/g, '\r\n'), v.literal.replace(/\n/g, '\n    '));
  // The generator writes Telegram tokens as `:AA…`; the format needs only `:A`.
  if (v.type === 'telegram') named.push(v.literal.replace(':AA', ':Ab'));
  // An escape hiding a character: the scan decodes it.
  named.push(`"${v.name}": "${v.literal.replace(/[_a-z]/, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`);
  return named;
}

function* embedded(rounds: number): Generator<[string, string]> {
  for (let round = 0; round < rounds; round++) {
    for (const generate of GENERATORS) {
      const v = generate();
      for (const [i, writing] of writings(v).entries()) {
        const label = `${v.type} writing ${i}`;
        yield [`${label} alone`, writing];
        yield [`${label} at the start`, `${writing}${NOISE[randomInt(NOISE.length)]}${noise(300)}`];
        yield [`${label} at the end`, `${noise(300)}\n${writing}`];
        yield [`${label} inside`, `${noise(300)} ${writing}\n${noise(300)}`];
      }
      for (const [kind, place] of Object.entries(PLACEMENTS)) yield [`${v.type} in a ${kind}`, place(v, round).content];
    }
  }
}

/** Every text file under test/: the secrets tests' own fixtures are written in them. */
function* testFiles(dir = 'test'): Generator<[string, string]> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* testFiles(path);
    else if (/\.(?:ts|json|ya?ml|md|txt|env|sh)$/.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      yield [path, text];
      // Each line of the secrets tests alone too: a test writes its fixture on one line, between quotes.
      if (/secret|credentials|api-keys/.test(path)) for (const [i, line] of text.split('\n').entries()) yield [`${path}:${i + 1}`, line];
    }
  }
}

describe('the secret-scan prefilters', () => {
  it('never skip a text a detector finds a fresh secret in: every type, alone, at the start, at the end, inside noise, split over lines, escaped', async () => {
    const count = await expectSound(embedded(4));
    expect(count).toBeGreaterThan(1000);
  }, 120_000);

  it('never skip a secret of the planted corpus, a look-alike, or anything in the tests and fixtures under test/', async () => {
    const { files } = plantedCorpus();
    await expectSound(Object.entries(files));
    await expectSound(Object.entries(lookAlikeCorpus(300).files));
    expect(await expectSound(testFiles())).toBeGreaterThan(1000);
  }, 120_000);

  it('leave every planted secret found', async () => {
    const { files, plants } = plantedCorpus(2);
    for (const plant of plants) expect((await scanText(files[plant.path])).length, plant.value.type).toBeGreaterThan(0);
  }, 60_000);

  it('let a random text through whenever a detector finds something in it (fuzz of secret-like fragments)', async () => {
    const fragments = ['://', ':', '@', 'key=', 'token=', 'apiKey: ', 'secret = ', '-----BEGIN PRIVATE KEY-----\nM', '\n-----END ', '0x', 'bot', ':A', '[', ']', ', '];
    const tail = (n: number) => Array.from({ length: n }, () => NOISE[randomInt(62)]).join('');
    const hexRun = () => randomInt(2 ** 47).toString(16).repeat(6);
    const texts = Array.from({ length: 400 }, (_, i): [string, string] => {
      let text = '';
      while (text.length < 400) text += randomInt(3) === 0 ? hexRun().slice(0, 60 + randomInt(10)) : randomInt(2) ? fragments[randomInt(fragments.length)] : randomInt(4) ? noise(40) : tail(20 + randomInt(30));
      return [`fuzz ${i}`, text];
    });
    await expectSound(texts);
  }, 60_000);

  it('find a run of a class only when the text has one that long', () => {
    const hex = charClass(/[0-9a-f]/);
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: randomInt(200) }, () => (randomInt(8) === 0 ? 'x' : 'a')).join('');
      const length = 1 + randomInt(40);
      expect(hasRun(text, hex, length), `${text} ${length}`).toBe(new RegExp(`[0-9a-f]{${length}}`).test(text));
    }
  });
});
