import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { actionJson, PAGE, pageWith, TRIGGER, TRIGGER_PAGE, TRIGGER_PATH } from './fixtures.js';

/** A trigger page as docs.b3os.org publishes it: no frontmatter, no At a Glance, the site's headings. */
const REAL_TRIGGER_PAGE = readFileSync(new URL('../../fixtures/docs-site/token-price-cexes.md', import.meta.url), 'utf8');
const SITE_CONFIG = 'version: 1\ndocs:\n  layout: docs-site\n';
const SITE_TRIGGER = 'actions/trigger-reference/triggers/token-price-cexes.md';
const SITE_ACTION = 'actions/reference/generated/acme-ping.md';
const SITE_BUILT_IN = 'actions/reference/built-ins/acme-ping.md';
const ACTION = 'actions/acme-ping/action.json';

/** The repository's own trigger documented with the site's headings (sections matched by role). */
const TRIGGER_PAGE_SITE_HEADINGS = TRIGGER_PAGE.replace('## Payload Schema', '## Trigger Configuration').replace('## Result Schema', '## Trigger Result').replace('## Examples', '## Workflow Root Example');

describe('docs pages in the docs site layout', () => {
  it('a real-style trigger page passes every docs-updated rule', async () => {
    const report = await auditFiles({ '.github/b3os-readiness.yml': SITE_CONFIG, [SITE_TRIGGER]: REAL_TRIGGER_PAGE });
    const docs = report.items.find((i) => i.id === 'docs-updated')!;
    expect(docs.status).toBe('pass');
    expect(docs.findings.filter((f) => f.severity === 'error' || f.unverified)).toEqual([]);
    expect(docs.findings.filter((f) => f.ruleId !== 'docs-updated/payload-table')).toEqual([]);
  });

  it('page-sections: sections matched by role, pages where the site has them', () =>
    checkRuleTable('docs-updated/page-sections', [
      { name: 'real-style trigger page', files: { '.github/b3os-readiness.yml': SITE_CONFIG, [SITE_TRIGGER]: REAL_TRIGGER_PAGE }, expected: [] },
      { name: 'site headings in the repository layout', files: { [TRIGGER_PATH]: TRIGGER, 'docs/triggers/reference/acme-event.md': TRIGGER_PAGE_SITE_HEADINGS }, expected: [] },
      {
        name: 'real-style trigger page in the repository layout still needs At a Glance and frontmatter',
        files: { 'docs/triggers/reference/token-price-cexes.md': REAL_TRIGGER_PAGE },
        expected: [
          { file: 'docs/triggers/reference/token-price-cexes.md', line: 1, column: 1, severity: 'error', message: /^the trigger page has no `At a Glance` section$/ },
          { file: 'docs/triggers/reference/token-price-cexes.md', line: 1, column: 1, severity: 'warning', message: /no frontmatter/ },
        ],
      },
      {
        name: 'site trigger page without its configuration section',
        files: { '.github/b3os-readiness.yml': SITE_CONFIG, [SITE_TRIGGER]: REAL_TRIGGER_PAGE.replace('## Trigger Configuration', '## Settings') },
        expected: [{ file: SITE_TRIGGER, line: 1, column: 1, severity: 'error', message: /^the trigger page has no `Payload Schema` section$/ }],
      },
      { name: 'action page under built-ins', files: { '.github/b3os-readiness.yml': SITE_CONFIG, [ACTION]: actionJson(), [SITE_BUILT_IN]: PAGE }, expected: [] },
      {
        name: 'action page in the site layout still needs At a Glance',
        files: { '.github/b3os-readiness.yml': SITE_CONFIG, [ACTION]: actionJson(), [SITE_ACTION]: pageWith('## At a Glance', '## Overview') },
        expected: [{ file: SITE_ACTION, line: 6, column: 1, severity: 'error', message: /no `At a Glance` section/ }],
      },
    ]));

  it('action-page-missing expects the site path', () =>
    checkRuleTable('docs-updated/action-page-missing', [
      { name: 'page under generated', files: { '.github/b3os-readiness.yml': SITE_CONFIG, [ACTION]: actionJson(), [SITE_ACTION]: PAGE }, expected: [] },
      {
        name: 'page only at the repository path',
        files: { '.github/b3os-readiness.yml': SITE_CONFIG, [ACTION]: actionJson(), 'docs/actions/reference/generated/acme-ping.md': PAGE },
        expected: [{ file: ACTION, line: 2, column: 11, severity: 'error', message: /expected `actions\/reference\/generated\/acme-ping\.md`/ }],
      },
    ]));

  it('a paths list still wins over the layout', async () => {
    const config = `${SITE_CONFIG}paths:\n  actionDocs: ["handbook/{id}.md"]\n`;
    const report = await auditFiles({ '.github/b3os-readiness.yml': config, [ACTION]: actionJson(), [SITE_ACTION]: PAGE });
    expect(findingsOf(report, 'docs-updated/action-page-missing').map((f) => f.message)).toEqual([expect.stringMatching(/expected `handbook\/acme-ping\.md`/)]);
  });
});
