import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { PAGE, PAGE_PATH as P, pageWith, pingRepo, TRIGGER, TRIGGER_PAGE, TRIGGER_PAGE_PATH, TRIGGER_PATH } from './fixtures.js';

const HEADINGS_CONFIG = 'version: 1\ndocs:\n  headings:\n    result: Output\n';

describe('docs-updated/page-sections', () => {
  it('checks the frontmatter type and the four sections', () =>
    checkRuleTable('docs-updated/page-sections', [
      { name: 'complete action page', files: pingRepo(), expected: [] },
      { name: 'complete trigger page', files: { [TRIGGER_PATH]: TRIGGER, [TRIGGER_PAGE_PATH]: TRIGGER_PAGE }, expected: [] },
      { name: 'configured heading', files: pingRepo({ '.github/b3os-readiness.yml': HEADINGS_CONFIG, [P]: pageWith('## Result Schema', '## Output') }), expected: [] },
      { name: 'frontmatter names another type', files: pingRepo({ [P]: pageWith('type: acme-ping', 'type: acme-pong') }), expected: [{ file: P, line: 3, column: 7, message: /frontmatter `type` is `acme-pong`, but this page documents `acme-ping`/ }] },
      { name: 'frontmatter without type', files: pingRepo({ [P]: pageWith('type: acme-ping\n', '') }), expected: [{ file: P, line: 1, column: 1, message: /has no `type`/ }] },
      { name: 'no frontmatter', files: pingRepo({ [P]: PAGE.slice(PAGE.indexOf('# Acme')) }), expected: [{ file: P, line: 1, column: 1, message: /no frontmatter naming the type it documents, `acme-ping`/ }] },
      { name: 'frontmatter is not YAML', files: pingRepo({ [P]: pageWith('title: Acme Ping', 'title: [Acme') }), expected: [{ file: P, line: 3, column: 1, message: /the frontmatter is not valid YAML/ }] },
      { name: 'section missing, reported at the H1', files: pingRepo({ [P]: pageWith('## Result Schema', '## Output') }), expected: [{ file: P, line: 6, column: 1, message: /the action page has no `Result Schema` section/ }] },
      { name: 'configured heading missing', files: pingRepo({ '.github/b3os-readiness.yml': HEADINGS_CONFIG }), expected: [{ file: P, line: 6, column: 1, message: /no `Output` section/ }] },
      { name: 'page too long to parse safely: unverified', files: pingRepo({ [P]: PAGE + 'x\n'.repeat(5000) }), expected: [{ file: P, line: 3001, column: 1, message: /page of `acme-ping` cannot be checked: the page has more than 3000 lines/ }] },
      { name: 'page that is not text: unverified', files: pingRepo({ [P]: new Uint8Array([0xff, 0xfe, 0x00, 0x41]) }), expected: [{ file: P, line: 1, column: 1, message: /cannot be read as text/ }] },
      {
        name: 'a page changed alone is checked too',
        files: { [TRIGGER_PAGE_PATH]: pageWith('## At a Glance', '## Overview', TRIGGER_PAGE), [TRIGGER_PATH]: TRIGGER },
        expected: [{ file: TRIGGER_PAGE_PATH, line: 5, column: 1, message: /the trigger page has no `At a Glance` section/ }],
      },
    ]));
});
