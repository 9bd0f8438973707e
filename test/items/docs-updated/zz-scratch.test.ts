import { it } from 'vitest';
import { auditFiles } from '../../support/rule-harness.js';
import { runGate } from '../../../src/core/gate.js';
import { memorySnapshot } from '../../support/memory-snapshot.js';
import { diffChanges } from './diff-harness.js';
const pr = (name: string, r: any) => {
  const item = r.items.find((i: any) => i.id === 'docs-updated')!;
  console.log(name, item.status, JSON.stringify(item.findings.map((f: any) => [f.ruleId, f.location?.file, f.location?.line, f.location?.column, f.message, f.severity, f.unverified].join(' | ')), null, 1));
};
const show = async (name: string, files: Record<string, string>) => pr(name, await auditFiles(files));
const diff = async (name: string, base: Record<string, string>, head: Record<string, string>) => pr(name, await runGate({ head: memorySnapshot(head), base: memorySnapshot(base, 'BASE'), changes: diffChanges(base, head), today: '2026-11-25' }));
const API = `openapi: 3.1.0
info:
  title: Acme payouts
  version: 1.0.0
paths:
  /v1/payouts:
    get:
      summary: List payouts
    post:
      summary: Create a payout
  /v1/payouts/{id}:
    delete:
      summary: Cancel a payout
`;
const DOC = '# Payouts API\n\n## `GET /v1/payouts`\n\nLists payouts.\n\n## `POST /v1/payouts`\n\nCreates one.\n\n| Endpoint | What |\n|---|---|\n| DELETE /v1/payouts/{id} | cancels |\n';
it('x', async () => {
  await show('ok', { 'openapi/payouts.yaml': API, 'docs/api/payouts.md': DOC });
  await show('missing delete', { 'openapi/payouts.yaml': API, 'docs/api/payouts.md': DOC.replace('| DELETE /v1/payouts/{id} | cancels |\n', '') });
  await show('json', { 'openapi/payouts.json': JSON.stringify({ openapi: '3.1.0', paths: { '/v1/payouts': { get: {}, parameters: [] } } }, null, 2) });
  await show('broken', { 'openapi/payouts.yaml': 'paths: [\n', 'docs/api/payouts.md': DOC });
  await diff('diff added', { 'openapi/payouts.yaml': API.replace('    post:\n      summary: Create a payout\n', '') }, { 'openapi/payouts.yaml': API, 'docs/api/payouts.md': DOC.replace('## `POST /v1/payouts`', '## Create') });
  await diff('stale', { 'openapi/payouts.yaml': API, 'docs/api/payouts.md': DOC }, { 'openapi/payouts.yaml': API.replace('  /v1/payouts/{id}:\n    delete:\n      summary: Cancel a payout\n', ''), 'docs/api/payouts.md': DOC });
});
