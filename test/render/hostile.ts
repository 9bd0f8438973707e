/**
 * Reports built for tests: a hostile one (HTML, mentions, a fake marker, backticks and pipes in
 * every untrusted field) and a huge one (10,000 findings).
 */
import type { Finding, Report } from '../../src/core/types.js';
import { checklist, finding, sampleReport } from './sample-report.js';

/** A file name that would be an image tag if rendered raw. */
export const HOSTILE_FILE = '<img src=x onerror=alert(1)>.md';

/** A message with a mention, a copy of the comment marker, backticks and table pipes. */
export const HOSTILE_MESSAGE =
  'ping @everyone <!-- b3os-readiness:checklist v1 --> then ``` `x` `` | y | -->[click](https://evil.example)';

/** The sample report with hostile text in file names, messages, reasons, waivers, objects, notices. */
export const hostileReport: Report = {
  ...sampleReport,
  items: checklist({
    'definition-validates': {
      status: 'fail',
      findings: [
        finding({
          ruleId: 'definition-validates/payload-schema',
          severity: 'error',
          message: HOSTILE_MESSAGE,
          hint: 'rename `a|b` to @everyone | ![x](https://evil.example/x.png)',
          location: { file: HOSTILE_FILE, line: 1, column: 1 },
        }),
      ],
    },
    'docs-updated': { status: 'fail', reason: `\`${HOSTILE_FILE}\` | @org/team\nsecond line`, findings: [] },
    'failure-paths-observable': { status: 'incomplete', reason: HOSTILE_MESSAGE, findings: [] },
    'templates-portable': {
      status: 'waived',
      findings: [
        finding({
          ruleId: 'templates-portable/org-id',
          severity: 'error',
          message: 'org id',
          location: { file: 'a`|`b.json', line: 2, column: 3 },
          waiver: { reason: HOSTILE_MESSAGE, approver: '@everyone', expires: '2026-12-31 | x' },
        }),
      ],
    },
  }),
  funds: [
    {
      workflow: '<img src=x>|@everyone',
      file: HOSTILE_FILE,
      node: '`|`',
      action: '@org/team',
      kind: 'send',
      bounded: true,
      chains: ['<!--'],
      tokens: [HOSTILE_MESSAGE],
      recipients: ['-->|@everyone'],
      maxAmount: { raw: '1', units: '0.1', symbol: '<img src=x>' },
      approvals: HOSTILE_MESSAGE,
      evidence: 'stale',
      evidenceRun: { kind: '@everyone', date: '](https://evil.example)' },
    },
  ],
  objects: [
    {
      type: '<img src=x>|@everyone',
      kind: 'action',
      change: 'new',
      schema: { status: 'fail', note: HOSTILE_MESSAGE },
      docs: { status: 'incomplete', note: `\`${HOSTILE_FILE}\`` },
      examples: { status: 'n/a' },
      contract: { status: 'ok' },
    },
  ],
  notices: [HOSTILE_MESSAGE],
  summary: { ...sampleReport.summary, config: { kind: 'file', path: HOSTILE_FILE, label: HOSTILE_MESSAGE, ref: HOSTILE_MESSAGE } },
  configFindings: [
    finding({ ruleId: 'configuration/invalid', severity: 'error', message: HOSTILE_MESSAGE, hint: HOSTILE_MESSAGE, location: { file: HOSTILE_FILE, line: 1, column: 1 } }),
  ],
};

/**
 * 10,000 findings: 7,000 errors in a failing item, 2,000 in another failing item, 1,000
 * warnings in a passing item. Messages are about 90 characters.
 */
export function hugeReport(): Report {
  const many = (count: number, ruleId: string, severity: Finding['severity']): Finding[] =>
    Array.from({ length: count }, (_, index) =>
      finding({
        ruleId,
        severity,
        message: `value \`node_${index}.payload.amount\` must be a decimal string of digits, got a number`,
        hint: 'write raw token units as a string',
        location: { file: `workflows/flow-${index % 50}/workflow.json`, line: index + 1, column: 3 },
      }),
    );
  return {
    ...sampleReport,
    items: checklist({
      'definition-validates': { status: 'fail', findings: many(7000, 'definition-validates/payload-schema', 'error') },
      'docs-updated': { status: 'fail', findings: many(2000, 'docs-updated/missing-page', 'error') },
      'connectors-scoped': { status: 'pass', findings: many(1000, 'connectors-scoped/missing-owner', 'warning') },
    }),
  };
}
