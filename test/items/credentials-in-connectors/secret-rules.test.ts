import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { secretOf } from '../../support/secrets/values.js';
import { at } from '../connectors-scoped/fixtures.js';

/** A file holding `text`, and the place of `needle` in it, for a case expecting one finding there (with `hint`, when given). */
const planted = (path: string, text: string, needle: string, severity: 'error' | 'warning' = 'error', hint?: RegExp) => ({ files: { [path]: text }, expected: [{ ...at(path, text, needle), severity, ...(hint && { hint }) }] });
/** The hint of a secret found in a file: rotate it first, then keep it where `keepItIn` says. */
const rotateAndKeepIn = (keepItIn: string) => new RegExp(`^revoke or rotate it first \\(it is in the branch history already\\), then remove it; keep it in ${keepItIn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
/** An expected key found at `needle`, as an error. */
const keyAt = (path: string, text: string, needle: string) => ({ ...at(path, text, needle), severity: 'error' as const });

/** Twelve list words whose checksum fails: a fresh phrase with its last word changed until it no longer validates. */
function badChecksum(): string {
  const words = generateMnemonic(wordlist, 128).split(' ');
  for (const last of wordlist) {
    const phrase = [...words.slice(0, 11), last].join(' ');
    if (!validateMnemonic(phrase, wordlist)) return phrase;
  }
  throw new Error('unreachable: most last words fail the checksum');
}

/** A file holding `text`, expecting one finding right after the (unique) `marker`. */
function after(path: string, text: string, marker: string) {
  if (text.split(marker).length !== 2) throw new Error(`fixture: ${JSON.stringify(marker)} is not in the text exactly once`);
  const before = text.slice(0, text.indexOf(marker) + marker.length).split('\n');
  return { files: { [path]: text }, expected: [{ file: path, line: before.length, column: before[before.length - 1].length + 1, severity: 'error' as const }] };
}

/**
 * A fresh 12-word phrase with two list words before it and one after, such that no other window
 * of the 15-word run is a phrase: only the inner one can be found.
 */
function phraseInRun(): string[] {
  for (;;) {
    const run = ['zoo', 'zone', ...generateMnemonic(wordlist, 128).split(' '), 'zero'];
    const others = [run.slice(0, 15), run.slice(0, 12), run.slice(1, 13), run.slice(3, 15)];
    if (!others.some((w) => validateMnemonic(w.join(' '), wordlist))) return run;
  }
}

// The published Hardhat/Anvil account #0 key, split so no scanner reads it as a key in this file.
const HARDHAT_0 = ['ac0974bec39a17e36ba4a6b4d238ff94', '4bacb478cbed5efcae784d7bf4f2ff80'].join('');

describe('credentials-in-connectors/private-key', () => {
  const evm = secretOf('evm-0x');
  const bare = secretOf('evm-bare');
  const sol = secretOf('solana-array');
  const pem = secretOf('pem');
  const hash = `0x${randomBytes(32).toString('hex')}`;
  const hash2 = `0x${randomBytes(32).toString('hex')}`;
  const [k1, k2] = [randomBytes(32).toString('hex'), randomBytes(32).toString('hex')];
  const accountsText = `export default {\n  networks: {\n    base: { url: process.env.RPC, accounts: ["0x${k1}", "0x${k2}"] },\n  },\n};\n`;
  const keysJson = `{\n  "privateKeys": [\n    "${k1}",\n    "${k2}"\n  ],\n  "chain": "base"\n}\n`;
  const keysYaml = `chain: base\nprivateKeys:\n  - 0x${k1}\n  - 0x${k2}\nrpc: https://mainnet.base.org\n`;
  const envText = `LOG_LEVEL=info\nPRIVATE_KEY=${evm.literal}\n`;
  const scriptText = `#!/usr/bin/env bash\ncast send --private-key ${bare.literal} "$TO"\n`;
  const keypairText = `${sol.literal}\n`;
  const prettierKeypair = `const signer = Keypair.fromSecretKey(\n  Uint8Array.from([\n    ${sol.literal.slice(1, -1).split(', ').join(',\n    ')},\n  ]),\n);\n`;
  const pemText = `export const key = \`${pem.literal}\`;\n`;
  const hardhatText = `# Local node\n\nUse \`privateKey: "0x${HARDHAT_0}"\` against Anvil.\n`;
  it('reports private keys under key names and keypairs, never hashes', () =>
    checkRuleTable('credentials-in-connectors/private-key', [
      { name: 'a transaction hash in docs', files: { 'docs/runs.md': `The sweep landed in tx \`${hash}\`.\n` }, expected: [] },
      { name: 'a transaction hash after "ops wallet" in a runbook', files: { 'docs/runbooks/sweep.md': `Sent from the ops wallet ${hash} at 09:00.\n` }, expected: [] },
      { name: 'a key under DEPLOYER_PK', ...planted('deploy/.env.pk', `DEPLOYER_PK=${evm.literal}\n`, evm.literal) },
      { name: 'a key under hotWallet', ...planted('config/hot.yaml', `hotWallet: ${evm.literal}\n`, evm.literal) },
      { name: 'an event topic in a payload', files: { 'config/topics.json': `{ "topic0": "${hash}" }\n` }, expected: [] },
      { name: 'a key variable with a reference', files: { 'deploy/.env': 'PRIVATE_KEY=${{ secrets.DEPLOYER_KEY }}\n' }, expected: [] },
      { name: 'an EVM key in a .env file', ...planted('deploy/.env', envText, evm.literal, 'error', rotateAndKeepIn('a B3OS organization wallet (signing happens in B3OS, never with a key in the repository)')) },
      { name: 'a bare EVM key after --private-key in a shell script', ...planted('scripts/deploy.sh', scriptText, bare.literal) },
      { name: 'a Solana keypair as a JSON byte array', ...planted('keys/id.json', keypairText, sol.literal) },
      { name: 'a Solana keypair as a byte array with a trailing comma', ...planted('scripts/signer.ts', prettierKeypair, '[\n') },
      { name: 'a PEM key in SDK TypeScript', ...planted('packages/sdk/actions/sign/execute.ts', pemText, '-----BEGIN') },
      { name: 'a real key after a zero placeholder in the same file', ...planted('config/keys.yaml', `privateKey: 0x${'0'.repeat(64)}\nsignerPrivateKey: ${evm.literal}\n`, evm.literal) },
      { name: 'the published Hardhat key: a warning', ...planted('docs/local.md', hardhatText, `0x${HARDHAT_0}`, 'warning', /^use a key of your own kept in a B3OS organization wallet \(signing happens in B3OS, never with a key in the repository\); anyone can spend from a published test key$/) },
      { name: 'a hash under its own name inside a wallet block', files: { 'ops/wallet.yaml': `wallet:\n  address: 0x${'ab'.repeat(20)}\n  lastTxHash: ${hash}\n` }, expected: [] },
      { name: 'hashes in a list under a name that holds no key', files: { 'config/topics.ts': `export const topics = ["${hash}", "${hash2}"];\n` }, expected: [] },
      { name: 'every key of a Hardhat accounts list', files: { 'hardhat.config.ts': accountsText }, expected: [keyAt('hardhat.config.ts', accountsText, `0x${k1}`), keyAt('hardhat.config.ts', accountsText, `0x${k2}`)] },
      { name: 'Hardhat account #0 in an accounts list: a warning', ...planted('hardhat.local.ts', `export default { networks: { local: { accounts: ["0x${HARDHAT_0}"] } } };\n`, `0x${HARDHAT_0}`, 'warning') },
      { name: 'every key of a privateKeys array over several lines', files: { 'config/signers.json': keysJson }, expected: [keyAt('config/signers.json', keysJson, k1), keyAt('config/signers.json', keysJson, k2)] },
      { name: 'every key of a YAML list', files: { 'ops/signers.yaml': keysYaml }, expected: [keyAt('ops/signers.yaml', keysYaml, `0x${k1}`), keyAt('ops/signers.yaml', keysYaml, `0x${k2}`)] },
      { name: 'a key in a folder named vendor inside the repository', ...planted('workflows/vendor/workflow.json', `{ "privateKey": "${evm.literal}" }\n`, evm.literal) },
      { name: 'a key in a runbook under docs/runbooks/vendor', ...planted('docs/runbooks/vendor/rotate.md', envText, evm.literal) },
      { name: 'vendored code at the root and installed packages anywhere are not scanned', files: { 'vendor/lib/.env': envText, 'packages/sdk/node_modules/x/.env': envText, 'third_party/x/keys.env': envText }, expected: [] },
      { name: 'a plain-text key file named .db', ...planted('ops/keys.db', envText, evm.literal) },
      { name: 'a plain-text key file named .bin', ...planted('ops/signer.bin', `PRIVATE_KEY=${bare.literal}\n`, bare.literal) },
      { name: 'a real binary named .bin', files: { 'ops/signer.bin': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, ...Buffer.from(envText)]) }, expected: [] },
      { name: 'a key in a YAML block scalar on the next line', ...planted('ops/signer.yaml', `signer:\n  privateKey: |\n    ${k1}\n  chain: base\n`, k1) },
    ]));
});

describe('credentials-in-connectors/mnemonic', () => {
  const phrase = secretOf('mnemonic').literal;
  const long = generateMnemonic(wordlist, 256).split(' ');
  const folded = `environment: prod\nowner: "@acme/ops"\nrecovery: >-\n  ${long.slice(0, 12).join(' ')}\n  ${long.slice(12).join(' ')}\n`;
  const runbook = `# Recovery\n\nRestore the hot wallet from:\n\n    ${phrase}\n`;
  const testPhrase = [...Array<string>(11).fill('test'), 'junk'].join(' ');
  const words = secretOf('mnemonic').literal.split(' ');
  const numbered = `# Recovery\n\n${words.map((w, i) => `${i + 1}. ${w}`).join('\n')}\n`;
  const numberedBad = `# Recovery\n\n${badChecksum().split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n')}\n`;
  const inner = phraseInRun();
  const hardhat = `// hardhat.config.ts\nexport default { networks: { hardhat: { accounts: { mnemonic: "${testPhrase}" } } } };\n`;
  it('reports checksum-valid phrases of the English list', () =>
    checkRuleTable('credentials-in-connectors/mnemonic', [
      { name: 'twelve list words failing the checksum', files: { 'docs/words.md': `Words: ${badChecksum()}\n` }, expected: [] },
      { name: 'prose of list words', files: { 'docs/about.md': 'We build simple tools that help every team move funds with less risk and more trust over time.\n' }, expected: [] },
      { name: 'a 12-word phrase in a runbook', ...planted('workflows/ops/RUNBOOK.md', runbook, phrase, 'error', rotateAndKeepIn('a B3OS organization wallet or a hardware wallet, never in the repository')) },
      { name: 'a 24-word phrase folded over two YAML lines', ...planted('workflows/ops/b3os.yaml', folded, long.slice(0, 12).join(' ')) },
      { name: 'the Hardhat test mnemonic: a warning', ...planted('hardhat.config.ts', hardhat, testPhrase, 'warning') },
      { name: 'a numbered list', ...after('docs/runbooks/recovery.md', numbered, '\n1. ') },
      { name: 'a numbered list failing the checksum', files: { 'docs/runbooks/recovery.md': numberedBad }, expected: [] },
      // Labels stay outside the English list: "seed", "type" and "now" are in it and would join the run.
      { name: 'a JSON array of words', ...after('ops/recovery.json', `{ "mnemonic": ${JSON.stringify(words)} }\n`, '["') },
      { name: 'a YAML list', ...after('ops/seed.yaml', `owner: ops\nwords:\n${words.map((w) => `  - ${w}`).join('\n')}\n`, ':\n  - ') },
      { name: 'comma-separated', ...after('docs/recovery.txt', `Mnemonic: ${words.join(', ')}\n`, 'Mnemonic: ') },
      { name: 'a phrase inside a longer run of list words', ...after('docs/restore.md', `Restore: ${inner.join(' ')}.\n`, `Restore: ${inner[0]} ${inner[1]} `) },
    ]));
});

describe('credentials-in-connectors/provider-token', () => {
  const gh = secretOf('github-pat').literal;
  const slack = secretOf('slack-token').literal;
  const tg = secretOf('telegram').literal;
  const aws = secretOf('aws-key-id').literal;
  const botUrl = `{ "name": "Notify", "definition": { "nodes": { "post": { "type": "send-webhook", "payload": { "url": "https://api.telegram.org/bot${tg}/sendMessage" } } } } }\n`;
  const workflow = `{ "name": "Notify", "definition": { "nodes": { "post": { "type": "send-telegram-message", "payload": { "text": "{{concat('${tg}', 'x')}}" } } } } }\n`;
  it('reports provider tokens that belong in a connector', () =>
    checkRuleTable('credentials-in-connectors/provider-token', [
      { name: 'placeholder tokens in docs', files: { 'docs/guides/tokens.md': `GH_TOKEN=ghp_${'x'.repeat(36)}\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n` }, expected: [] },
      { name: 'a token read from the secret store', files: { '.github/workflows/deploy.yml': 'env:\n  GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n' }, expected: [] },
      { name: 'a GitHub token in a shell script', ...planted('scripts/release.sh', `export GH_TOKEN="${gh}"\n`, gh, 'error', rotateAndKeepIn('a B3OS connector of that provider, referenced by its `conn_…` id')) },
      { name: 'a Slack bot token in a YAML file of any name', ...planted('ops/notify.yml', `slack:\n  token: ${slack}\n`, slack) },
      { name: 'a Telegram token inside an expression of a payload', ...planted('workflows/notify/workflow.json', workflow, tg) },
      { name: 'an AWS access key id in docs', ...planted('docs/guides/aws.md', `Set \`aws_access_key_id = ${aws}\`.\n`, aws) },
      { name: 'a Telegram token after /bot in a send-webhook URL', ...planted('workflows/tg/workflow.json', botUrl, tg) },
      { name: 'a Telegram token after /bot in a script', ...planted('scripts/notify.sh', `curl -s "https://api.telegram.org/bot${tg}/sendMessage" -d chat_id=42\n`, tg) },
    ]));
});

describe('credentials-in-connectors/keyed-url', () => {
  const infura = secretOf('rpc-infura');
  const basic = secretOf('basic-auth');
  const helius = secretOf('rpc-helius');
  const redisPassword = secretOf('db-url').secret;
  it('reports URLs carrying a provider key or a password', () =>
    checkRuleTable('credentials-in-connectors/keyed-url', [
      { name: 'a URL with a reference to the key', files: { 'config/rpc.json': '{ "rpc": "https://mainnet.infura.io/v3/${INFURA_KEY}" }\n' }, expected: [] },
      { name: 'a public RPC URL', files: { 'config/rpc.json': '{ "rpc": "https://mainnet.base.org" }\n' }, expected: [] },
      { name: 'an Infura key in a URL', ...planted('config/rpc.json', `{ "rpc": "${infura.literal}" }\n`, infura.secret, 'error', rotateAndKeepIn('a B3OS connector or the secret store of the service that calls the URL')) },
      { name: 'a password in a URL', ...planted('docs/api/deploy.md', `POST to \`${basic.literal}\`\n`, basic.secret) },
      { name: 'a password in a URL with an empty user', ...planted('deploy/.env', `REDIS_URL=redis://:${redisPassword}@cache.acme.example:6379/0\n`, redisPassword) },
      { name: 'a URL with a port and no credentials', files: { 'deploy/.env': 'REDIS_URL=redis://cache.acme.example:6379/0\n' }, expected: [] },
      { name: 'a key in a URL query', ...planted('workflows/solana/b3os.yaml', `environment: prod\nrpc: ${helius.literal}\n`, helius.secret) },
    ]));
});

describe('credentials-in-connectors/webhook-secret', () => {
  const whsec = secretOf('whsec').literal;
  const slackHook = secretOf('slack-webhook');
  const signing = secretOf('signing-secret').literal;
  it('reports signing secrets and secret webhook URLs', () =>
    checkRuleTable('credentials-in-connectors/webhook-secret', [
      { name: 'a placeholder signing secret in docs', files: { 'docs/hooks.md': `STRIPE_WEBHOOK_SECRET=whsec_${'x'.repeat(32)}\n` }, expected: [] },
      { name: 'a signing secret read from the environment', files: { 'src/hook.ts': 'const signingSecret = process.env.SIGNING_SECRET;\n' }, expected: [] },
      { name: 'a whsec_ secret in TypeScript', ...planted('src/hook.ts', `const secret = '${whsec}';\n`, whsec, 'error', rotateAndKeepIn("a B3OS connector (Slack, Discord) or the receiver's secret store")) },
      { name: 'a Slack incoming-webhook URL', ...planted('environments/prod.yaml', `orgId: org_acme\nslackHook: ${slackHook.literal}\n`, slackHook.secret) },
      { name: 'a random value under a signing-secret name', ...planted('deploy/.env.prod', `SIGNING_SECRET=${signing}\n`, signing) },
    ]));
});

describe('api-keys-scoped/b3os-key', () => {
  const key = secretOf('b3os').literal;
  const table = `# API\n\n| Setting | Value |\n|---|---|\n| \`B3OS_API_KEY\` | \`${key}\` |\n`;
  const curl = `# Deploy\n\n\`\`\`sh\ncurl -H "Authorization: Bearer ${key}" https://api.b3os.org/v1/workflows\n\`\`\`\n`;
  it('reports B3OS API keys anywhere', () =>
    checkRuleTable('api-keys-scoped/b3os-key', [
      { name: 'a placeholder key in a curl example', files: { 'docs/deploy.md': '```sh\ncurl -H "Authorization: Bearer b3sk_your_api_key_here" https://api.b3os.org/v1/workflows\n```\n' }, expected: [] },
      { name: 'the key format named in prose', files: { 'docs/api.md': 'B3OS keys start with `b3sk_` and live in the secret store.\n' }, expected: [] },
      { name: 'a key in a docs table cell', ...planted('docs/api.md', table, key, 'error', rotateAndKeepIn('the secret store of the one service that uses it (a GitHub Actions secret, a secret manager), inventoried under `apiKeys`')) },
      { name: 'a key in a curl example', ...planted('docs/deploy.md', curl, key) },
    ]));
});

describe('api-keys-scoped/service-key', () => {
  const anthropic = secretOf('anthropic').literal;
  const random = secretOf('api-key');
  const openapi = `openapi: 3.0.3\ninfo:\n  title: Acme\n  version: "1"\npaths: {}\ncomponents:\n  examples:\n    auth:\n      value:\n        apiKey: ${random.literal}\n`;
  it('reports other services\' keys', () =>
    checkRuleTable('api-keys-scoped/service-key', [
      { name: 'a placeholder under an API-key name', files: { 'docs/setup.md': 'apiKey: "<your key>"\n' }, expected: [] },
      { name: 'an uuid under a request-id name', files: { 'docs/setup.md': `requestId: ${crypto.randomUUID()}\n` }, expected: [] },
      { name: 'an Anthropic key in SDK TypeScript', ...planted('packages/sdk/actions/ask/execute.ts', `const client = new Anthropic({ apiKey: '${anthropic}' });\n`, anthropic, 'error', rotateAndKeepIn('the secret store of the service that uses it, inventoried under `apiKeys`')) },
      { name: 'a random value under an API-key name in an OpenAPI example', ...planted('openapi/acme.yaml', openapi, random.literal) },
    ]));
});

describe.each(['credentials-in-connectors/unscanned-file', 'api-keys-scoped/unscanned-file'])('%s', (rule) => {
  const notUtf8 = new Uint8Array([0x7b, 0x22, 0x6b, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
  const big = `# Notes\n\n${'All clear. '.repeat(200)}\n`;
  const limit = { '.github/b3os-readiness.yml': 'limits:\n  maxFileBytes: 1024\n' };
  it('makes its item incomplete for a file it could not scan', () =>
    checkRuleTable(rule, [
      { name: 'an image is skipped unread', files: { 'docs/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0xfe]) }, expected: [] },
      { name: 'a small text file under a low limit', files: { ...limit, 'docs/notes.md': '# Notes\n\nAll clear.\n' }, expected: [] },
      { name: 'a JSON file that is not UTF-8', files: { 'config/settings.json': notUtf8 }, expected: [{ file: 'config/settings.json', line: 1, column: 1, severity: 'error', unverified: true, message: /not UTF-8 text$/ }] },
      { name: 'a text file over the size limit', files: { ...limit, 'docs/notes.md': big }, expected: [{ file: 'docs/notes.md', line: 1, column: 1, severity: 'error', unverified: true, message: /over the 1 KiB limit/ }] },
    ]));
});
