import type { SecretHit } from './kinds.js';

/**
 * A PEM private key block, also indented (a YAML block scalar), escaped (`\n` in a JSON string) or
 * inside a template literal. One bounded character class up to the footer: linear per header.
 */
const PEM_BLOCK = /-----BEGIN (?:(?:RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?-----([A-Za-z0-9+/=\s\\]{64,16384}?)-----END /g;
/** The literal every block starts with. */
const HEADER = PEM_BLOCK.source.slice(0, PEM_BLOCK.source.indexOf('('));

/** False when the text holds no PEM header (the prefilter). */
export function mayHoldPemKey(text: string): boolean {
  return text.includes(HEADER);
}

/** DER starts with a SEQUENCE, 0x30 (`M…` in base64), OpenSSH keys with `openssh-key-v1`; PGP packets vary. */
const KEY_START = /^(?:M|b3BlbnNzaC1rZXktdjE)/;

/**
 * PEM private keys. secretlint's own rule misses bodies that span lines, so it is ours: the body
 * must be base64 of a real key's start, which leaves out placeholders (`...`, `<key>`).
 */
export function findPemKeys(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    const body = match[1].replace(/\\[nrt]|\s/g, '');
    const armoured = match[0].includes('PGP');
    if (!/^[A-Za-z0-9+/]{60,}={0,2}$/.test(body) || (!armoured && !KEY_START.test(body))) continue;
    hits.push({ kind: 'pem-private-key', start: match.index, end: match.index + match[0].length - '-----END '.length, value: body });
  }
  return hits;
}
