import { describe, expect, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { auditFiles, checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { ACTION_PATH, actionJson, PAGE, PAGE_PATH as P, pageWith, pingRepo, TRIGGER, TRIGGER_PAGE, TRIGGER_PAGE_PATH, TRIGGER_PATH } from './fixtures.js';

const HEADINGS_CONFIG = 'version: 1\ndocs:\n  headings:\n    result: Output\n';

describe('docs-updated/page-sections', () => {
  it('checks the frontmatter type and the four sections', () =>
    checkRuleTable('docs-updated/page-sections', [
      { name: 'complete action page', files: pingRepo(), expected: [] },
      { name: 'complete trigger page', files: { [TRIGGER_PATH]: TRIGGER, [TRIGGER_PAGE_PATH]: TRIGGER_PAGE }, expected: [] },
      { name: 'configured heading', files: pingRepo({ '.github/b3os-readiness.yml': HEADINGS_CONFIG, [P]: pageWith('## Result Schema', '## Output') }), expected: [] },
      { name: 'frontmatter names another type', files: pingRepo({ [P]: pageWith('type: acme-ping', 'type: acme-pong') }), expected: [{ severity: 'error', file: P, line: 3, column: 7, message: /frontmatter `type` is `acme-pong`, but this page documents `acme-ping`/ }] },
      { name: 'frontmatter without type', files: pingRepo({ [P]: pageWith('type: acme-ping\n', '') }), expected: [{ severity: 'warning', file: P, line: 1, column: 1, message: /has no `type`/ }] },
      { name: 'no frontmatter', files: pingRepo({ [P]: PAGE.slice(PAGE.indexOf('# Acme')) }), expected: [{ severity: 'warning', file: P, line: 1, column: 1, message: /no frontmatter naming the type it documents, `acme-ping`/ }] },
      { name: 'frontmatter is not YAML', files: pingRepo({ [P]: pageWith('title: Acme Ping', 'title: [Acme') }), expected: [{ severity: 'error', file: P, line: 3, column: 1, message: /the frontmatter is not valid YAML/ }] },
      { name: 'section missing, reported at the H1', files: pingRepo({ [P]: pageWith('## Result Schema', '## Output') }), expected: [{ severity: 'error', file: P, line: 6, column: 1, message: /the action page has no `Result Schema` section/ }] },
      { name: 'configured heading missing', files: pingRepo({ '.github/b3os-readiness.yml': HEADINGS_CONFIG }), expected: [{ severity: 'error', file: P, line: 6, column: 1, message: /no `Output` section/ }] },
      { name: 'page too long to parse safely: unverified', files: pingRepo({ [P]: PAGE + 'x\n'.repeat(5000) }), expected: [{ severity: 'error', file: P, line: 3001, column: 1, message: /page of `acme-ping` cannot be checked: the page has more than 3000 lines/ }] },
      { name: 'page that is not text: unverified', files: pingRepo({ [P]: new Uint8Array([0xff, 0xfe, 0x00, 0x41]) }), expected: [{ severity: 'error', file: P, line: 1, column: 1, message: /cannot be read as text/ }] },
      {
        name: 'a page changed alone is checked too',
        files: { [TRIGGER_PAGE_PATH]: pageWith('## At a Glance', '## Overview', TRIGGER_PAGE), [TRIGGER_PATH]: TRIGGER },
        expected: [{ severity: 'error', file: TRIGGER_PAGE_PATH, line: 5, column: 1, message: /the trigger page has no `At a Glance` section/ }],
      },
    ]));

  it('reports the first hidden character of a page, once', () =>
    checkRuleTable('docs-updated/page-sections', [
      { name: 'byte-order mark at the start is not reported', files: pingRepo({ [P]: `\ufeff${PAGE}` }), expected: [] },
      { name: 'right-to-left override in the lead', files: pingRepo({ [P]: pageWith('Measures the round-trip', 'Measures the \u202eround-trip') }), expected: [{ severity: 'warning', file: P, line: 8, column: 14, message: /^the action page has a hidden character U\+202E right-to-left override$/ }] },
      { name: 'zero-width space in a table cell', files: pingRepo({ [P]: pageWith('| `host` |', '| `ho\u200bst` |') }), expected: [{ severity: 'warning', file: P, line: 20, column: 6, message: /^the action page has a hidden character U\+200B zero-width space$/ }] },
      {
        name: 'several: one finding, at the first',
        files: pingRepo({ [P]: pageWith('Host to ping', 'Host\u2067 to ping\u2069', pageWith('Number of pings', 'Number of\u200d pings')) }),
        expected: [{ severity: 'warning', file: P, line: 20, column: 31, message: /hidden character U\+2067 right-to-left isolate \(the first of 3\)$/ }],
      },
      {
        name: 'in the frontmatter type, which is then quoted visibly',
        files: pingRepo({ [P]: pageWith('type: acme-ping', 'type: acme\u200b-ping') }),
        expected: [
          { severity: 'error', file: P, line: 3, column: 7, message: /^the frontmatter `type` is `acme\\u200b-ping`, but this page documents `acme-ping`$/ },
          { severity: 'warning', file: P, line: 3, column: 11, message: /hidden character U\+200B zero-width space$/ },
        ],
      },
      { name: 'trigger page changed alone', files: { [TRIGGER_PATH]: TRIGGER, [TRIGGER_PAGE_PATH]: pageWith('# Acme Event', '# Acme\u2066 Event', TRIGGER_PAGE) }, expected: [{ severity: 'warning', file: TRIGGER_PAGE_PATH, line: 5, column: 7, message: /^the trigger page has a hidden character U\+2066 left-to-right isolate$/ }] },
      {
        name: 'page too long to parse is still searched',
        files: pingRepo({ [P]: pageWith('Measures', 'Measures\u202e', PAGE + 'x\n'.repeat(5000)) }),
        expected: [
          { severity: 'error', file: P, line: 3001, column: 1, message: /cannot be checked/ },
          { severity: 'warning', file: P, line: 8, column: 9, message: /hidden character U\+202E/ },
        ],
      },
    ]));

  it('words each finding and its fix', () =>
    checkRuleTable('docs-updated/page-sections', [
      { name: 'a section under another name', files: pingRepo({ [P]: pageWith('## Payload Schema', '## Inputs') }), expected: [{ severity: 'error', file: P, line: 6, column: 1, message: /^the action page has no `Payload Schema` section$/, hint: /^add a `## Payload Schema` heading with its content \(see the page anatomy in the rule docs\)$/ }] },
      {
        name: 'page too long: the limits in the fix',
        files: pingRepo({ [P]: PAGE + 'y\n'.repeat(5000) }),
        expected: [{ severity: 'error', file: P, line: 3001, column: 1, unverified: true, message: /^the action page of `acme-ping` cannot be checked: /, hint: /^keep the page plain UTF-8 Markdown, under 128 KB and 3000 lines, with lists and quotes nested at most 32 levels$/ }],
      },
      {
        name: 'unreadable page',
        files: pingRepo({ [P]: new Uint8Array([0xff, 0xfe, 0x00, 0x42]) }),
        expected: [{ severity: 'error', file: P, line: 1, column: 1, unverified: true, message: /^the action page of `acme-ping` cannot be checked: the page cannot be read as text \(binary, not UTF-8, or over the size limit\)$/ }],
      },
      { name: 'two hidden characters', files: pingRepo({ [P]: pageWith('Host to ping', 'Host\u200b to\u200b ping') }), expected: [{ severity: 'warning', file: P, line: 20, column: 31, message: /^the action page has a hidden character U\+200B zero-width space \(the first of 2\)$/, hint: /^remove every hidden character from the page: it makes the text display differently from what tools read and readers copy$/ }] },
      { name: 'ten hidden characters or more', files: pingRepo({ [P]: pageWith('Host to ping', `Host to ping${'\u200b'.repeat(11)}`) }), expected: [{ severity: 'warning', file: P, line: 20, column: 39, message: /hidden character U\+200B zero-width space \(the first of 10 or more\)$/ }] },
      { name: 'nine hidden characters', files: pingRepo({ [P]: pageWith('Host to ping', `Host to ping${'\u200b'.repeat(9)}`) }), expected: [{ severity: 'warning', file: P, line: 20, column: 39, message: /hidden character U\+200B zero-width space \(the first of 9\)$/ }] },
      { name: 'frontmatter that is not YAML', files: pingRepo({ [P]: pageWith('title: Acme Ping', 'title: {Acme') }), expected: [{ severity: 'error', file: P, line: 3, column: 1, hint: /^fix the frontmatter between the `---` lines$/ }] },
      { name: 'no frontmatter', files: pingRepo({ [P]: PAGE.slice(PAGE.indexOf('# Acme')) + '\n' }), expected: [{ severity: 'warning', file: P, line: 1, column: 1, message: /^the page has no frontmatter naming the type it documents, `acme-ping`$/, hint: /^start the page with `---`, `type: acme-ping`, `---`$/ }] },
      { name: 'frontmatter without type', files: pingRepo({ [P]: pageWith('type: acme-ping\n', 'kind: action\n') }), expected: [{ severity: 'warning', file: P, line: 1, column: 1, message: /^the frontmatter has no `type`; this page documents `acme-ping`$/, hint: /^add `type: acme-ping` to the frontmatter$/ }] },
      { name: 'frontmatter type that is no string', files: pingRepo({ [P]: pageWith('type: acme-ping', 'type: 7') }), expected: [{ severity: 'error', file: P, line: 3, column: 7, message: /^the frontmatter `type` is not a string, but this page documents `acme-ping`$/, hint: /^set `type: acme-ping`$/ }] },
      { name: 'the type in the frontmatter', files: pingRepo({ [P]: pageWith('title: Acme Ping', 'title: Acme Ping!') }), expected: [] },
    ]));

  it('checks the pages of the types a change touches, and only pages at a type\'s path', () =>
    checkRuleTable('docs-updated/page-sections', [
      { name: 'a docs page at no type\'s path', files: { 'docs/guide.md': '# Guide\n\nNo frontmatter.\n' }, expected: [] },
      { name: 'a page at a type\'s path with no type in it', files: { 'docs/actions/reference/generated/.md': '# Nothing\n' }, expected: [] },
      { name: 'an action without a page: left to action-page-missing', files: { [ACTION_PATH]: actionJson() }, expected: [] },
      { name: 'an API page is no type\'s page', files: { 'docs/api/payouts.md': '# Payouts\n\n`GET /v1/payouts`\n' }, expected: [] },
      { name: 'a page at a docs path without a capture names no type', files: { '.github/b3os-readiness.yml': 'version: 1\npaths:\n  actionDocs: ["docs/actions/reference/generated/{id}.md", "docs/handbook/*.md"]\n', 'docs/handbook/intro.md': '# Intro\n' }, expected: [] },
      { name: 'an .mdx page changed alone is checked by its type', files: { [TRIGGER_PAGE_PATH.replace('.md', '.mdx')]: pageWith('## At a Glance', '## Overview', TRIGGER_PAGE) }, expected: [{ severity: 'error', file: TRIGGER_PAGE_PATH.replace('.md', '.mdx'), line: 5, column: 1, message: /^the trigger page has no `At a Glance` section$/ }] },
      { name: 'an empty frontmatter', files: pingRepo({ [P]: pageWith('title: Acme Ping\ntype: acme-ping\n', '') }), expected: [{ severity: 'warning', file: P, line: 1, column: 1, message: /^the frontmatter has no `type`/ }] },
    ]));

  it('checks the unchanged page of a changed action', () => {
    const base = pingRepo({ [P]: pageWith('## At a Glance', '## Overview') });
    return checkDiffTable('docs-updated/page-sections', [
      { name: 'the action changes, its page does not', base, head: { ...base, [ACTION_PATH]: actionJson((d) => (d.name = 'Acme Ping 2')) }, expected: [{ severity: 'error', file: P, line: 6, column: 1, message: /^the action page has no `At a Glance` section$/ }] },
      { name: 'another file changes', base, head: { ...base, 'README.md': '# ops\n' }, expected: [] },
    ]);
  });

  it('reports hidden characters as a warning, like the JSON and YAML parser does', async () => {
    const report = await auditFiles(pingRepo({ [P]: pageWith('Measures the round-trip', 'Measures the \u202eround-trip') }));
    expect(findingsOf(report, 'docs-updated/page-sections').map((f) => f.severity)).toEqual(['warning']);
  });

  it('reports a page without a frontmatter type as a warning (its path names the type), a wrong type as an error', async () => {
    const missing = await auditFiles(pingRepo({ [P]: PAGE.slice(PAGE.indexOf('# Acme')) }));
    expect(findingsOf(missing, 'docs-updated/page-sections').map((f) => f.severity)).toEqual(['warning']);
    const wrong = await auditFiles(pingRepo({ [P]: pageWith('type: acme-ping', 'type: acme-pong') }));
    expect(findingsOf(wrong, 'docs-updated/page-sections').map((f) => f.severity)).toEqual(['error']);
  });
});
