/**
 * The hostile review's reproductions (2026-12-07): each a change on top of `main` that hid a
 * secret from the scanner or had it echoed. Each asserts the finding (rule, severity, file, line,
 * column) and that no output format repeats six characters of the secret.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/core/redact.js';
import { LOG_WORKFLOW, cli } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
const repos: FixtureRepo[] = [];
afterAll(() => Promise.all(repos.map((r) => r.cleanup())));

interface Found {
  ruleId: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
}

/** A repository whose `main` holds one valid workflow and whose head adds `files`; the check of head against main in every format. */
async function attack(files: Record<string, string>): Promise<{ findings: Found[]; outputs: Record<string, string> }> {
  const repo = await createRepo();
  repos.push(repo);
  await repo.write('workflows/hourly/workflow.json', LOG_WORKFLOW);
  await repo.commit('main');
  await repo.git('checkout', '--quiet', '-b', 'attack');
  for (const [path, text] of Object.entries(files)) await repo.write(path, text);
  await repo.commit('attack');
  const outputs: Record<string, string> = {};
  for (const format of FORMATS) {
    const run = await cli(repo.dir, 'check', '--base', 'main', '--format', format);
    outputs[format] = run.stdout + run.stderr;
  }
  const report = JSON.parse(outputs.json) as { items: { findings: (Found & { location?: { file: string; line: number; column: number } })[] }[] };
  const findings = report.items.flatMap((i) => i.findings).map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.location?.file ?? f.file, line: f.location?.line ?? f.line, column: f.location?.column ?? f.column }));
  return { findings, outputs };
}

/** Every six characters in a row of `secret` found in any output, by format. */
function leaks(outputs: Record<string, string>, secret: string): Record<string, string[]> {
  const windows = new Set<string>();
  for (let i = 0; i + 6 <= secret.length; i++) windows.add(secret.slice(i, i + 6));
  return Object.fromEntries(
    Object.entries(outputs).map(([format, raw]) => {
      const out = raw.replace(/\\?\(fingerprint [0-9a-f]{8}\\?\)|"(?:fingerprint|b3osReadiness\/v1)":\s*"[0-9a-f]{8}"/g, '');
      const found = new Set<string>();
      for (let i = 0; i + 6 <= out.length; i++) if (windows.has(out.slice(i, i + 6))) found.add(out.slice(i, i + 6));
      return [format, [...found]];
    }),
  );
}

const NONE = Object.fromEntries(FORMATS.map((f) => [f, []]));
/** Where `needle` is in `text` (1-based line and column). */
function place(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
const secretFindings = (findings: Found[], rule: string) => findings.filter((f) => f.ruleId === rule);
const hex64 = () => randomBytes(32).toString('hex');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const alnum = (n: number) => Array.from(randomBytes(n), (b) => ALNUM[b % ALNUM.length]).join('');

describe('hostile review', () => {
  it('c04: a key as the fallback of a {{…}} expression is found and never echoed', async () => {
    const key = hex64();
    const workflow = LOG_WORKFLOW.replace('"message": "hi"', `"message": "hi", "privateKey": "{{$vars.signer || '0x${key}'}}"`);
    const { findings, outputs } = await attack({ 'workflows/signer/workflow.json': workflow });
    expect(secretFindings(findings, 'credentials-in-connectors/private-key')).toEqual([{ ruleId: 'credentials-in-connectors/private-key', severity: 'error', file: 'workflows/signer/workflow.json', ...place(workflow, `0x${key}`) }]);
    expect(leaks(outputs, key)).toEqual(NONE);
  }, 60_000);

  it('c15: a key hidden by a JSON \\u escape is found at its string and its decoded value never echoed', async () => {
    const tail = alnum(32);
    const workflow = LOG_WORKFLOW.replace('"message": "hi"', `"message": "{{ $nodes.ghost.result.value + 'sk\\u005flive_${tail}' }}"`);
    const { findings, outputs } = await attack({ 'workflows/stripe/workflow.json': workflow });
    expect(secretFindings(findings, 'credentials-in-connectors/provider-token')).toEqual([{ ruleId: 'credentials-in-connectors/provider-token', severity: 'error', file: 'workflows/stripe/workflow.json', ...place(workflow, 'sk\\u005flive_') }]);
    // The validator quotes the expression decoded: the redactor masks it.
    expect(findings.some((f) => f.ruleId.startsWith('definition-validates/'))).toBe(true);
    expect(leaks(outputs, tail)).toEqual(NONE);
  }, 60_000);

  it('the redactor masks every kind the scan knows, secretlint-only formats included, and escaped values', () => {
    const redact = createRedactor([]);
    for (const token of [`sk_live_${alnum(32)}`, `sk-proj-${alnum(40)}`, `SG.${alnum(22)}.${alnum(43)}`]) expect(redact(`token ${token} end`)).toBe('token [redacted] end');
    const tail = alnum(32);
    expect(redact(`"k": "sk\\u005flive_${tail}"`)).not.toContain(tail.slice(0, 6));
    // A random tail without a digit (about 1 in 280 of 32 characters) is a token too.
    const letters = 'AXyAZDlUsqHYTxTeyIRvaaibDSVAUToh';
    expect(redact(`token sk_live_${letters} end`)).toBe('token [redacted] end');
    expect(redact('see sk_live_placeholder_for_docs here')).toBe('see sk_live_placeholder_for_docs here');
  });

  it('c16: a secret in a file name is a finding at the start of the file, and the path is masked in every output', async () => {
    const gh = `ghp_${alnum(36)}`;
    const stripe = `sk_live_${alnum(32)}`;
    const key = hex64();
    const { findings, outputs } = await attack({ [`keys/${gh}.txt`]: 'rotate me\n', [`keys/${stripe}.env`]: `PRIVATE_KEY=0x${key}\n` });
    const masked = (f: Found) => ({ ...f, file: f.file?.replace(/keys\/.*\.(txt|env)$/, 'keys/*.$1') });
    expect(secretFindings(findings, 'credentials-in-connectors/provider-token').map(masked)).toEqual([
      { ruleId: 'credentials-in-connectors/provider-token', severity: 'error', file: 'keys/*.txt', line: 1, column: 1 },
      { ruleId: 'credentials-in-connectors/provider-token', severity: 'error', file: 'keys/*.env', line: 1, column: 1 },
    ]);
    expect(secretFindings(findings, 'credentials-in-connectors/private-key').map(masked)).toEqual([{ ruleId: 'credentials-in-connectors/private-key', severity: 'error', file: 'keys/*.env', line: 1, column: 13 }]);
    expect(leaks(outputs, gh.slice(4) + stripe.slice(8) + key)).toEqual(NONE);
  }, 60_000);

  it('c03: a Telegram bot token (bot<id>:AA…) in a --config file is never echoed by its error', async () => {
    const token = `${String(1_000_000_000 + (randomBytes(3).readUIntBE(0, 3)))}:AA${alnum(33)}`;
    const repo = await createRepo();
    repos.push(repo);
    await repo.write('workflows/hourly/workflow.json', LOG_WORKFLOW);
    await repo.write('tg.yml', `version: 1\npolicy:\n  "bot${token}": 2\n`);
    await repo.commit('main');
    const outputs: Record<string, string> = {};
    for (const format of FORMATS) {
      const run = await cli(repo.dir, 'check', '--all', '--config', 'tg.yml', '--format', format);
      outputs[format] = run.stdout + run.stderr;
    }
    expect(outputs.text).toMatch(/policy/);
    expect(leaks(outputs, token.slice(token.indexOf(':')))).toEqual(NONE);
  }, 60_000);

  it('c19: a token split by a YAML escaped line break is found at its string and never echoed', async () => {
    const gh = `ghp_${alnum(36)}`;
    const yaml = `deploy:\n  token: "${gh.slice(0, 18)}\\\n    ${gh.slice(18)}"\n`;
    const { findings, outputs } = await attack({ 'config/deploy.yaml': yaml });
    expect(secretFindings(findings, 'credentials-in-connectors/provider-token')).toEqual([{ ruleId: 'credentials-in-connectors/provider-token', severity: 'error', file: 'config/deploy.yaml', ...place(yaml, gh.slice(0, 18)) }]);
    expect(leaks(outputs, gh.slice(4))).toEqual(NONE);
  }, 60_000);

  it('c20: a secret key split by a YAML escaped line break in a waiver reason is never echoed', async () => {
    const secret = `${alnum(20)}/${alnum(19)}`;
    const config = `waivers:\n  - rule: definition-validates\n    reason: "rotated; aws_secret_access_key=${secret.slice(0, 20)}\\\n      ${secret.slice(20)}"\n    approver: "@acme/platform"\n    expires: 2026-12-31\n`;
    const { findings, outputs } = await attack({ '.github/b3os-readiness.yml': config });
    expect(findings.filter((f) => f.file === '.github/b3os-readiness.yml' && f.ruleId.startsWith('credentials-in-connectors/')).map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`)).toEqual([`credentials-in-connectors/provider-token error 3:${place(config, secret.slice(0, 20)).column}`]);
    expect(leaks(outputs, secret)).toEqual(NONE);
  }, 60_000);

  it('c21: a secret the change removes from a schema is never echoed by the finding about its removal', async () => {
    const key = hex64();
    const example = join(import.meta.dirname, '../../examples/acme-b3os');
    const schema = 'packages/sdk/actions/acme-treasury-sweep/schema.ts';
    const repo = await createRepo();
    repos.push(repo);
    for (const entry of readdirSync(example, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) await repo.write(relative(example, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
    }
    const original = readFileSync(join(example, schema), 'utf8');
    await repo.write(schema, `${original.replace('    tokenAddress: {', `    '0x${key}': { type: 'string', description: 'x' },\n    tokenAddress: {`)}const PRIVATE_KEY = '0x${key}';\n`);
    await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'attack');
    await repo.write(schema, original);
    await repo.commit('attack');
    const outputs: Record<string, string> = {};
    for (const format of FORMATS) outputs[format] = ((run) => run.stdout + run.stderr)(await cli(repo.dir, 'check', '--base', 'main', '--format', format));
    expect(outputs.text).toMatch(/removing `payloadSchema\.0x\[redacted\]` of `acme-treasury-sweep`/);
    expect(leaks(outputs, key)).toEqual(NONE);
  }, 60_000);
});

