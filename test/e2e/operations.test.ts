import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/acme-b3os');
let copies: string[] = [];

afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

/** A copy of the example repository with `edits` applied (file → [from, to]); throws when `from` is not there. */
function exampleWith(edits: Record<string, [string, string]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'acme-b3os-'));
  copies.push(dir);
  cpSync(EXAMPLE, dir, { recursive: true });
  for (const [file, [from, to]] of Object.entries(edits)) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes(from)) throw new Error(`edit: ${from} not in ${file}`);
    writeFileSync(join(dir, file), text.replace(from, to));
  }
  return dir;
}

async function operations(dir: string): Promise<Record<string, { status: string; findings: string[] }>> {
  const { stdout } = await cli(dir, 'check', '--repo', dir, '--all', '--format', 'json');
  const items = JSON.parse(stdout).items.filter((i: any) => ['failure-paths-observable', 'webhooks-verified', 'templates-portable'].includes(i.id));
  return Object.fromEntries(items.map((i: any) => [i.id, { status: i.status, findings: i.findings.map((f: any) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`) }]));
}

describe('failure paths, webhooks and templates on the embedded example', () => {
  it('pass as the example stands', async () => {
    expect(await operations(EXAMPLE)).toEqual({
      'failure-paths-observable': { status: 'pass', findings: [] },
      'webhooks-verified': { status: 'pass', findings: [] },
      'templates-portable': { status: 'pass', findings: [] },
    });
  });

  it('fail on a webhook that loses deliveries, a wait without timed_out branch and a concrete connector in the template', async () => {
    const dir = exampleWith({
      'environments/prod.yaml': ['    maxRetries: 5\n', '    maxRetries: 0\n'],
      'workflows/invoice-webhook/workflow.json': ['"children": ["booking_overdue"]', '"children": []'],
      'templates/low-balance-alert/template.json': ['"connector": { "type": "slack" }', '"connector": { "type": "slack", "id": "conn_ops_slack" }'],
    });
    const result = await operations(dir);
    expect(result['failure-paths-observable'].status).toBe('fail');
    // vendor-payout tells Slack on its else branch, so only treasury-sweep's failures reach no one.
    expect(result['failure-paths-observable'].findings).toEqual([
      'failure-paths-observable/execution-webhook environments/prod.yaml:25:17',
      'failure-paths-observable/wait-timeout workflows/invoice-webhook/workflow.json:50:21',
      'failure-paths-observable/funds-notification workflows/treasury-sweep/workflow.json:14:7',
    ]);
    expect(result['webhooks-verified']).toEqual({ status: 'pass', findings: [] });
    expect(result['templates-portable']).toEqual({ status: 'fail', findings: ['templates-portable/connector-reference templates/low-balance-alert/template.json:79:47'] });
  });
});
