import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { checkDiffTable } from '../../support/diff-harness.js';

const TEMPLATE_PATH = 'templates/low-balance-alert/template.json';
const TEMPLATE = `${JSON.stringify(
  {
    name: 'Low balance alert',
    description: 'Alerts in Slack when a balance runs low.',
    tags: ['monitoring'],
    visibility: 'public',
    templateProps: [],
    definition: { nodes: { root: { type: 'manual', payload: {} } } },
  },
  null,
  2,
)}\n`;
const EXAMPLE_PAGE = 'docs/examples/low-balance-alert.md';

describe('docs-updated/pattern-page', () => {
  it('a new template is named on a page under docs/examples (all mode)', () =>
    checkRuleTable('docs-updated/pattern-page', [
      { name: 'page names the template path', files: { [TEMPLATE_PATH]: TEMPLATE, 'docs/examples/alerts.md': `Template: [${TEMPLATE_PATH}](../../${TEMPLATE_PATH})\n` }, expected: [] },
      { name: 'page names the slug', files: { [TEMPLATE_PATH]: TEMPLATE, 'docs/examples/nested/alerts.mdx': 'Start from `low-balance-alert`.\n' }, expected: [] },
      { name: 'no example page, at the template name', files: { [TEMPLATE_PATH]: TEMPLATE }, expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 2, column: 11, message: /template `low-balance-alert` is new but no page under `docs\/examples\/\*\*` names it/ }] },
      { name: 'a longer slug is not the template', files: { [TEMPLATE_PATH]: TEMPLATE, [EXAMPLE_PAGE]: 'See low-balance-alerts-v2.\n' }, expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 2, column: 11 }] },
      { name: 'a page elsewhere does not count', files: { [TEMPLATE_PATH]: TEMPLATE, 'docs/guide.md': 'Use low-balance-alert.\n' }, expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 2, column: 11 }] },
      { name: 'template that does not parse, at line 1', files: { [TEMPLATE_PATH]: '{ "name": ' }, expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 1, column: 1 }] },
    ]));

  it('only templates new since base need a page (diff mode)', () =>
    checkDiffTable('docs-updated/pattern-page', [
      { name: 'changed template that existed at base', base: { [TEMPLATE_PATH]: TEMPLATE }, head: { [TEMPLATE_PATH]: TEMPLATE.replace('runs low', 'is low') }, expected: [] },
      { name: 'new template without page', base: { 'README.md': '# ops\n' }, head: { 'README.md': '# ops\n', [TEMPLATE_PATH]: TEMPLATE }, expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 2, column: 11 }] },
    ]));
  it('reads the slug as a whole word, and words the fix', () =>
    checkRuleTable('docs-updated/pattern-page', [
      { name: 'the slug after a longer one', files: { [TEMPLATE_PATH]: TEMPLATE, [EXAMPLE_PAGE]: 'See low-balance-alerts, or low-balance-alert.\n' }, expected: [] },
      { name: 'the slug opens and closes the page', files: { [TEMPLATE_PATH]: TEMPLATE, [EXAMPLE_PAGE]: 'low-balance-alert' }, expected: [] },
      {
        name: 'the slug inside longer names only',
        files: { [TEMPLATE_PATH]: TEMPLATE, [EXAMPLE_PAGE]: 'my-low-balance-alert, xlow-balance-alert, _low-balance-alert, 1low-balance-alert, low-balance-alert_, low-balance-alert9, low-balance-alertX\n' },
        expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 2, column: 11, message: /^template `low-balance-alert` is new but no page under `docs\/examples\/\*\*` names it$/, hint: /^add a page under `docs\/examples\/\*\*` that describes the pattern and links `templates\/low-balance-alert\/template\.json`$/ }],
      },
      {
        name: 'every examples path in the message',
        files: { '.github/b3os-readiness.yml': 'version: 1\npaths:\n  exampleDocs: ["docs/examples/**", "guides/**"]\n', [TEMPLATE_PATH]: TEMPLATE },
        expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 2, column: 11, message: /no page under `docs\/examples\/\*\*` or `guides\/\*\*` names it$/, hint: /^add a page under `docs\/examples\/\*\*` or `guides\/\*\*` that describes/ }],
      },
      { name: 'a page under the second examples path', files: { '.github/b3os-readiness.yml': 'version: 1\npaths:\n  exampleDocs: ["docs/examples/**", "guides/**"]\n', [TEMPLATE_PATH]: TEMPLATE, 'guides/alerts.md': 'Start from low-balance-alert.\n' }, expected: [] },
      { name: 'a template file that cannot be read, at its start', files: { [TEMPLATE_PATH]: new Uint8Array([0xff, 0xfe, 0x00, 0x41]) }, expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 1, column: 1, message: /^template `low-balance-alert` is new/ }] },
      { name: 'a template file that is a symlink, at its start', files: { [TEMPLATE_PATH]: { symlink: '../shared/template.json' } }, expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 1, column: 1, message: /^template `low-balance-alert` is new/ }] },
      { name: 'a binary page names nothing', files: { [TEMPLATE_PATH]: TEMPLATE, [EXAMPLE_PAGE]: new Uint8Array([0xff, 0xfe, 0x00, 0x41]), 'docs/examples/other.md': 'Nothing here.\n' }, expected: [{ severity: 'error', file: TEMPLATE_PATH, line: 2, column: 11 }] },
    ]));
});
