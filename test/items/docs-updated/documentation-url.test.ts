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
});
