import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/types.js';
import { auditChange } from '../../support/diff-harness.js';
import { auditFiles } from '../../support/rule-harness.js';
import { secretOf } from '../../support/secrets/values.js';
import { repo } from '../connectors-scoped/fixtures.js';

const ITEMS = ['connectors-scoped', 'credentials-in-connectors', 'api-keys-scoped'] as const;
const statusOf = (report: Report) => Object.fromEntries(ITEMS.map((id) => [id, report.items.find((i) => i.id === id)!.status]));
const GUIDE = 'docs/guides/alerts.md';
const guide = '# Alerts\n\nThe alerts workflow posts to #ops.\n';

describe('what a change asks the three items to check', () => {
  it('passes a pull request that only edits a docs paragraph', async () => {
    const base = repo({ [GUIDE]: guide });
    const report = await auditChange({ base, head: { ...base, [GUIDE]: `${guide}\nIt runs when someone presses the button.\n` } });
    expect(statusOf(report)).toEqual({ 'connectors-scoped': 'not-affected', 'credentials-in-connectors': 'pass', 'api-keys-scoped': 'pass' });
  });

  it('fails a pull request that adds a key to a shell script no other item reads', async () => {
    const key = secretOf('evm-0x');
    const base = repo();
    const report = await auditChange({ base, head: { ...base, 'scripts/deploy.sh': `#!/usr/bin/env bash\nexport PRIVATE_KEY=${key.literal}\nforge script Deploy\n` } });
    expect(statusOf(report)['credentials-in-connectors']).toBe('fail');
    const [finding] = report.items.find((i) => i.id === 'credentials-in-connectors')!.findings;
    expect(finding).toMatchObject({ ruleId: 'credentials-in-connectors/private-key', location: { file: 'scripts/deploy.sh', line: 2, column: 20 } });
  });

  it('reads changed files only, and every file in an audit', async () => {
    const token = secretOf('github-pat').literal;
    const base = repo({ 'scripts/old.sh': `export GH_TOKEN=${token}\n`, [GUIDE]: guide });
    const change = await auditChange({ base, head: { ...base, [GUIDE]: `${guide}\nMore.\n` } });
    expect(statusOf(change)['credentials-in-connectors']).toBe('pass');
    expect(statusOf(await auditFiles(base))['credentials-in-connectors']).toBe('fail');
  });

  // A PNG's signature and IHDR length: binary by content (NUL bytes), whatever follows.
  const png = (text: string) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new TextEncoder().encode(text)]);
  it('skips vendored code and binaries', async () => {
    const token = secretOf('github-pat').literal;
    const report = await auditFiles(repo({ 'node_modules/pkg/index.js': `const t = "${token}";\n`, 'vendor/lib/setup.sh': `GH_TOKEN=${token}\n`, 'docs/logo.png': png(token) }));
    expect(statusOf(report)['credentials-in-connectors']).toBe('pass');
  });
});

describe('a found secret cannot be waived', () => {
  const waiver = (rule: string) => `waivers:\n  - rule: ${rule}\n    paths: ["scripts/**", "environments/**"]\n    reason: rotated already\n    approver: "@acme/platform"\n    expires: 2099-12-31\n`;
  const key = secretOf('b3os').literal;
  const files = (config: string) => repo({ 'scripts/deploy.sh': `B3OS_API_KEY=${key}\n`, '.github/b3os-readiness.yml': config });

  it.each(['api-keys-scoped/b3os-key', 'api-keys-scoped'])('by a waiver of %s: still an error, and the item fails', async (rule) => {
    const report = await auditFiles(files(waiver(rule)));
    const item = report.items.find((i) => i.id === 'api-keys-scoped')!;
    expect(item.status).toBe('fail');
    expect(item.findings.map((f) => [f.ruleId, f.severity, f.waiver])).toEqual([['api-keys-scoped/b3os-key', 'error', undefined]]);
  });

  it('while the same waiver covers a finding about the inventory', async () => {
    const stale = 'orgId: org_acme\nconnectors: []\napiKeys:\n  - name: reporting\n    service: reporting\n    scope: read\n    owner: "@acme/ops"\n    rotatedAt: 2026-01-01\n';
    const report = await auditFiles(repo({ 'environments/prod.yaml': stale, '.github/b3os-readiness.yml': waiver('api-keys-scoped/key-rotation') }));
    const item = report.items.find((i) => i.id === 'api-keys-scoped')!;
    expect(item.status).toBe('waived');
    expect(item.findings.map((f) => [f.ruleId, f.waiver?.reason])).toEqual([['api-keys-scoped/key-rotation', 'rotated already']]);
  });
});
