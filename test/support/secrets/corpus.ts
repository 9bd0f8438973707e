/**
 * The planted-secret corpus: at least 200 fresh secrets, every type in every kind of file, one
 * secret per file, with the line each one starts on.
 */
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
