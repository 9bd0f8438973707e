/**
 * Fresh random secrets of every type the secret rules know, made anew on every run (never a
 * published key). Each has the name it is assigned to, the literal written in a file, and the
 * part that must never appear in any output.
 */
import { base58 } from '@scure/base';
import { generateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { generateKeyPairSync, randomBytes, randomInt, randomUUID } from 'node:crypto';

/** One planted secret. `multiline` values are written as blocks (PEM). */
export interface SecretValue {
  readonly type: string;
  /** The rule that must report it. */
  readonly rule: string;
  readonly name: string;
  readonly literal: string;
  /** The sensitive part: no six characters of it (two words of a mnemonic) may appear in any output. */
  readonly secret: string;
  readonly multiline?: boolean;
  /** The public prefix of a token format (`ghp_`): printed in docs and links, so outputs may hold it. */
  readonly prefix?: string;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
/** Random characters with a digit and a letter among them, as every real key of these shapes has. */
function keyLike(alphabet: string, n: number): string {
  for (;;) {
    const made = pick(alphabet, n);
    if (/[0-9]/.test(made) && /[A-Za-z]/.test(made)) return made;
  }
}
const alnum = (n: number) => keyLike(ALNUM, n);
const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const digits = (n: number) => pick('123456789', 1) + pick('0123456789', n - 1);
const one = <T>(list: readonly T[]): T => list[randomInt(list.length)];

const KEY = 'credentials-in-connectors/private-key';
const TOKEN = 'credentials-in-connectors/provider-token';
const URL_RULE = 'credentials-in-connectors/keyed-url';
const HOOK = 'credentials-in-connectors/webhook-secret';
const SERVICE = 'api-keys-scoped/service-key';

function value(type: string, rule: string, name: string, literal: string, secret = literal): SecretValue {
  return { type, rule, name, literal, secret };
}

/** A token of a format with a public prefix: the prefix, then the secret part. */
function token(type: string, rule: string, name: string, prefix: string, rest: string): SecretValue {
  return { type, rule, name, literal: `${prefix}${rest}`, secret: `${prefix}${rest}`, prefix };
}

function solanaKeypair(): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(16);
  return Buffer.concat([seed, publicKey.export({ format: 'der', type: 'spki' }).subarray(12)]);
}

function pem(): SecretValue {
  const block = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ format: 'pem', type: 'sec1' }).toString().trim();
  const body = block.replace(/-----[^-]+-----/g, '').replace(/\s/g, '');
  return { type: 'pem', rule: KEY, name: 'signing_key', literal: block, secret: body, multiline: true };
}

/** One generator per secret type. */
export const GENERATORS: ReadonlyArray<() => SecretValue> = [
  () => { const h = hex(32); return value('evm-0x', KEY, one(['privateKey', 'PRIVATE_KEY', 'deployerPrivateKey', 'signer', 'DEPLOYER_PK']), `0x${h}`, h); },
  () => { const h = hex(32); return value('evm-bare', KEY, one(['private_key', 'walletSecret', 'ownerPrivateKey']), h); },
  () => { const h = hex(32).toUpperCase(); return value('evm-upper', KEY, 'SIGNER_PRIVATE_KEY', `0x${h}`, h); },
  () => value('mnemonic', 'credentials-in-connectors/mnemonic', 'mnemonic', generateMnemonic(wordlist, one([128, 160, 192, 224, 256]))),
  () => value('solana-base58', KEY, 'solanaKey', base58.encode(solanaKeypair())),
  () => { const list = `[${[...solanaKeypair()].join(', ')}]`; return value('solana-array', KEY, 'keypair', list); },
  pem,
  () => { const k = hex(16); return value('rpc-infura', URL_RULE, 'rpcUrl', `https://mainnet.infura.io/v3/${k}`, k); },
  () => { const k = alnum(32); return value('rpc-alchemy', URL_RULE, 'RPC_URL', `https://base-mainnet.g.alchemy.com/v2/${k}`, k); },
  () => { const k = hex(32); return value('rpc-ankr', URL_RULE, 'rpc', `https://rpc.ankr.com/eth/${k}`, k); },
  () => { const k = randomUUID(); return value('rpc-helius', URL_RULE, 'solanaRpc', `https://mainnet.helius-rpc.com/?api-key=${k}`, k); },
  () => { const p = alnum(18); return value('basic-auth', URL_RULE, 'endpoint', `https://deploy:${p}@rpc.acme.example/v1`, p); },
  () => { const p = alnum(20); return value('db-url', URL_RULE, 'DATABASE_URL', `postgres://app:${p}@db.acme.example:5432/payouts`, p); },
  () => { const s = alnum(32); return token('whsec', HOOK, 'stripeWebhook', 'whsec_', s); },
  () => { const s = alnum(40); return value('signing-secret', HOOK, 'signingSecret', s); },
  () => { const t = `T${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)}/B${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${alnum(24)}`; return value('slack-webhook', HOOK, 'slackHook', `https://hooks.slack.com/services/${t}`, t); },
  () => { const t = pick(ALNUM + '_-', 68); return value('discord-webhook', HOOK, 'discordHook', `https://discord.com/api/webhooks/${digits(18)}/${t}`, t); },
  () => token('slack-token', TOKEN, 'slackToken', 'xoxb-', `${digits(11)}-${digits(13)}-${alnum(24)}`),
  () => value('telegram', TOKEN, 'TELEGRAM_BOT_TOKEN', `${digits(10)}:AA${pick(ALNUM + '_-', 33)}`),
  () => token('github-pat', TOKEN, 'GH_TOKEN', 'ghp_', alnum(36)),
  () => token('github-fine', TOKEN, 'githubToken', 'github_pat_', `${alnum(22)}_${alnum(59)}`),
  () => token('gitlab', TOKEN, 'gitlabToken', 'glpat-', alnum(20)),
  () => token('aws-key-id', TOKEN, 'aws_access_key_id', 'AKIA', pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)),
  () => value('aws-secret', TOKEN, 'aws_secret_access_key', keyLike(ALNUM + '/+', 40)),
  () => token('stripe', TOKEN, 'stripeKey', 'sk_live_', alnum(32)),
  () => token('npm', TOKEN, 'NPM_TOKEN', 'npm_', alnum(36)),
  () => token('b3os', 'api-keys-scoped/b3os-key', 'B3OS_API_KEY', 'b3sk_', alnum(40)),
  () => token('openai', SERVICE, 'OPENAI_API_KEY', 'sk-proj-', `${pick(ALNUM + '_-', 74)}T3BlbkFJ${pick(ALNUM + '_-', 74)}`),
  () => token('anthropic', SERVICE, 'anthropicKey', 'sk-ant-api03-', `${pick(ALNUM + '_-', 93)}AA`),
  () => token('google', SERVICE, 'mapsKey', 'AIza', pick(ALNUM + '_-', 35)),
  () => value('api-key', SERVICE, one(['apiKey', 'X_API_KEY', 'etherscanApiKey']), alnum(32)),
];

/** A fresh secret of one type (as the generators name them: `evm-0x`, `mnemonic`, `github-pat`, …). */
export function secretOf(type: string): SecretValue {
  for (const generate of GENERATORS) {
    const made = generate();
    if (made.type === type) return made;
  }
  throw new Error(`no generator makes secrets of type ${type}`);
}
