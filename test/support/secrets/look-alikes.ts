/**
 * Values that look like secrets and are not: hashes, topics, slots, addresses, ABI data, ids,
 * integrity hashes, public keys, image data. Fresh on every run, each under the name such a value
 * has in real files, so the scanner must tell them apart by shape and context, not by luck.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58 } from '@scure/base';
import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { createHash, generateKeyPairSync, randomBytes, randomInt, randomUUID } from 'node:crypto';

/** One look-alike: its type, the name it is written under, and the value. */
export interface LookAlike {
  readonly type: string;
  readonly name: string;
  readonly value: string;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const one = <T>(list: readonly T[]): T => list[randomInt(list.length)];
const keccak = (text: string) => Buffer.from(keccak_256(new TextEncoder().encode(text))).toString('hex');

/** An address with its EIP-55 checksum (mixed case from the keccak of the lower-case hex). */
function checksummed(address: string): string {
  const hash = keccak(address);
  return `0x${[...address].map((c, i) => (parseInt(hash[i], 16) >= 8 ? c.toUpperCase() : c)).join('')}`;
}

/** Twelve list words whose checksum fails. */
function invalidPhrase(): string {
  const words = generateMnemonic(wordlist, 128).split(' ');
  for (;;) {
    const phrase = [...words.slice(0, 11), one(wordlist)].join(' ');
    if (!validateMnemonic(phrase, wordlist)) return phrase;
  }
}

const EVENTS = ['Transfer(address,address,uint256)', 'Approval(address,address,uint256)', 'Swap(address,uint256,uint256,uint256,uint256,address)', 'Deposit(address,uint256)', 'OwnershipTransferred(address,address)'];
const SLOTS = ['eip1967.proxy.implementation', 'eip1967.proxy.admin', 'eip1967.proxy.beacon'];

/** An EIP-1967 slot: keccak of the label, minus one. */
function eip1967(label: string): string {
  return `0x${(BigInt(`0x${keccak(label)}`) - 1n).toString(16).padStart(64, '0')}`;
}

/** A transfer's calldata: selector, the recipient and the amount as 32-byte words. */
function calldata(): string {
  return `0xa9059cbb${hex(20).padStart(64, '0')}${BigInt(randomInt(1, 2 ** 47)).toString(16).padStart(64, '0')}`;
}

function pngBase64(): string {
  return `data:image/png;base64,${Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(randomInt(60, 180))]).toString('base64')}`;
}

function solanaPublicKey(): string {
  return base58.encode(generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(12));
}

/** One generator per look-alike type. */
export const LOOK_ALIKE_GENERATORS: ReadonlyArray<() => LookAlike> = [
  () => ({ type: 'tx-hash', name: one(['txHash', 'transactionHash', 'hash', 'TX_HASH']), value: `0x${hex(32)}` }),
  () => ({ type: 'block-hash', name: one(['blockHash', 'parentHash', 'stateRoot']), value: `0x${hex(32)}` }),
  () => ({ type: 'event-topic', name: one(['topic0', 'eventTopic', 'topics']), value: `0x${keccak(one(EVENTS))}` }),
  () => ({ type: 'eip1967-slot', name: one(['implementationSlot', 'adminSlot', 'slot']), value: eip1967(one(SLOTS)) }),
  () => ({ type: 'storage-slot', name: one(['storageSlot', 'slot', 'key']), value: `0x${keccak(`${hex(32)}${'0'.repeat(63)}${randomInt(10)}`)}` }),
  () => ({ type: 'bare-hash', name: one(['sha256', 'checksum', 'digest']), value: createHash('sha256').update(randomBytes(64)).digest('hex') }),
  () => ({ type: 'address', name: one(['recipientAddress', 'tokenAddress', 'to', 'owner']), value: `0x${hex(20)}` }),
  () => ({ type: 'checksummed-address', name: one(['recipientAddress', 'contract', 'vault']), value: checksummed(hex(20)) }),
  () => ({ type: 'abi-data', name: one(['data', 'calldata', 'input']), value: calldata() }),
  () => ({ type: 'abi-word', name: one(['amountWord', 'arg0', 'word']), value: `0x${hex(20).padStart(64, '0')}` }),
  () => ({ type: 'signature', name: one(['signature', 'sig']), value: `0x${hex(65)}` }),
  () => ({ type: 'uuid', name: one(['requestId', 'id', 'runId', 'idempotencyKey']), value: randomUUID() }),
  () => ({ type: 'integrity', name: 'integrity', value: `sha512-${randomBytes(64).toString('base64')}` }),
  () => ({ type: 'solana-public-key', name: one(['publicKey', 'mint', 'programId', 'owner']), value: solanaPublicKey() }),
  () => ({ type: 'solana-signature', name: one(['txSignature', 'signature']), value: base58.encode(randomBytes(64)) }),
  () => ({ type: 'image-base64', name: one(['logo', 'icon', 'image']), value: pngBase64() }),
  () => ({ type: 'git-sha', name: one(['commit', 'sha', 'ref']), value: hex(20) }),
  () => ({ type: 'ipfs-cid', name: one(['cid', 'metadataUri']), value: `ipfs://b${Buffer.from(randomBytes(34)).toString('base64url').toLowerCase().replace(/[^a-z2-7]/g, 'a')}` }),
  () => ({ type: 'wordlist-prose', name: one(['note', 'description']), value: invalidPhrase() }),
  () => ({ type: 'public-rpc', name: one(['rpcUrl', 'endpoint']), value: one(['https://mainnet.base.org', 'https://arb1.arbitrum.io/rpc', 'https://api.mainnet-beta.solana.com', 'https://cloudflare-eth.com']) }),
];

/** `count` look-alikes, cycling through every type. */
export function lookAlikes(count: number): LookAlike[] {
  return Array.from({ length: count }, (_, i) => LOOK_ALIKE_GENERATORS[i % LOOK_ALIKE_GENERATORS.length]());
}
