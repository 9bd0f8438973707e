import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, WF, WORKFLOW, edit, verifiedEnvironment, verifiedRepo } from './fixtures.js';

const RULE = 'webhooks-verified/webhook-url';
// The value of the execution webhook's `url`.
const URL_AT = { file: ENV, line: 16, column: 10 };
const HOOKS = 'https://ops.acme.example/b3os/hooks';

const withUrl = (url: string) => verifiedRepo({ [ENV]: edit(verifiedEnvironment(), HOOKS, url) });

/** The payout with a `send-webhook` node `tell` under `enough` (its `url` value on line 33, column 61). */
function sending(url: string): string {
  const linked = edit(WORKFLOW, '"children": ["pay"]', '"children": ["pay", "tell"]');
  const node = `,\n      "tell": { "type": "send-webhook", "payload": { "url": ${JSON.stringify(url)}, "body": { "paid": true } } }`;
  return edit(linked, '\n      }\n    }\n  }\n}', `\n      }${node}\n    }\n  }\n}`);
}

describe(RULE, () => {
  it('needs https URLs without credentials', () =>
    checkRuleTable(RULE, [
      { name: 'https', files: verifiedRepo(), expected: [] },
      { name: 'http', files: withUrl('http://ops.acme.example/b3os/hooks'), expected: [{ ...URL_AT, severity: 'error', message: /^execution webhook `ewh_failures` posts to `http:\/\/ops\.acme\.example` over plain http$/ }] },
      { name: 'HTTPS in capitals', files: withUrl('HTTPS://ops.acme.example/b3os/hooks'), expected: [] },
      {
        name: 'user and password in the URL, not repeated',
        files: withUrl('https://ops:hunter2@ops.acme.example/b3os/hooks'),
        expected: [{ ...URL_AT, severity: 'error', message: /^execution webhook `ewh_failures` has a user or password in its URL$/ }],
      },
      {
        name: 'token in the query',
        files: withUrl('https://ops.acme.example/b3os/hooks?access_token=abc123'),
        expected: [{ ...URL_AT, severity: 'error', message: /^execution webhook `ewh_failures` carries `access_token` in its URL query$/ }],
      },
      { name: 'harmless query parameter', files: withUrl('https://ops.acme.example/b3os/hooks?team=ops'), expected: [] },
      {
        name: 'Azure function key in `code`, value not repeated',
        files: withUrl('https://acme-hooks.azurewebsites.net/api/b3os?code=rFHidsTcuenVlX6cCRLvKVn7mjMGCtUiOHcxTd80'),
        expected: [{ ...URL_AT, severity: 'error', message: /^execution webhook `ewh_failures` carries `code` in its URL query$/ }],
      },
      {
        name: 'camelCase credential names',
        files: withUrl('https://ops.acme.example/b3os/hooks?apiToken=08dTxcHO&clientSecret=eFHvqfTp&team=ops'),
        expected: [
          { ...URL_AT, severity: 'error', message: /^execution webhook `ewh_failures` carries `apiToken` in its URL query$/ },
          { ...URL_AT, severity: 'error', message: /^execution webhook `ewh_failures` carries `clientSecret` in its URL query$/ },
        ],
      },
      {
        name: 'kebab, dotted and one-word credential names',
        files: withUrl('https://ops.acme.example/b3os/hooks?X-Amz-Signature=ab12&hook.password=pw&accesstoken=t'),
        expected: [
          { ...URL_AT, severity: 'error', message: /carries `X-Amz-Signature` in its URL query$/ },
          { ...URL_AT, severity: 'error', message: /carries `hook\.password` in its URL query$/ },
          { ...URL_AT, severity: 'error', message: /carries `accesstoken` in its URL query$/ },
        ],
      },
      { name: 'names that only contain a credential word inside another word', files: withUrl('https://ops.acme.example/b3os/hooks?keyword=ops&monkey=1&zipcode=10115'), expected: [] },
      {
        name: 'http with a key in the query: two findings',
        files: withUrl('http://ops.acme.example/b3os/hooks?api_key=abc123'),
        expected: [
          { ...URL_AT, severity: 'error', message: /over plain http$/ },
          { ...URL_AT, severity: 'error', message: /carries `api_key` in its URL query$/ },
        ],
      },
      { name: 'send-webhook to https', files: verifiedRepo({ [WF]: sending('https://erp.acme.example/hooks') }), expected: [] },
      { name: 'send-webhook to a computed URL', files: verifiedRepo({ [WF]: sending('{{$nodes.check.result.url}}') }), expected: [] },
      {
        name: 'send-webhook with a token in its written-out URL',
        files: verifiedRepo({ [WF]: sending('https://erp.acme.example/hooks?token=abc123') }),
        expected: [{ file: WF, line: 33, column: 61, severity: 'error', message: /^node `tell` carries `token` in its URL query$/ }],
      },
      { name: 'send-webhook with a token from an expression', files: verifiedRepo({ [WF]: sending('https://erp.acme.example/hooks?token={{$vars.erpToken}}') }), expected: [] },
      {
        name: 'send-webhook to http, path not repeated',
        files: verifiedRepo({ [WF]: sending('http://user:pw@erp.acme.example/hooks/{{$nodes.check.result.id}}?token=x') }),
        expected: [{ file: WF, line: 33, column: 61, severity: 'error', message: /^node `tell` posts to `http:\/\/erp\.acme\.example` over plain http$/ }],
      },
    ]));
});
