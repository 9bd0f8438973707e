/**
 * What a value was assigned to: the name just before it on the same line, in any of the shapes a
 * repository writes (`"privateKey": "…"`, `PRIVATE_KEY=…`, `private_key: …`, `| PRIVATE_KEY | … |`,
 * `--private-key …`, `new Wallet("…")`, "the private key …").
 */

/** How far back on the line a name may start. */
const LOOKBACK = 64;
/** A name, then closing quotes, a separator and opening quotes; anchored at the value. Linear: one bounded slice. */
const NAME_BEFORE = /([A-Za-z_$][\w$-]*(?:[ ][A-Za-z_$][\w$-]*)?)["'`\]]?\s*(?::=|=>|->|[:=|(,])?\s*["'`]?\s*$/;

/**
 * The start of an expression whose fallback literal is the value: `{{$vars.signer || '`,
 * `{{ $vars.key ?? "`. The value is then assigned to the name before the `{{`.
 */
const EXPRESSION_FALLBACK = /\{\{[^{}\n]{0,96}?(?:\|\||\?\?)\s*["'`]$/;

/** The name a value at `start` is assigned to, or undefined when none stands right before it. */
export function nameBefore(text: string, start: number): string | undefined {
  // Only the bounded slice is searched for the line start: a search back through a long minified
  // line for every value on it would be quadratic.
  const window = text.slice(Math.max(0, start - LOOKBACK - 96), start);
  let line = window.slice(window.lastIndexOf('\n') + 1);
  // `"privateKey": "{{$vars.signer || '0x…'}}"`: the fallback is the key's value.
  const fallback = EXPRESSION_FALLBACK.exec(line);
  if (fallback) line = line.slice(0, fallback.index);
  line = line.slice(Math.max(0, line.length - LOOKBACK));
  // A declaring keyword is not part of the name: `export PRIVATE_KEY=…` assigns to `PRIVATE_KEY`.
  return NAME_BEFORE.exec(line)?.[1].replace(/^(?:export|const|let|var|set|local|readonly) /, '');
}

/** A name in lower case with separators, spaces and trailing digits removed: `DEPLOYER_PRIVATE_KEY_2` → `deployerprivatekey`. */
export function normalisedName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/[0-9]+$/, '');
}

/** Names that hold a signing key: a 64-hex value under one of them is a private key, not a hash. */
const KEY_NAME_ENDINGS = /(?:privatekey|privkey|secretkey|signingkey|signerkey|deployerkey|walletkey|ownerkey|accountkey|keypair|privatekeytoaccount|fromprivatekey)$/;
/** Endings that name a key in an identifier only (`signer`, `DEPLOYER_PK`, `walletSeed`), never in prose ("the ops wallet 0x…" is a transaction). */
const IDENTIFIER_KEY_ENDINGS = /(?:signer|secret)$/;
/** Short words that name a key only as a whole word of an identifier: `pk`, `DEPLOYER_PK`, `deployerPk`, `wallet`, `hotWallet`, `seed`, not `lookupPk…` inside a word. */
const IDENTIFIER_KEY_WORDS = /(?:^|[_.-]|[a-z0-9](?=[A-Z]))(?:pk|PK|Pk|wallet|Wallet|WALLET|seed|Seed|SEED)[0-9]*$/;

/** True when the name says the value is a signing key (`privateKey`, `DEPLOYER_PK`, `signer`, "private key", `secret`). */
export function isKeyName(name: string | undefined): boolean {
  if (name === undefined) return false;
  const normalised = normalisedName(name);
  if (KEY_NAME_ENDINGS.test(normalised)) return true;
  // Two words of prose ("ops wallet", "the seed") name no key: only identifiers do.
  if (/\s/.test(name)) return false;
  return IDENTIFIER_KEY_ENDINGS.test(normalised) || IDENTIFIER_KEY_WORDS.test(name);
}

/** Shannon entropy in bits per character. */
export function entropyOf(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Words and marks of a placeholder or a reference to a secret kept elsewhere, never a secret itself. */
const PLACEHOLDER = /\{\{|\$\{|\$\(|<|>|%|process\.env|secrets\.|your|example|placeholder|changeme|dummy|sample|xxxx|replace|insert|redacted|\*\*\*/i;

/** True when a value reads as a placeholder (`<your key>`, `${API_KEY}`, `{{ask.key}}`, `xxxx…`). */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value) || new Set(value).size < 6;
}

/**
 * The secret part of a token (after its public prefix) that a document writes in place of one:
 * `your_api_key_here`, `xxxx…`, AWS's `…EXAMPLE`, a run of one character. Random tokens contain
 * none of these (lower-case `xxxx` in 30 random characters: odds of 1 in 400,000).
 */
const TOKEN_PLACEHOLDER = /your|YOUR|_here|_HERE|example|EXAMPLE|Example|xxxx|XXXX|placeholder|PLACEHOLDER|changeme|CHANGEME|dummy|DUMMY|redacted|REDACTED|(.)\1{7}/;

export function isPlaceholderToken(secretPart: string): boolean {
  return TOKEN_PLACEHOLDER.test(secretPart) || new Set(secretPart).size < 6;
}
