/**
 * The planted-secret corpus: at least 200 fresh secrets, every type in every kind of file, one
 * secret per file, with the line each one starts on.
 */
import { lookAlikes } from './look-alikes.js';
import { PLACEMENTS } from './placements.js';
import { GENERATORS, type SecretValue } from './values.js';

/** A planted secret and where it was written. */
export interface Plant {
  readonly value: SecretValue;
  readonly kind: string;
  readonly path: string;
  /** 1-based line where the literal starts (for a folded mnemonic, its first word). */
  readonly line: number;
}

/** The corpus: its files, and every plant. `rounds` × the number of types secrets (8 rounds: 248). */
export function plantedCorpus(rounds = 8): { files: Record<string, string>; plants: Plant[] } {
  const kinds = Object.keys(PLACEMENTS);
  const files: Record<string, string> = {};
  const plants: Plant[] = [];
  for (let i = 0; i < rounds * GENERATORS.length; i++) {
    const value = GENERATORS[i % GENERATORS.length]();
    // Shifting the kind each round puts every type into a different kind of file.
    const kind = kinds[(i + Math.floor(i / GENERATORS.length)) % kinds.length];
    const file = PLACEMENTS[kind](value, i);
    const first = value.type === 'mnemonic' ? value.literal.split(' ')[0] : value.literal.split('\n')[0];
    const at = file.content.indexOf(first, file.content.indexOf(value.name));
    if (at < 0) throw new Error(`corpus: ${value.type} not written into ${file.path}`);
    files[file.path] = file.content;
    plants.push({ value, kind, path: file.path, line: file.content.slice(0, at).split('\n').length });
  }
  return { files, plants };
}

/** The look-alike corpus: `count` values, one per file, spread over every kind of file. */
export function lookAlikeCorpus(count = 1200): { files: Record<string, string>; values: ReturnType<typeof lookAlikes> } {
  const kinds = Object.keys(PLACEMENTS);
  const values = lookAlikes(count);
  const files: Record<string, string> = {};
  values.forEach((v, i) => {
    const file = PLACEMENTS[kinds[i % kinds.length]]({ type: v.type, rule: '', name: v.name, literal: v.value, secret: v.value }, i);
    files[file.path] = file.content;
  });
  return { files, values };
}

/** Every six characters in a row of every planted secret after its public prefix (for a mnemonic, every two consecutive words). */
export function leakWindows(plants: readonly Plant[]): { windows: Set<string>; pairs: Set<string> } {
  const windows = new Set<string>();
  const pairs = new Set<string>();
  for (const { value } of plants) {
    if (value.type === 'mnemonic') value.secret.split(' ').forEach((word, i, words) => i > 0 && pairs.add(`${words[i - 1]} ${word}`));
    else {
      const secret = value.secret.slice(value.prefix?.length ?? 0);
      // A run of six digits (6 % of a hex secret's windows) can turn up in any output by chance
      // (sizes, counts) and fail a run at random; a real leak shows the secret's other windows too.
      for (let i = 0; i + 6 <= secret.length; i++) if (!/^\d{6}$/.test(secret.slice(i, i + 6))) windows.add(secret.slice(i, i + 6));
    }
  }
  return { windows, pairs };
}

/** Our fingerprint notations (markdown escapes the parentheses): a hash of the secret, printed on purpose, so not a leak of it. */
const FINGERPRINTS = /\\?\(fingerprint [0-9a-f]{8}\\?\)|"(?:fingerprint|b3osReadiness\/v1)":\s*"[0-9a-f]{8}"/g;

/** The leaks in an output: six characters of a planted secret, or two consecutive words of a planted mnemonic; `known` strings are not searched. */
export function leaksIn(output: string, { windows, pairs }: ReturnType<typeof leakWindows>, known: readonly string[] = []): string[] {
  // Fingerprints, and known values such as commit ids in file links, may share digits with a secret by chance.
  const text = known.reduce((rest, value) => rest.split(value).join(' '), output.replace(FINGERPRINTS, ''));
  const found = new Set<string>();
  for (let i = 0; i + 6 <= text.length; i++) if (windows.has(text.slice(i, i + 6))) found.add(text.slice(i, i + 6));
  const words = [...text.matchAll(/[a-z]+/g)];
  for (let i = 1; i < words.length; i++) {
    const between = text.slice(words[i - 1].index! + words[i - 1][0].length, words[i].index);
    if (/^\s+$/.test(between) && pairs.has(`${words[i - 1][0]} ${words[i][0]}`)) found.add(`${words[i - 1][0]} ${words[i][0]}`);
  }
  return [...found];
}
