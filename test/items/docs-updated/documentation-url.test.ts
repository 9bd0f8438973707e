import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ACTION_PATH, actionJson, PAGE, PAGE_PATH, pingRepo, SDK_EXECUTE_PATH, SDK_SCHEMA, SDK_SCHEMA_PATH, sdkExecute, TRIGGER_PATH } from './fixtures.js';

const triggerWithUrl = (url: string) =>
  `${JSON.stringify({ type: 'acme-event', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} }, documentationUrl: url }, null, 2)}\n`;
const sdkWithUrl = (url: string) => ({ [SDK_SCHEMA_PATH]: SDK_SCHEMA, [SDK_EXECUTE_PATH]: sdkExecute("{ gwei: '12' }", `\n      documentationUrl: '${url}',`) });

describe('docs-updated/documentation-url', () => {
  it('checks that documentationUrl ends with the docs page path', () =>
    checkRuleTable('docs-updated/documentation-url', [
      { name: 'matching url', files: pingRepo(), expected: [] },
      { name: 'trailing slash, query and fragment', files: pingRepo({ [ACTION_PATH]: actionJson((d) => (d.documentationUrl = 'https://docs.acme.example/actions/reference/generated/acme-ping/?lang=en#top')) }), expected: [] },
      { name: 'mdx page', files: { [ACTION_PATH]: actionJson(), [PAGE_PATH.replace('.md', '.mdx')]: PAGE }, expected: [] },
      { name: 'no url', files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.documentationUrl) }), expected: [] },
      { name: 'trigger url on the trigger reference path', files: { [TRIGGER_PATH]: triggerWithUrl('https://docs.acme.example/triggers/reference/acme-event') }, expected: [] },
      {
        name: 'url elsewhere, at the definition',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => (d.documentationUrl = 'https://docs.acme.example/acme-ping')) }),
        expected: [{ severity: 'error', file: ACTION_PATH, line: 46, column: 23, message: /`documentationUrl` of `acme-ping` is `https:\/\/docs\.acme\.example\/acme-ping`, which does not point at its docs page `docs\/actions\/reference\/generated\/acme-ping\.md`/ }],
      },
      { name: 'trigger url without the reference segment', files: { [TRIGGER_PATH]: triggerWithUrl('https://docs.acme.example/triggers/acme-event') }, expected: [{ severity: 'error', file: TRIGGER_PATH, line: 11, column: 23, message: /`docs\/triggers\/reference\/acme-event\.md`/ }] },
      { name: 'SDK action url, at its line in execute.ts', files: sdkWithUrl('https://docs.acme.example/acme-gas'), expected: [{ severity: 'error', file: SDK_EXECUTE_PATH, line: 11, column: 7, message: /`documentationUrl` of `acme-gas`/ }] },
    ]));
  it('reads the URL as a site shows it, and words the fix', () => {
    const withUrl = (url: string) => pingRepo({ [ACTION_PATH]: actionJson((d) => (d.documentationUrl = url)) });
    const at = { severity: 'error' as const, file: ACTION_PATH, line: 46, column: 23 };
    return checkRuleTable('docs-updated/documentation-url', [
      { name: 'an .html page in capitals of the scheme', files: withUrl('HTTPS://docs.acme.example/actions/reference/generated/acme-ping.html'), expected: [] },
      { name: 'an .MD page', files: withUrl('https://docs.acme.example/actions/reference/generated/acme-ping.MD'), expected: [] },
      { name: 'trailing slashes', files: withUrl('https://docs.acme.example/actions/reference/generated/acme-ping//'), expected: [] },
      { name: 'an .htm page', files: withUrl('https://docs.acme.example/actions/reference/generated/acme-ping.htm'), expected: [] },
      {
        name: 'a docs path with docs/ and .md inside it',
        files: { '.github/b3os-readiness.yml': 'version: 1\npaths:\n  actionDocs: ["handbook/docs/v1.md/{id}.md"]\n', [ACTION_PATH]: actionJson((d) => (d.documentationUrl = 'https://docs.acme.example/handbook/docs/v1.md/acme-ping')), 'handbook/docs/v1.md/acme-ping.md': PAGE },
        expected: [],
      },
      { name: 'the docs site layout: a URL to the first of its two paths', files: { '.github/b3os-readiness.yml': 'version: 1\ndocs:\n  layout: docs-site\n', [ACTION_PATH]: actionJson((d) => (d.documentationUrl = 'https://docs.acme.example/actions/reference/generated/acme-ping')) }, expected: [] },
      { name: 'a site named only after the start', files: withUrl('docs/acme-ping?next=https://other.example/'), expected: [{ ...at, hint: /e\.g\. `https:\/\/docs\.b3os\.org\/actions\/reference\/generated\/acme-ping`$/ }] },
      {
        name: 'a longer last folder is another page',
        files: withUrl('https://docs.acme.example/myactions/reference/generated/acme-ping'),
        expected: [{ ...at, message: /^`documentationUrl` of `acme-ping` is `https:\/\/docs\.acme\.example\/myactions\/reference\/generated\/acme-ping`, which does not point at its docs page `docs\/actions\/reference\/generated\/acme-ping\.md`$/, hint: /^end the URL with `\/actions\/reference\/generated\/acme-ping`, e\.g\. `https:\/\/docs\.acme\.example\/actions\/reference\/generated\/acme-ping`$/ }],
      },
      { name: 'query and fragment are not shown', files: withUrl('http://Docs.Acme.Example/acme-ping?token=abc#top'), expected: [{ ...at, message: /is `http:\/\/Docs\.Acme\.Example\/acme-ping`, which/, hint: /e\.g\. `http:\/\/Docs\.Acme\.Example\/actions\/reference\/generated\/acme-ping`$/ }] },
      { name: 'a fragment alone is not shown', files: withUrl('https://docs.acme.example/acme-ping#top'), expected: [{ ...at, message: /is `https:\/\/docs\.acme\.example\/acme-ping`, which/ }] },
      { name: 'a URL without a site', files: withUrl('acme-ping'), expected: [{ ...at, column: 23, hint: /e\.g\. `https:\/\/docs\.b3os\.org\/actions\/reference\/generated\/acme-ping`$/ }] },
      { name: 'no page: the first docs path', files: { [ACTION_PATH]: actionJson((d) => (d.documentationUrl = 'https://docs.acme.example/acme-ping')) }, expected: [{ ...at, message: /its docs page `docs\/actions\/reference\/generated\/acme-ping\.md`$/ }] },
      { name: 'an .mdx page: its path in the message', files: { [ACTION_PATH]: actionJson((d) => (d.documentationUrl = 'https://docs.acme.example/acme-ping')), [PAGE_PATH.replace('.md', '.mdx')]: PAGE }, expected: [{ ...at, message: /its docs page `docs\/actions\/reference\/generated\/acme-ping\.mdx`$/, hint: /^end the URL with `\/actions\/reference\/generated\/acme-ping`/ }] },
      { name: 'a shipped type is not checked', files: { 'docs/actions/reference/generated/get-balance.md': '---\ntype: get-balance\n---\n\n# Get balance\n' }, expected: [] },
      { name: 'SDK action url named first in a comment on line 1: the first line naming it', files: { [SDK_SCHEMA_PATH]: SDK_SCHEMA, [SDK_EXECUTE_PATH]: `/** documentationUrl: the page of the action */\n${sdkExecute("{ gwei: '12' }", "\n      documentationUrl: 'https://docs.acme.example/acme-gas',")}` }, expected: [{ severity: 'error', file: SDK_EXECUTE_PATH, line: 1, column: 5 }] },
      { name: 'SDK action url in a file with CR line ends', files: { [SDK_SCHEMA_PATH]: SDK_SCHEMA, [SDK_EXECUTE_PATH]: sdkExecute("{ gwei: '12' }", "\n      documentationUrl: 'https://docs.acme.example/acme-gas',").replace(/\n/g, '\r') }, expected: [{ severity: 'error', file: SDK_EXECUTE_PATH, line: 11, column: 7 }] },
      { name: 'SDK action url in a file with CRLF line ends', files: { [SDK_SCHEMA_PATH]: SDK_SCHEMA, [SDK_EXECUTE_PATH]: sdkExecute("{ gwei: '12' }", "\n      documentationUrl: 'https://docs.acme.example/acme-gas',").replace(/\n/g, '\r\n') }, expected: [{ severity: 'error', file: SDK_EXECUTE_PATH, line: 11, column: 7 }] },
    ]);
  });
});
