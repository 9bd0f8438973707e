import { renderChecklistMarkdown } from '../../src/render/checklist-md.js';
import { describe, expect, it } from 'vitest';
import { TURNED_OFF, type Report } from '../../src/core/types.js';
import { renderText } from '../../src/render/text.js';
import { sampleLinks, checklist, finding, sampleReport } from './sample-report.js';

describe('renderText', () => {
  it('lists findings by place, then the checklist, then the result', () => {
    expect(renderText(sampleReport)).toMatchInlineSnapshot(`
      "templates/internal-sweep/template.json:3:14: template holds organization id \`org_…\` in \`props.defaults.org\` (waived until 2026-12-31 by @northwind/platform: internal template) [templates-portable/org-id]
        hint: move the id into a prop
      workflows/payout/manifest.yaml:4:3: warning: connector \`slack-ops\` has no owner [connectors-scoped/missing-owner]
        hint: add \`owner:\` to the connector entry
      workflows/payout/manifest.yaml:18:7: simulation evidence was recorded for an older definition of \`send_payout\` [wallet-actions-bounded/stale-evidence]
        hint: run a simulation of the current definition and record it in the manifest
      workflows/payout/workflow.json:37:21: \`send_payout.payload.amount\` must be a decimal string of digits, got a number [definition-validates/payload-schema]
        hint: write raw token units as a string, e.g. \`"1500000000"\`
      workflows/payout/workflow.json:40:9: node \`send_payout\` takes its amount from \`{{trigger.body.amount}}\` with no maximum [wallet-actions-bounded/unbounded-amount]
        hint: add \`maxAmount\` to the node or clamp the amount in a prior node
      workflows/payout/workflow.json:52:15: node \`check_gas\` uses type \`acme-gas-oracel\`, which the catalog does not know [definition-validates/unknown-node-type]
        hint: use \`acme-gas-oracle\`, the closest known type
      workflows/treasury/workflow.yaml:12:5: warning: output of node \`fetch_rates\` is never used [definition-validates/unused-output]
        hint: remove the node or reference \`{{nodes.fetch_rates.output}}\`
      <no file>: \`acme-gas-oracle\` has no page [docs-updated/missing-page]
        hint: add \`docs/actions/reference/generated/acme-gas-oracle.md\`
      <no file>: could not verify: execution webhooks could not be listed [failure-paths-observable/execution-webhook]
        hint: rerun the check when the B3OS API is reachable

      FAIL        Definition validates            2 errors in \`workflows/payout/workflow.json\` · 1 warning
      PASS        Connectors are scoped           1 warning
      FAIL        Wallet actions are bounded      \`send_payout\`: amount not bounded; evidence is stale
      INCOMPLETE  Failure paths are observable    could not list execution webhooks: the B3OS API answered 503
      FAIL        Docs are updated                \`acme-gas-oracle\` has no page
      PASS        API keys are scoped
      PASS        Credentials live in connectors
      N/A         Wallets are dedicated           not affected
      N/A         Webhooks are verified           not affected
      WAIVED      Templates are portable          waived until 2026-12-31 by @northwind/platform: internal template
      PASS        Public contract holds

      note: waiver for \`templates-portable/org-id\` on \`templates/old-sweep/template.json\` expired on 2025-01-31

      Checked change from \`0f1e2d3\` to \`a1b2c3d\` · 14 files changed · checked merged into \`main\` at \`0f1e2d3\` as \`9e8d7c6\` · configuration: \`.github/b3os-readiness.yml\` on \`main\` at \`0f1e2d3\`
      Result: fail (4 of 11 items block)
      "
    `);
  });

  it('colors only when asked', () => {
    expect(renderText(sampleReport)).not.toContain('\u001b');
    const colored = renderText(sampleReport, { color: true });
    expect(colored).toContain('\u001b[1;31mFAIL      \u001b[0m  Definition validates');
    expect(colored).toContain('Result: \u001b[1;31mfail\u001b[0m (4 of 11 items block)');
  });

  it('links a rule page on this machine under its finding when there is one', () => {
    const text = renderText(sampleReport, { localDocs: (id) => (id === 'templates-portable/org-id' ? `/pkg/docs/rules/${id}.md` : undefined) });
    expect(text).toContain('  hint: move the id into a prop\n  docs: /pkg/docs/rules/templates-portable/org-id.md\n');
    expect(text.match(/^ {2}docs: /gm)).toHaveLength(1);
    expect(renderText(sampleReport)).not.toMatch(/^ {2}docs: /m);
  });

  it('never cuts the gate\'s own notices short (a long relaxation note stays whole)', () => {
    const note = `this change edits \`.github/b3os-readiness.yml\`; its new version is valid. It lowers ${Array.from({ length: 11 }, (_, i) => `\`item-${i}\` → off`).join(', ')}. The current configuration applies to this change.`;
    expect(note.length).toBeGreaterThan(300);
    expect(renderText({ ...sampleReport, notices: [note] })).toContain('item-10` → off. The current configuration applies to this change.');
    expect(renderChecklistMarkdown({ ...sampleReport, notices: [note] }, sampleLinks)).toContain('item-10` → off. The current configuration applies to this change.');
  });

  it('colors every status, level, place and rule id', () => {
    const lines = renderText(sampleReport, { color: true }).split('\n');
    // ESC shown as ␛.
    expect(lines.filter((line) => line.includes('\u001b[')).join('\n').replaceAll('\u001b', '␛')).toMatchInlineSnapshot(`
      "␛[1mtemplates/internal-sweep/template.json:3:14␛[0m: template holds organization id \`org_…\` in \`props.defaults.org\` (waived until 2026-12-31 by @northwind/platform: internal template) ␛[2m[templates-portable/org-id]␛[0m
      ␛[1mworkflows/payout/manifest.yaml:4:3␛[0m: ␛[33mwarning: ␛[0mconnector \`slack-ops\` has no owner ␛[2m[connectors-scoped/missing-owner]␛[0m
      ␛[1mworkflows/payout/manifest.yaml:18:7␛[0m: simulation evidence was recorded for an older definition of \`send_payout\` ␛[2m[wallet-actions-bounded/stale-evidence]␛[0m
      ␛[1mworkflows/payout/workflow.json:37:21␛[0m: \`send_payout.payload.amount\` must be a decimal string of digits, got a number ␛[2m[definition-validates/payload-schema]␛[0m
      ␛[1mworkflows/payout/workflow.json:40:9␛[0m: node \`send_payout\` takes its amount from \`{{trigger.body.amount}}\` with no maximum ␛[2m[wallet-actions-bounded/unbounded-amount]␛[0m
      ␛[1mworkflows/payout/workflow.json:52:15␛[0m: node \`check_gas\` uses type \`acme-gas-oracel\`, which the catalog does not know ␛[2m[definition-validates/unknown-node-type]␛[0m
      ␛[1mworkflows/treasury/workflow.yaml:12:5␛[0m: ␛[33mwarning: ␛[0moutput of node \`fetch_rates\` is never used ␛[2m[definition-validates/unused-output]␛[0m
      ␛[1m<no file>␛[0m: \`acme-gas-oracle\` has no page ␛[2m[docs-updated/missing-page]␛[0m
      ␛[1m<no file>␛[0m: could not verify: execution webhooks could not be listed ␛[2m[failure-paths-observable/execution-webhook]␛[0m
      ␛[1;31mFAIL      ␛[0m  Definition validates            2 errors in \`workflows/payout/workflow.json\` · 1 warning
      ␛[32mPASS      ␛[0m  Connectors are scoped           1 warning
      ␛[1;31mFAIL      ␛[0m  Wallet actions are bounded      \`send_payout\`: amount not bounded; evidence is stale
      ␛[33mINCOMPLETE␛[0m  Failure paths are observable    could not list execution webhooks: the B3OS API answered 503
      ␛[1;31mFAIL      ␛[0m  Docs are updated                \`acme-gas-oracle\` has no page
      ␛[32mPASS      ␛[0m  API keys are scoped
      ␛[32mPASS      ␛[0m  Credentials live in connectors
      ␛[2mN/A       ␛[0m  Wallets are dedicated           not affected
      ␛[2mN/A       ␛[0m  Webhooks are verified           not affected
      ␛[36mWAIVED    ␛[0m  Templates are portable          waived until 2026-12-31 by @northwind/platform: internal template
      ␛[32mPASS      ␛[0m  Public contract holds
      Result: ␛[1;31mfail␛[0m (4 of 11 items block)"
    `);
    const ready: Report = { ...sampleReport, result: 'pass', items: checklist({}), objects: [], notices: [] };
    expect(renderText(ready, { color: true })).toContain('\nResult: \u001b[32mpass\u001b[0m\n');
  });

  it('says why a proposed waiver is not applied to its finding', () => {
    const pending = finding({ ruleId: 'wallets-dedicated/wallet-use', severity: 'error', message: 'shared wallet', location: { file: 'workflows/a/workflow.json', line: 4, column: 9 }, pendingWaiver: { approver: '@acme/sec', reason: 'migrating', expires: '2026-12-31', state: 'pending', why: 'pending approval by @acme/sec' } });
    const report: Report = { ...sampleReport, items: checklist({ 'wallets-dedicated': { status: 'fail', findings: [pending] } }), objects: [], notices: [] };
    expect(renderText(report)).toContain('workflows/a/workflow.json:4:9: shared wallet (waiver until 2026-12-31 not applied, pending approval by @acme/sec: migrating) [wallets-dedicated/wallet-use]');
  });

  it('colors notices, items turned off, and a pass with items turned off', () => {
    const notice = finding({ ruleId: 'public-contract/schema-change', severity: 'notice', message: 'a new optional field', location: { file: 'actions/a/action.json', line: 2, column: 3 } });
    const report: Report = { ...sampleReport, result: 'pass', items: checklist({ 'public-contract': { findings: [notice] }, 'webhooks-verified': { status: 'off', findings: [] } }), objects: [], notices: [] };
    const text = renderText(report, { color: true });
    expect(text).toContain(': \u001b[36mnotice: \u001b[0ma new optional field');
    expect(text).toMatch(/\n\u001b\[2mOFF +\u001b\[0m  Webhooks are verified/);
    expect(text).toContain('\nResult: \u001b[32mpass\u001b[0m (1 item off)\n');
  });

  it('lists every notice on its own line, and the workflows re-validated for a changed schema', () => {
    const text = renderText({ ...sampleReport, notices: ['first notice', 'second notice'], summary: { ...sampleReport.summary, blastRadius: ['workflows/a/workflow.json', 'workflows/b/workflow.json'] } });
    expect(text).toContain('\n\nnote: first notice\nnote: second notice\n\nre-validated for a changed schema: workflows/a/workflow.json, workflows/b/workflow.json\n\nChecked ');
  });

  it('leaves `::` inside a file name as it is', () => {
    const bad = finding({ ruleId: 'definition-validates/workflow-shape', severity: 'error', message: 'broken', location: { file: 'docs/a::b.md', line: 1, column: 1 } });
    const text = renderText({ ...sampleReport, configFindings: [], items: checklist({ 'definition-validates': { status: 'fail', findings: [bad] } }) });
    expect(text.startsWith('docs/a::b.md:1:1: broken [definition-validates/workflow-shape]\n')).toBe(true);
  });

  it('says pass when nothing blocks', () => {
    const ready: Report = { ...sampleReport, result: 'pass', items: checklist({}), objects: [], notices: [] };
    expect(renderText(ready).split('\n').slice(-5)).toEqual([
      'PASS  Public contract holds',
      '',
      'Checked change from `0f1e2d3` to `a1b2c3d` · 14 files changed · checked merged into `main` at `0f1e2d3` as `9e8d7c6` · configuration: `.github/b3os-readiness.yml` on `main` at `0f1e2d3`',
      'Result: pass',
      '',
    ]);
    const audit = { ...ready, summary: { ...ready.summary, mode: 'all' as const, base: undefined, head: 'WORKTREE', changedFiles: 1, config: undefined } };
    expect(renderText(audit)).toContain('\nChecked full audit of the working tree · 1 file\nResult: pass\n');
  });

  it('keeps hostile names on one line and never starts a line with a workflow command', () => {
    const hostile: Report = {
      ...sampleReport,
      items: checklist({
        'definition-validates': {
          status: 'fail',
          findings: [
            finding({
              ruleId: 'definition-validates/payload-schema',
              severity: 'error',
              message: 'bad\n::add-mask::x \u001b[2J',
              hint: 'fix\r\n::error file=README.md,line=1::fake',
              location: { file: '  ::error file=a::fake', line: 2, column: 4 },
            }),
          ],
        },
      }),
    };
    const lines = renderText(hostile).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      './  ::error file=a::fake:2:4: bad ::add-mask::x \ufffd[2J [definition-validates/payload-schema]',
      '  hint: fix ::error file=README.md,line=1::fake',
    ]);
    expect(lines.filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
  });

  it('says why it fails on warnings alone, and shows an item turned off as such', () => {
    const warning = finding({ ruleId: 'definition-validates/expression-result-path', severity: 'warning', message: 'a warning', location: { file: 'w.json', line: 1, column: 1 } });
    const report: Report = {
      ...sampleReport,
      result: 'fail',
      items: checklist({ 'definition-validates': { findings: [warning] }, 'connectors-scoped': { status: 'off', reason: TURNED_OFF } }),
    };
    const text = renderText(report);
    expect(text).toMatch(/^Result: fail \(1 warning fails it under fail-on: warning; 1 item off\)$/m);
    expect(text).toMatch(/^OFF +Connectors are scoped +turned off in the configuration$/m);
  });

  it('counts the configuration\'s open warnings with the items\' when it fails on warnings', () => {
    const item = finding({ ruleId: 'definition-validates/expression-result-path', severity: 'warning', message: 'a warning', location: { file: 'w.json', line: 1, column: 1 } });
    const nearMiss = finding({ ruleId: 'configuration/near-miss', severity: 'warning', message: 'nearly matches', location: { file: 'workflows/zz/Workflow.json', line: 1, column: 1 } });
    const notice = finding({ ruleId: 'configuration/waiver', severity: 'notice', message: 'matched nothing', location: { file: '.github/b3os-readiness.yml', line: 3, column: 5 } });
    const both: Report = { ...sampleReport, result: 'fail', items: checklist({ 'definition-validates': { findings: [item] } }), configFindings: [nearMiss, notice] };
    expect(renderText(both)).toMatch(/^Result: fail \(2 warnings fail it under fail-on: warning\)$/m);
    const configOnly: Report = { ...sampleReport, result: 'fail', items: checklist({}), configFindings: [nearMiss] };
    expect(renderText(configOnly)).toMatch(/^Result: fail \(1 warning fails it under fail-on: warning\)$/m);
  });
});
