/** Waivers through the whole gate: hygiene at their lines, scopes over real workflow files, secrets, unverified proposals. */
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/core/gate.js';
import { defineRule, type ItemDefinition } from '../../src/core/rule.js';
import type { Waiver } from '../../src/core/settings.js';
import type { Report } from '../../src/core/types.js';
import type { ApprovalPort, ReviewsReading } from '../../src/core/waiver-approval.js';
import { afterUseKind, waiverEntries } from '../../src/core/waivers.js';
import { renderText } from '../../src/render/text.js';
import { allChanged, memorySnapshot, type MemoryFiles } from '../support/memory-snapshot.js';

const TODAY = '2026-11-25';
const CONFIG = '.github/b3os-readiness.yml';
const FILE = 'workflows/a/workflow.json';
const DEFINITION = JSON.stringify({ name: 'A', definition: { nodes: { root: { type: 'manual', children: ['send'] }, send: { type: 'send-erc20-token', payload: { amount: 1 } } } } }, null, 2);
const AMOUNT_LINE = DEFINITION.split('\n').findIndex((line) => line.includes('"amount"')) + 1;
const FILES: MemoryFiles = { [FILE]: DEFINITION };

const errorRule = defineRule({ id: 'definition-validates/always', description: 'x', severity: 'error' }, (_ctx, r) =>
  r.report({ message: 'bad amount', location: { file: FILE, line: AMOUNT_LINE, column: 9 } }),
);
const secretRule = defineRule({ id: 'credentials-in-connectors/evm-private-key', description: 'x', severity: 'error' }, (_ctx, r) =>
  r.report({ message: 'a private key', secret: true, location: { file: FILE, line: 1, column: 1 } }),
);
const ITEMS: ItemDefinition[] = [
  { id: 'definition-validates', title: 'Definition validates', group: 'required', concerns: ['workflow'], rules: [errorRule] },
  { id: 'credentials-in-connectors', title: 'Credentials live in connectors', group: 'policy', concerns: ['workflow'], rules: [secretRule] },
];

function waiver(expires: string, scope = '', rule = 'definition-validates/always'): string {
  return `waivers:\n  - rule: ${rule}\n${scope}    reason: known issue\n    approver: "@lee"\n    expires: ${expires}\n`;
}

/** An audit with `config` merged. */
function audit(config: string): Promise<Report> {
  const files = { ...FILES, [CONFIG]: config };
  return runGate({ head: memorySnapshot(files), changes: allChanged(files), today: TODAY, items: ITEMS });
}

/** A change that proposes `config` (and touches the workflow) over a base without waivers. */
function proposal(config: string): Promise<Report> {
  const files = [{ path: CONFIG, status: 'added' as const }, { path: FILE, status: 'modified' as const }];
  return runGate({ head: memorySnapshot({ ...FILES, [CONFIG]: config }), base: memorySnapshot(FILES, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files }, today: TODAY, items: ITEMS });
}

/** A change that touches only the workflow, under a merged `config`. */
function change(config: string): Promise<Report> {
  const files = { ...FILES, [CONFIG]: config };
  return runGate({ head: memorySnapshot(files), base: memorySnapshot(files, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files: [{ path: FILE, status: 'modified' }] }, today: TODAY, items: ITEMS });
}

const placed = (report: Report) => (report.configFindings ?? []).map((f) => `${f.ruleId} ${f.severity} ${f.location?.file}:${f.location?.line}:${f.location?.column} ${f.message}`);

describe('waiver hygiene, at the waiver\'s line', () => {
  const cases: Array<{ name: string; report: () => Promise<Report>; status: string; findings: string[] }> = [
    { name: 'merged, expires today: applies', report: () => audit(waiver('2026-11-25')), status: 'waived', findings: [] },
    { name: 'merged, expired yesterday: a warning naming its approver', report: () => audit(waiver('2026-11-24')), status: 'fail', findings: [`configuration/waiver warning ${CONFIG}:5:5 waiver 1 for \`definition-validates/always\` (approved by @lee) expired on 2026-11-24 and no longer applies`] },
    { name: 'merged, exactly 90 days ahead: applies', report: () => audit(waiver('2027-02-23')), status: 'waived', findings: [] },
    { name: 'merged, 91 days ahead: a warning, still applies', report: () => audit(waiver('2027-02-24')), status: 'waived', findings: [`configuration/waiver warning ${CONFIG}:5:5 waiver 1 for \`definition-validates/always\` expires on 2027-02-24, 91 days ahead; at most 90 are allowed (\`policy.maxWaiverDays\`)`] },
    { name: 'merged, over a configured limit', report: () => audit(`policy:\n  maxWaiverDays: 10\n${waiver('2026-12-06')}`), status: 'waived', findings: [`configuration/waiver warning ${CONFIG}:7:5 waiver 1 for \`definition-validates/always\` expires on 2026-12-06, 11 days ahead; at most 10 are allowed (\`policy.maxWaiverDays\`)`] },
    { name: 'merged, an unknown rule: did you mean', report: () => audit(waiver('2026-12-01', '', 'definition-validates/alway')), status: 'fail', findings: [`configuration/waiver warning ${CONFIG}:2:5 waiver 1 for \`definition-validates/alway\` names no item or rule id; did you mean \`definition-validates/always\`?`] },
    { name: 'merged, matching nothing in an audit: remove it', report: () => audit(waiver('2026-12-01', '    paths: ["templates/**"]\n')), status: 'fail', findings: [`configuration/waiver notice ${CONFIG}:2:5 waiver 1 for \`definition-validates/always\` matched no finding in a run over its scope: remove it`] },
    { name: 'merged, matching nothing in a change that touches the workflow of its nodes: remove it', report: () => change(waiver('2026-12-01', `    nodes: ["${FILE}#root"]\n`)), status: 'fail', findings: [`configuration/waiver notice ${CONFIG}:2:5 waiver 1 for \`definition-validates/always\` matched no finding in a run over its scope: remove it`] },
    { name: 'merged, matching nothing in a change that leaves some of its files unread: quiet', report: () => change(waiver('2026-12-01', '    paths: ["workflows/**"]\n    types: ["manual"]\n')), status: 'fail', findings: [] },
    { name: 'merged, no scope, in a change: quiet (the change is not the whole repository)', report: () => change(waiver('2026-12-01', '', 'definition-validates/always')), status: 'waived', findings: [] },
    { name: 'proposed, exactly 90 days ahead: unverified without reviews', report: () => proposal(waiver('2027-02-23')), status: 'fail', findings: [] },
    { name: 'proposed, 91 days ahead: an error', report: () => proposal(waiver('2027-02-24')), status: 'fail', findings: [`configuration/waiver error ${CONFIG}:5:5 the configuration this change proposes: waiver 1 for \`definition-validates/always\` expires on 2027-02-24, 91 days ahead; at most 90 are allowed (\`policy.maxWaiverDays\`)`] },
    { name: 'proposed, expired yesterday: an error', report: () => proposal(waiver('2026-11-24')), status: 'fail', findings: [`configuration/waiver error ${CONFIG}:5:5 the configuration this change proposes: waiver 1 for \`definition-validates/always\` (approved by @lee) expired on 2026-11-24 and no longer applies`] },
  ];
  it.each(cases)('$name', async ({ report, status, findings }) => {
    const result = await report();
    expect(result.items[0].status).toBe(status);
    expect(placed(result)).toEqual(findings);
  });
});

describe('the audit trail', () => {
  it('lists applied, unused and refused waivers with their lines', async () => {
    const config = `${waiver('2026-12-01')}${waiver('2026-12-01', '    paths: ["templates/**"]\n').replace('waivers:\n', '')}${waiver('2026-11-24').replace('waivers:\n', '')}`;
    const report = await audit(config);
    expect(report.waivers?.map((w) => `${w.status} ${w.origin} ${w.location?.line} ${w.findings}`)).toEqual(['applied base 2 1', 'unused base 6 0', 'refused base 11 0']);
    expect(report.waivers?.[2].why).toMatch(/expired on 2026-11-24/);
  });
});

describe('waiver scopes over a real workflow file', () => {
  const cases: Array<{ name: string; scope: string; status: string; shown?: string }> = [
    { name: 'the node holding the finding', scope: `    nodes: ["${FILE}#send"]\n`, status: 'waived', shown: `node \`${FILE}#send\`` },
    { name: 'another node of the workflow', scope: `    nodes: ["${FILE}#root"]\n`, status: 'fail' },
    { name: 'the type of the node', scope: '    types: ["send-erc20-token"]\n', status: 'waived', shown: 'type `send-erc20-token`' },
    { name: 'another type', scope: '    types: ["manual"]\n', status: 'fail' },
    { name: 'empty lists', scope: '    paths: []\n    nodes: []\n    types: []\n', status: 'waived', shown: 'rule `definition-validates/always`' },
  ];
  it.each(cases)('$name', async ({ scope, status, shown }) => {
    const report = await audit(waiver('2026-12-01', scope));
    expect(report.items[0].status).toBe(status);
    expect(report.items[0].findings[0].waiver?.scope).toBe(shown);
  });
});

describe('never waivable', () => {
  it('a waiver that would cover a found secret is an error at its line, and the secret still fails', async () => {
    const report = await audit(waiver('2026-12-01', '', 'credentials-in-connectors'));
    expect(report.items[1].status).toBe('fail');
    expect(report.items[1].findings[0].waiver).toBeUndefined();
    expect(placed(report)).toEqual([`configuration/waiver-secret error ${CONFIG}:2:5 waiver 1 for \`credentials-in-connectors\` would cover a secret value found in the repository, which no waiver can cover`]);
    expect(report.result).toBe('fail');
  });
});

describe('a merged waiver over a found secret, in the audit trail', () => {
  it('is refused, with no finding counted', async () => {
    const report = await audit(waiver('2026-12-01', '', 'credentials-in-connectors'));
    expect(report.waivers).toEqual([expect.objectContaining({ rule: 'credentials-in-connectors', status: 'refused', findings: 0, origin: 'base' })]);
  });
});

describe('items no waiver can change', () => {
  it('an item whose checks are not built stays incomplete, and one turned off stays off, beside a waiver that applies', async () => {
    const items: ItemDefinition[] = [
      ...ITEMS,
      { id: 'wallets-dedicated', title: 'Wallets are dedicated', group: 'policy', concerns: ['workflow'], rules: [] },
      { id: 'templates-portable', title: 'Templates are portable', group: 'policy', concerns: ['workflow'], rules: [errorRule] },
    ];
    const files = { ...FILES, [CONFIG]: `items:\n  templates-portable: off\n${waiver('2026-12-01')}` };
    const report = await runGate({ head: memorySnapshot(files), changes: allChanged(files), today: TODAY, items });
    expect(report.items.map((i) => `${i.id} ${i.status} ${i.findings.length}`)).toEqual(['definition-validates waived 1', 'credentials-in-connectors fail 1', 'wallets-dedicated incomplete 0', 'templates-portable off 0']);
  });
});

describe('never waivable, proposed', () => {
  it.each(['credentials-in-connectors', 'credentials-in-connectors/private-key', 'api-keys-scoped/b3os-key'])('a change may not propose a waiver for %s', async (rule) => {
    // The rule only has to be known: a quiet rule of that id makes it so.
    const known = defineRule({ id: rule, description: 'x', severity: 'error' }, () => {});
    const items: ItemDefinition[] = [...ITEMS, { id: 'api-keys-scoped', title: 'API keys are scoped', group: 'policy', concerns: ['workflow'], rules: [known] }];
    const files = [{ path: CONFIG, status: 'added' as const }];
    const report = await runGate({ head: memorySnapshot({ ...FILES, [CONFIG]: waiver('2026-12-01', '', rule) }), base: memorySnapshot(FILES, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files }, today: TODAY, items });
    expect(placed(report)).toEqual([`configuration/waiver-secret error ${CONFIG}:2:5 the configuration this change proposes: waiver 1 for \`${rule}\` names findings of secret values found in the repository, which no waiver can cover`]);
    expect(report.result).toBe('fail');
  });
});

describe('a waiver the change proposes, without reviews to read (the CLI)', () => {
  it('is unverified: its findings still fail, and the audit trail says so', async () => {
    const report = await proposal(waiver('2026-12-01', `    nodes: ["${FILE}#send"]\n`));
    expect(report.items[0].status).toBe('fail');
    expect(report.items[0].findings[0].pendingWaiver).toEqual({ state: 'unverified', approver: '@lee', reason: 'known issue', expires: '2026-12-01', why: 'unverified: approval by @lee is checked on the pull request' });
    expect(report.waivers).toEqual([expect.objectContaining({ status: 'unverified', origin: 'pull-request', findings: 1, location: { file: CONFIG, line: 2, column: 5 } })]);
    expect(report.result).toBe('fail');
    const text = renderText(report);
    expect(text).toContain(`${FILE}:${AMOUNT_LINE}:9: bad amount (waiver until 2026-12-01 by @lee unverified (approval is checked on the pull request), not applied: known issue) [definition-validates/always]`);
    expect(text).toMatch(/^FAIL +Definition validates/m);
  });
});

describe('a change that edits a merged waiver', () => {
  it('keeps the merged version applying, and holds the edited one for approval', async () => {
    const merged = waiver('2026-12-01');
    const files = [{ path: CONFIG, status: 'modified' as const }, { path: FILE, status: 'modified' as const }];
    const report = await runGate({
      head: memorySnapshot({ ...FILES, [CONFIG]: waiver('2026-12-20') }),
      base: memorySnapshot({ ...FILES, [CONFIG]: merged }, 'BASE'),
      changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files }, today: TODAY, items: ITEMS,
    });
    expect(report.items[0].status).toBe('waived');
    expect(report.items[0].findings[0].waiver).toMatchObject({ origin: 'base', expires: '2026-12-01' });
    expect(report.waivers?.map((w) => `${w.status} ${w.origin} ${w.expires}`)).toEqual(['applied base 2026-12-01', 'unverified pull-request 2026-12-20']);
  });
});

describe('the waivers of a run', () => {
  const trusted: Waiver = { rule: 'definition-validates/always', paths: ['workflows/**'], reason: 'known', approver: '@acme/platform', expires: '2026-12-31' };
  const at = { trusted: () => ({ line: 3, column: 5, endLine: 3 }), proposed: (p: string) => ({ line: Number(p.split('/')[2]) + 10, column: 7 }), path: CONFIG };

  it('keeps the trusted ones, and adds only the proposed ones that differ, placed in the proposed file', () => {
    const widened = { ...trusted, paths: ['**'] };
    const entries = waiverEntries([trusted], [{ ...trusted, nodes: [], types: [] }, widened, { ...trusted, expires: '2027-01-31' }], at);
    expect(entries.map((e) => [e.origin, e.index, e.paths, e.expires, e.at('rule')])).toEqual([
      ['base', 0, ['workflows/**'], '2026-12-31', { file: CONFIG, line: 3, column: 5 }],
      ['pull-request', 1, ['**'], '2026-12-31', { file: CONFIG, line: 11, column: 7 }],
      ['pull-request', 2, ['workflows/**'], '2027-01-31', { file: CONFIG, line: 12, column: 7 }],
    ]);
  });

  it('counts a proposed waiver that only lists a node or a type as new', () => {
    const entries = waiverEntries([trusted], [{ ...trusted, nodes: [`${FILE}#send`] }, { ...trusted, types: ['send-erc20-token'] }], at);
    expect(entries.map((e) => [e.origin, e.nodes ?? null, e.types ?? null])).toEqual([
      ['base', null, null],
      ['pull-request', [`${FILE}#send`], null],
      ['pull-request', null, ['send-erc20-token']],
    ]);
  });

  it('has only the trusted ones without a proposal', () => {
    expect(waiverEntries([trusted], undefined, at).map((e) => e.origin)).toEqual(['base']);
  });
});

describe('a waiver the change proposes, with reviews to read (the Action)', () => {
  const HEAD = 'c0ffee';
  const review = { user: 'lee', state: 'APPROVED', commit: HEAD, url: 'https://github.com/acme/flows/pull/7#pullrequestreview-1' };
  const portOf = (reading: ReviewsReading) => {
    const port = { calls: 0, async reviews() { port.calls += 1; return reading; }, async isTeamMember() { return false as const; } };
    return port;
  };
  /** A change that proposes `proposed` over a base holding `merged`, read with `port`. */
  function withPort(merged: string | undefined, proposed: string, port: ApprovalPort): Promise<Report> {
    const files = [{ path: CONFIG, status: 'modified' as const }, { path: FILE, status: 'modified' as const }];
    const base = merged === undefined ? FILES : { ...FILES, [CONFIG]: merged };
    return runGate({ head: memorySnapshot({ ...FILES, [CONFIG]: proposed }), base: memorySnapshot(base, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files }, today: TODAY, items: ITEMS, approvals: port });
  }

  it('applies once its approver approved the head commit, and names the review', async () => {
    const port = portOf({ readable: true, author: 'sam', head: HEAD, reviews: [review] });
    const report = await withPort(undefined, waiver('2026-12-01'), port);
    expect(report.items[0].status).toBe('waived');
    expect(report.items[0].findings[0].waiver).toEqual({ reason: 'known issue', approver: '@lee', expires: '2026-12-01', origin: 'pull-request', scope: 'rule `definition-validates/always`', review: { user: 'lee', url: review.url, commit: HEAD } });
    expect(report.items[0].findings[0].pendingWaiver).toBeUndefined();
    expect(report.waivers).toEqual([{ rule: 'definition-validates/always', reason: 'known issue', approver: '@lee', expires: '2026-12-01', origin: 'pull-request', status: 'applied', location: { file: CONFIG, line: 2, column: 5 }, findings: 1, review: { user: 'lee', url: review.url, commit: HEAD } }]);
    expect(port.calls).toBe(1);
  });

  it('is pending while the reviews cannot be read, and says why', async () => {
    const report = await withPort(undefined, waiver('2026-12-01'), portOf({ readable: false, why: 'the token of a fork cannot read reviews' }));
    const why = 'pending approval by @lee (the token of a fork cannot read reviews)';
    expect(report.items[0].status).toBe('fail');
    expect(report.items[0].findings[0].pendingWaiver).toEqual({ approver: '@lee', reason: 'known issue', expires: '2026-12-01', state: 'pending', why });
    expect(report.waivers).toEqual([expect.objectContaining({ status: 'pending', origin: 'pull-request', findings: 1, why })]);
    expect(report.waivers?.[0]).not.toHaveProperty('review');
  });

  it('reads no reviews when the change proposes no waiver, and a merged waiver needs none', async () => {
    const port = portOf({ readable: true, author: 'sam', head: HEAD, reviews: [review] });
    const merged = waiver('2026-12-01');
    const report = await withPort(merged, merged, port);
    expect(port.calls).toBe(0);
    expect(report.items[0].findings[0].waiver).toMatchObject({ origin: 'base' });
    expect(report.waivers).toEqual([expect.objectContaining({ status: 'applied', origin: 'base' })]);
    expect(report.waivers?.[0]).not.toHaveProperty('review');
  });

  it('gives a merged waiver no review even when the change proposes another and reviews are read', async () => {
    const port = portOf({ readable: true, author: 'sam', head: HEAD, reviews: [review] });
    const report = await withPort(waiver('2026-12-01'), waiver('2026-12-20'), port);
    expect(port.calls).toBe(1);
    expect(report.items[0].findings[0].waiver).toEqual({ reason: 'known issue', approver: '@lee', expires: '2026-12-01', origin: 'base', scope: 'rule `definition-validates/always`' });
    expect(report.waivers?.map((w) => [w.status, w.origin, w.expires, w.review?.user ?? null])).toEqual([['applied', 'base', '2026-12-01', null], ['unused', 'pull-request', '2026-12-20', 'lee']]);
  });
});

describe('the hints of the findings about waivers after the run', () => {
  it('tells to rotate a secret a waiver would cover, and to remove a waiver that matched nothing, at the waiver\'s rule line', async () => {
    const secret = await audit(waiver('2026-12-01', '', 'credentials-in-connectors'));
    expect((secret.configFindings ?? []).map((f) => [f.location?.line, f.location?.column, f.hint])).toEqual([[2, 5, 'rotate the secret, remove it from the repository, and narrow or remove the waiver']]);
    const unused = await audit(waiver('2026-12-01', '    paths: ["templates/**"]\n'));
    expect((unused.configFindings ?? []).map((f) => [f.location?.line, f.location?.column, f.hint])).toEqual([[2, 5, 'remove the waiver: what it covered is fixed']]);
  });
});

describe('which finding about a waiver depends on the findings of the run', () => {
  it('is the unused waiver and the waiver over a secret, by rule id and ending both', async () => {
    const [secret] = (await audit(waiver('2026-12-01', '', 'credentials-in-connectors'))).configFindings ?? [];
    const [unused] = (await audit(waiver('2026-12-01', '    paths: ["templates/**"]\n'))).configFindings ?? [];
    const [expired] = (await audit(waiver('2026-11-24'))).configFindings ?? [];
    expect([afterUseKind(secret), afterUseKind(unused), afterUseKind(expired)]).toEqual(['secret', 'unused', undefined]);
    expect(afterUseKind({ ...unused, ruleId: secret.ruleId })).toBeUndefined();
    expect(afterUseKind({ ...secret, ruleId: unused.ruleId })).toBeUndefined();
    expect(afterUseKind({ ...unused, message: `${unused.message}.` })).toBeUndefined();
    expect(afterUseKind({ ...secret, message: `${secret.message}.` })).toBeUndefined();
  });
});

describe('a waiver whose rule is not its first key', () => {
  it('is placed at its rule line in the findings after the run and in the audit trail', async () => {
    const config = 'waivers:\n  - reason: known issue\n    rule: definition-validates/always\n    paths: ["templates/**"]\n    approver: "@lee"\n    expires: 2026-12-01\n';
    const report = await audit(config);
    expect(placed(report)).toEqual([`configuration/waiver notice ${CONFIG}:3:5 waiver 1 for \`definition-validates/always\` matched no finding in a run over its scope: remove it`]);
    expect(report.waivers?.map((w) => w.location)).toEqual([{ file: CONFIG, line: 3, column: 5 }]);
    const secret = await audit(config.replace('definition-validates/always\n    paths: ["templates/**"]', 'credentials-in-connectors'));
    expect(placed(secret)).toEqual([`configuration/waiver-secret error ${CONFIG}:3:5 waiver 1 for \`credentials-in-connectors\` would cover a secret value found in the repository, which no waiver can cover`]);
  });
});
