/** Repository contents the bundled-action tests share. */
import type { FixtureRepo } from './git-repo.js';

/** The gate's configuration path. */
export const CONFIG = '.github/b3os-readiness.yml';

/** A valid workflow, and the same with a child that does not exist. */
export const GOOD = JSON.stringify({ name: 'Log', description: 'Logs.', definition: { nodes: { root: { type: 'manual', payload: {}, children: ['say'] }, say: { type: 'log', payload: { message: 'hi' } } } } }, null, 2);
export const BROKEN = GOOD.replace('"say": {', '"say": { "children": ["gone"],');

/** A configuration that turns every item off. */
export const ALL_OFF = `items:\n${['definition-validates', 'connectors-scoped', 'wallet-actions-bounded', 'failure-paths-observable', 'docs-updated', 'api-keys-scoped', 'credentials-in-connectors', 'wallets-dedicated', 'webhooks-verified', 'templates-portable', 'public-contract'].map((id) => `  ${id}: off`).join('\n')}\n`;

/** A new action and its complete docs page: a change that passes. */
export const PING_ACTION = JSON.stringify({ type: 'acme-ping', name: 'Ping', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } }, null, 2);
export const PING_PAGE =
  '---\ntitle: Ping\ntype: acme-ping\n---\n\n# Ping\n\n## At a Glance\n\nNo connector, no gas.\n\n## Payload Schema\n\nNo fields.\n\n## Result Schema\n\nNo fields.\n\n' +
  '## Examples\n\n```json\n{ "type": "acme-ping", "payload": {} }\n```\n\n### Example output\n\n```json\n{}\n```\n';

/** Commits `main` with the valid workflow, then branch `relax` turning every item off and breaking it. */
export async function relaxingBranch(repo: FixtureRepo): Promise<{ base: string; head: string }> {
  await repo.write('workflows/log/workflow.json', GOOD);
  const base = await repo.commit('main');
  await repo.git('checkout', '--quiet', '-b', 'relax');
  await repo.write(CONFIG, ALL_OFF);
  await repo.write('workflows/log/workflow.json', BROKEN);
  const head = await repo.commit('turn the gate off and break a workflow');
  return { base, head };
}
