import { wordlist } from '@scure/bip39/wordlists/english.js';
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { scanText } from '../../src/secrets/scan.js';

const MB = 2 ** 20;
const keys = (n: number) => Array.from({ length: n }, (_, i) => `"privateKey${i}":"0x${randomBytes(32).toString('hex')}"`).join(',');

/** Megabyte inputs shaped against each detector: long runs, one line, many candidates, unterminated blocks (threats.md T7). */
const HOSTILE: ReadonlyArray<readonly [string, string, number]> = [
  ['one run of a letter', 'a'.repeat(MB), 0],
  ['one run of hex after a key name', `privateKey: ${'f'.repeat(MB)}`, 0],
  ['a base64 blob on one line', JSON.stringify({ data: randomBytes(0.7 * MB).toString('base64') }), 0],
  ['12,000 keys on one minified line', keys(12_000), 12_000],
  ['150,000 list words in one run', Array.from({ length: 150_000 }, (_, i) => wordlist[(i * 7) % 2048]).join(' '), -1],
  ['PEM headers without a footer', `-----BEGIN PRIVATE KEY-----\n${'MIIE'.repeat(4000)} `.repeat(60), 0],
  ['URLs with a user and no host', `https://u:${'p'.repeat(200)} `.repeat(5000), 0],
  ['an unclosed byte array', `[${'1, '.repeat(MB / 3)}`, 0],
  ['escaped quotes without a closing quote', `"${'\\"'.repeat(MB / 2)}\\u0041`, 0],
  ['short escaped strings on one line', `"\\u0041",`.repeat(MB / 9), 0],
  ['unclosed key lists with hashes', `accounts: [ tx 0x${'ab12'.repeat(16)} `.repeat(MB / 90), 0],
  ['empty key lists, then unnamed hashes', `${'accounts: []\n'.repeat(MB / 26)}${`0x${'ab12'.repeat(16)}\n`.repeat(MB / 134)}`, 0],
  ['token prefixes with long tails', `sk-${'A'.repeat(100)} `.repeat(10_000), 0],
];

it.each(HOSTILE)('scans %s in bounded time', async (_name, text, expected) => {
  const started = performance.now();
  const hits = await scanText(text);
  const ms = performance.now() - started;
  if (expected >= 0) expect(hits).toHaveLength(expected);
  // Linear work on a megabyte takes well under a second here; quadratic work takes minutes.
  expect(ms).toBeLessThan(5_000);
}, 60_000);
