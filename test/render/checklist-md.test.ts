import { describe, expect, it } from 'vitest';
import { TURNED_OFF, type Report } from '../../src/core/types.js';
import { COMMENT_MARKER, renderChecklistMarkdown } from '../../src/render/checklist-md.js';
import { HOSTILE_FILE, hostileReport, hugeReport } from './hostile.js';
import { checklist, ITEM_TITLES, sampleLinks, sampleReport } from './sample-report.js';
import { detailsOf, expectIntactTables, expectNoInjection } from './markdown-checks.js';
describe('renderChecklistMarkdown', () => {
  it('renders the sample report as the comment.md screen', () => {
    expect(renderChecklistMarkdown(sampleReport, sampleLinks)).toMatchInlineSnapshot(`
      "<!-- b3os-readiness:checklist v1 -->
      ## B3OS production readiness: ❌ 4 of 11 items block this PR

      change from \`0f1e2d3\` to \`a1b2c3d\` · 14 files changed · checked merged into \`main\` at \`0f1e2d3\` as \`9e8d7c6\` · 3 workflows, 1 action, 2 docs pages affected · configuration: \`.github/b3os-readiness.yml\` on \`main\` at \`0f1e2d3\` · [full report](https://github.com/northwind/ops-workflows/actions/runs/123456789#summary-987)

      | | Launch requirement | Findings |
      |---|---|---|
      | ❌ | **Definition validates** | 2 errors in \`workflows/payout/workflow.json\` · 1 warning |
      | ✅ | Connectors are scoped | 1 warning |
      | ❌ | **Wallet actions are bounded** | \`send_payout\`: amount not bounded; evidence is stale |
      | ⚠️ | **Failure paths are observable** | could not list execution webhooks: the B3OS API answered 503 |
      | ❌ | **Docs are updated** | \`acme-gas-oracle\` has no page |
      | ✅ | API keys are scoped |  |
      | ✅ | Credentials live in connectors |  |
      | ➖ | Wallets are dedicated | not affected |
      | ➖ | Webhooks are verified | not affected |
      | ☑️ | Templates are portable | waived until 2026-12-31 by @​northwind/platform: internal template |
      | ✅ | Public contract holds |  |

      **Funds this change can move**

      | workflow · node | action | chain | token | recipient | max amount | approvals | evidence |
      |---|---|---|---|---|---|---|---|
      | \`payout\` · \`send_payout\` | \`send-erc20-token\` (send) | Base \\(8453\\) | USDC \`0x8335…2913\` | \`0x4b20…02db\` | 1,500 USDC (\`1500000000\`) | none | ❌ stale (dust-test 2026-11-21) |

      **New and changed actions and triggers**

      | type | schema | docs | examples | contract |
      |---|---|---|---|---|
      | \`acme-gas-oracle\` (new action) | ✅ | ❌ no page at \`docs/actions/reference/generated/acme-gas-oracle.md\` | – | ✅ |

      <details><summary>❌ Definition validates: 2 errors, 1 warning</summary>

      - [\`workflows/payout/workflow.json:37:21\`](https://github.com/northwind/ops-workflows/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678/workflows/payout/workflow.json#L37) [\`definition-validates/payload-schema\`](https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/definition-validates/payload-schema.md)\\
        \`send_payout.payload.amount\` must be a decimal string of digits, got a number\\
        Hint: write raw token units as a string, e.g. \`"1500000000"\`
      - [\`workflows/payout/workflow.json:52:15\`](https://github.com/northwind/ops-workflows/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678/workflows/payout/workflow.json#L52) [\`definition-validates/unknown-node-type\`](https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/definition-validates/unknown-node-type.md)\\
        node \`check_gas\` uses type \`acme-gas-oracel\`, which the catalog does not know\\
        Hint: use \`acme-gas-oracle\`, the closest known type
      - [\`workflows/treasury/workflow.yaml:12:5\`](https://github.com/northwind/ops-workflows/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678/workflows/treasury/workflow.yaml#L12) [\`definition-validates/unused-output\`](https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/definition-validates/unused-output.md)\\
        **warning**: output of node \`fetch_rates\` is never used\\
        Hint: remove the node or reference \`{{nodes.fetch_rates.output}}\`

      </details>

      <details><summary>❌ Wallet actions are bounded: 2 errors</summary>

      - [\`workflows/payout/manifest.yaml:18:7\`](https://github.com/northwind/ops-workflows/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678/workflows/payout/manifest.yaml#L18) [\`wallet-actions-bounded/stale-evidence\`](https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/wallet-actions-bounded/stale-evidence.md)\\
        simulation evidence was recorded for an older definition of \`send_payout\`\\
        Hint: run a simulation of the current definition and record it in the manifest
      - [\`workflows/payout/workflow.json:40:9\`](https://github.com/northwind/ops-workflows/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678/workflows/payout/workflow.json#L40) [\`wallet-actions-bounded/unbounded-amount\`](https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/wallet-actions-bounded/unbounded-amount.md)\\
        node \`send_payout\` takes its amount from \`{{trigger.body.amount}}\` with no maximum\\
        Hint: add \`maxAmount\` to the node or clamp the amount in a prior node

      </details>

      <details><summary>❌ Docs are updated: 1 error</summary>

      - [\`docs-updated/missing-page\`](https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/docs-updated/missing-page.md)\\
        \`acme-gas-oracle\` has no page\\
        Hint: add \`docs/actions/reference/generated/acme-gas-oracle.md\`

      </details>

      <details><summary>⚠️ Failure paths are observable: 1 unverified</summary>

      - [\`failure-paths-observable/execution-webhook\`](https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/failure-paths-observable/execution-webhook.md)\\
        could not verify: execution webhooks could not be listed\\
        Hint: rerun the check when the B3OS API is reachable

      </details>

      <details><summary>✅ Connectors are scoped: 1 warning</summary>

      - [\`workflows/payout/manifest.yaml:4:3\`](https://github.com/northwind/ops-workflows/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678/workflows/payout/manifest.yaml#L4) [\`connectors-scoped/missing-owner\`](https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/connectors-scoped/missing-owner.md)\\
        **warning**: connector \`slack-ops\` has no owner\\
        Hint: add \`owner:\` to the connector entry

      </details>

      <details><summary>☑️ Templates are portable: 1 waived</summary>

      - [\`templates/internal-sweep/template.json:3:14\`](https://github.com/northwind/ops-workflows/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678/templates/internal-sweep/template.json#L3) [\`templates-portable/org-id\`](https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/templates-portable/org-id.md)\\
        template holds organization id \`org_…\` in \`props.defaults.org\` (waived until 2026-12-31 by @​northwind/platform: internal template)\\
        Hint: move the id into a prop

      </details>

      Reproduce locally: \`npx b3os-readiness check --base origin/main\` · [rules](https://github.com/b3os/b3os-readiness/tree/v1/docs/rules) · 1 waiver applied

      **Notices**

      - waiver for \`templates-portable/org-id\` on \`templates/old-sweep/template.json\` expired on 2025-01-31
      "
    `);
  });
  it('shows items turned off with their own mark, and counts them in the heading', () => {
    const off = { status: 'off', reason: TURNED_OFF } as const;
    const ready: Report = { ...sampleReport, result: 'pass', items: checklist({ 'connectors-scoped': off, 'webhooks-verified': off, 'wallets-dedicated': { status: 'not-affected' } }), funds: [], objects: [], notices: [] };
    const comment = renderChecklistMarkdown(ready, sampleLinks);
    expect(comment).toContain('## B3OS production readiness: ✅ ready · 2 items off\n');
    expect(comment).toContain('| ⏸️ | Connectors are scoped | turned off in the configuration |');
    expect(comment).toContain('| ➖ | Wallets are dedicated | not affected |');
    const one = { ...ready, result: 'fail' as const, items: checklist({ 'connectors-scoped': off, 'docs-updated': { status: 'fail', reason: 'no page' } }) };
    expect(renderChecklistMarkdown(one, sampleLinks)).toContain('## B3OS production readiness: ❌ 1 of 11 items blocks this PR · 1 item off\n');
    expect(renderChecklistMarkdown({ ...ready, items: checklist({}) }, sampleLinks)).toContain('## B3OS production readiness: ✅ ready\n');
  });

  it('shows the configuration\'s problems under the checklist', () => {
    const problem = { ruleId: 'configuration/invalid', severity: 'warning' as const, message: 'the configuration on `main` at `0f1e2d3` is invalid, so the defaults apply: unknown key `itemz` in the document', docsUrl: 'https://x.example/configuration/invalid.md', location: { file: '.github/b3os-readiness.yml', line: 2, column: 1 } };
    const comment = renderChecklistMarkdown({ ...sampleReport, configFindings: [problem] }, sampleLinks);
    const section = comment.slice(comment.indexOf('**Configuration**'));
    expect(section.split('\n').slice(0, 3)).toEqual([
      '**Configuration**',
      '',
      expect.stringMatching(/^- \[?`\.github\/b3os-readiness\.yml:2:1`.*\[`configuration\/invalid`\]\(https:\/\/x\.example\/configuration\/invalid\.md\)\\$/),
    ]);
    expect(comment.indexOf('**Configuration**')).toBeGreaterThan(comment.indexOf('| ✅ | Public contract holds |'));
    expect(comment.indexOf('**Configuration**')).toBeLessThan(comment.indexOf('**Funds this change can move**'));
    expect(renderChecklistMarkdown(sampleReport, sampleLinks)).not.toContain('**Configuration**');
    // The file in use was read at the base (its commit in the summary), not at the head.
    expect(section).toContain('(https://github.com/northwind/ops-workflows/blob/0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c/.github/b3os-readiness.yml#L2)');
    const proposed = { ...problem, severity: 'error' as const, message: 'the configuration this change proposes is invalid: unknown key `itemz` in the document' };
    const head = renderChecklistMarkdown({ ...sampleReport, configFindings: [proposed] }, sampleLinks);
    expect(head).toContain('(https://github.com/northwind/ops-workflows/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678/.github/b3os-readiness.yml#L2)');
  });

  it('says ready, full audit and blast radius for a passing full audit', () => {
    const ready: Report = {
      result: 'pass',
      items: checklist({ 'wallets-dedicated': { status: 'not-affected' } }),
      objects: [],
      summary: {
        ...sampleReport.summary,
        head: 'HEAD',
        mode: 'all',
        changedFiles: 1,
        affected: { ...sampleReport.summary.affected, workflow: 1, action: 0, docs: 0 },
        blastRadius: ['templates/a/template.json', 'workflows/b/workflow.json'],
      },
      notices: [],
    };
    expect(renderChecklistMarkdown(ready, { reproduce: 'npx b3os-readiness check --all', rulesUrl: 'https://x.example/rules' }))
      .toMatchInlineSnapshot(`
        "<!-- b3os-readiness:checklist v1 -->
        ## B3OS production readiness: ✅ ready

        full audit of \`HEAD\` · 1 file · 1 workflow affected · re-validated for a changed schema: \`templates/a/template.json\`, \`workflows/b/workflow.json\` · configuration: \`.github/b3os-readiness.yml\` on \`main\` at \`0f1e2d3\`

        | | Launch requirement | Findings |
        |---|---|---|
        | ✅ | Definition validates |  |
        | ✅ | Connectors are scoped |  |
        | ✅ | Wallet actions are bounded |  |
        | ✅ | Failure paths are observable |  |
        | ✅ | Docs are updated |  |
        | ✅ | API keys are scoped |  |
        | ✅ | Credentials live in connectors |  |
        | ➖ | Wallets are dedicated | not affected |
        | ✅ | Webhooks are verified |  |
        | ✅ | Templates are portable |  |
        | ✅ | Public contract holds |  |

        Reproduce locally: \`npx b3os-readiness check --all\` · [rules](https://x.example/rules)
        "
      `);
  });

  it('is byte-identical for the same report', () => {
    const first = renderChecklistMarkdown(sampleReport, sampleLinks);
    expect(renderChecklistMarkdown(structuredClone(sampleReport), { ...sampleLinks })).toBe(first);
  });

  it('links nothing to files without blobBase and drops unsafe URLs', () => {
    const comment = renderChecklistMarkdown(sampleReport, {
      reproduce: 'x',
      rulesUrl: 'javascript:alert(1)',
      summaryUrl: 'javascript:alert(1)',
    });
    expect(comment).not.toContain('](javascript');
    expect(comment).not.toContain('ops-workflows/blob');
    expect(comment).not.toContain('full report');
    expect(comment).toContain('- `workflows/payout/workflow.json:37:21` [`definition-validates/payload-schema`](');
  });
});

describe('renderChecklistMarkdown under the budget', () => {
  const report = hugeReport();
  const comment = renderChecklistMarkdown(report, sampleLinks);

  it('stays within 60,000 characters and keeps the table complete', () => {
    expect(comment.length).toBeLessThanOrEqual(60_000);
    expect(comment.length).toBeGreaterThan(55_000);
    expect(comment.startsWith(`${COMMENT_MARKER}\n## B3OS production readiness: ❌ 2 of 11 items block this PR\n`)).toBe(true);
    const rows = comment.split('\n').filter((line) => /^\| (✅|❌|⚠️|☑️|➖) \|/.test(line));
    expect(rows.map((row) => row.split(' | ')[1].replaceAll('*', ''))).toEqual(
      Object.values(ITEM_TITLES).map((t) => t.title),
    );
    expect(rows[0]).toBe(
      '| ❌ | **Definition validates** | 7000 errors in 50 files |',
    );
  });

  it('cuts warnings before errors and says exactly how many findings each item lost', () => {
    const details = detailsOf(comment);
    expect(details.map((d) => [d.title, d.shown + d.more])).toEqual([
      ['Definition validates', 7000],
      ['Docs are updated', 2000],
      ['Connectors are scoped', 1000],
    ]);
    const [definition, docs, connectors] = details;
    expect(connectors).toMatchObject({ shown: 0, more: 1000 });
    expect(docs).toMatchObject({ shown: 0, more: 2000 });
    expect(definition.shown).toBeGreaterThan(100);
    expect(comment).toContain(`- …and ${definition.more} more findings in the [full report](${sampleLinks.summaryUrl})`);
    expect(comment).toContain('- …and 1000 more findings in the [full report](');
  });

  it('honours a smaller budget', () => {
    const small = renderChecklistMarkdown(report, sampleLinks, { budget: 10_000 });
    expect(small.length).toBeLessThanOrEqual(10_000);
    const [definition] = detailsOf(small);
    expect(definition.shown + definition.more).toBe(7000);
  });

  it('keeps heading and checklist complete even when nothing else fits', () => {
    const tiny = renderChecklistMarkdown(report, sampleLinks, { budget: 500 });
    expect(tiny.length).toBeGreaterThan(500);
    expect(tiny.split('\n').filter((line) => /^\| (✅|❌|⚠️|☑️|➖) \|/.test(line))).toHaveLength(11);
    expect(detailsOf(tiny).map((d) => [d.shown, d.more])).toEqual([
      [0, 7000],
      [0, 2000],
      [0, 1000],
    ]);
    expect(tiny).toContain('…and 1 more object in the [full report](');
    expect(tiny).toContain('- …and 1 more notice in the [full report](');
  });

  it('in full mode keeps the summary within 1 MiB of UTF-8 with the same note', () => {
    const full = renderChecklistMarkdown(report, sampleLinks, { full: true });
    expect(new TextEncoder().encode(full).length).toBeLessThanOrEqual(1024 * 1024);
    expect(full.length).toBeGreaterThan(60_000);
    const details = detailsOf(full);
    expect(details.map((d) => d.shown + d.more)).toEqual([7000, 2000, 1000]);
    expect(details[0].more).toBeGreaterThan(0);
    expect(full).toContain(`- …and ${details[0].more} more findings in the full report`);
  });

  it('does not truncate in full mode when everything fits', () => {
    const full = renderChecklistMarkdown(sampleReport, sampleLinks, { full: true });
    expect(full).not.toContain('more findings');
    expect(detailsOf(full).map((d) => d.shown)).toEqual([3, 2, 1, 1, 1, 1]);
  });
});

describe('renderChecklistMarkdown with hostile names', () => {
  const comment = renderChecklistMarkdown(hostileReport, sampleLinks);

  it('contains no HTML, mention, second marker or broken table', () => {
    expectNoInjection(comment, { marker: true });
    expectIntactTables(comment);
  });

  it('still shows the names, escaped, and links the file with a percent-encoded URL', () => {
    expect(comment).toContain('/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.md#L1)');
    expect(comment).toContain('`<\u200bimg src=x onerror=alert(1)\u200b>.md:1:1`');
    expect(comment).toContain('ping @\u200beveryone &lt;\\!--');
    expect(comment).not.toContain(HOSTILE_FILE);
  });
});
