/** The Solana detector's cost on base58 look-alikes (review c07): a cheap point check before each Ed25519 derivation. */
import { base58 } from '@scure/base';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { derivationCount, findSolanaKeys, isCurvePoint } from '../../src/secrets/solana.js';

it('every Ed25519 public key is a curve point; about half of random values are not', () => {
  const publicKeys = Array.from({ length: 100 }, () => generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(12));
  expect(publicKeys.every((key) => isCurvePoint(key))).toBe(true);
  const share = Array.from({ length: 2000 }, () => randomBytes(32)).filter((bytes) => isCurvePoint(bytes)).length / 2000;
  expect(share).toBeGreaterThan(0.4);
  expect(share).toBeLessThan(0.6);
});

it('derives a public key for at most about half of 4,000 lines of 87-character base58, and finds the one keypair among them', () => {
  const seed = generateKeyPairSync('ed25519');
  const keypair = Buffer.concat([seed.privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(16), seed.publicKey.export({ format: 'der', type: 'spki' }).subarray(12)]);
  const lines = Array.from({ length: 4000 }, () => base58.encode(randomBytes(64)));
  lines[2500] = base58.encode(keypair);
  const before = derivationCount();
  const hits = findSolanaKeys(lines.join('\n'));
  expect(hits.map((h) => h.value)).toEqual([lines[2500]]);
  expect(derivationCount() - before).toBeLessThan(2400);
});
