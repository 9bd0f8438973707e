import type { RegExpEngine } from 'ajv/dist/types/index.js';
import { RE2JS } from 're2js';

/** A pattern the linear-time engine cannot run (look-around, back-references, bad syntax). */
export class UnsafePatternError extends Error {}

const FLAGS: Readonly<Record<string, number>> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
  u: 0, // RE2 is Unicode-aware already
};

/**
 * An ajv `code.regExp` engine backed by re2js: every `pattern` and `patternProperties` key runs in
 * linear time, so no schema can make validation backtrack catastrophically. A pattern RE2 cannot
 * compile throws `UnsafePatternError` (it is never handed to the backtracking engine instead).
 */
export const re2Engine: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    let compiled: RE2JS;
    try {
      compiled = RE2JS.compile(RE2JS.translateRegExp(pattern), flagBits(flags));
    } catch (error) {
      throw new UnsafePatternError(`pattern ${shown(pattern)} cannot run on the linear-time engine: ${reasonOf(error)}`);
    }
    // ajv keys compiled patterns by `toString()`: it must differ per pattern and flags.
    return { test: (text: string) => compiled.test(text), toString: () => `/${pattern}/${flags}` };
  },
  { code: 're2js' },
);

function flagBits(flags: string): number {
  let bits = 0;
  for (const flag of flags) {
    const bit = FLAGS[flag];
    if (bit === undefined) throw new Error(`unsupported regular expression flag \`${flag}\``);
    bits |= bit;
  }
  return bits;
}

function shown(pattern: string): string {
  return pattern.length > 60 ? `\`${pattern.slice(0, 57)}…\`` : `\`${pattern}\``;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^error parsing regexp: /, '');
}
