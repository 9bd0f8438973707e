import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, ENVIRONMENT, WF, WORKFLOW, edit, verifiedEnvironment, verifiedRepo } from './fixtures.js';

const RULE = 'webhooks-verified/webhook-url';
// The value of the execution webhook's `url`.
const URL_AT = { file: ENV, line: 16, column: 10 };
const HOOKS = 'https://ops.acme.example/b3os/hooks';

const withUrl = (url: string) => verifiedRepo({ [ENV]: edit(verifiedEnvironment(), HOOKS, url) });
const HTTPS_HINT = /^use an https URL: deliveries carry run data and their signature$/;
const USER_HINT = /^remove the credential from the URL, rotate it, and authenticate deliveries by their signature$/;
const QUERY_HINT = /^take the credential out of the URL, rotate it, and authenticate deliveries by their signature$/;
/** Every word that makes a query parameter a credential, one parameter each. */
const CREDENTIAL_WORDS = ['token', 'key', 'apikey', 'secret', 'code', 'sig', 'signature', 'password', 'passwd', 'pwd', 'pass', 'passphrase', 'auth', 'authorization', 'credential', 'credentials', 'jwt'];
/** One-word names that end in a credential word. */
const CREDENTIAL_ENDS = ['accesstoken', 'clientsecret', 'dbpassword', 'oldpasswd', 'hooksignature', 'credential', 'svccredential', 'svccredentials', 'myapikey', 'awsaccesskey', 'ecprivatekey', 'rootsecretkey', 'authkey', 'authcode'];

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
      { name: 'http', files: withUrl('http://ops.acme.example/b3os/hooks'), expected: [{ ...URL_AT, severity: 'error', message: /^execution webhook `ewh_failures` posts to `http:\/\/ops\.acme\.example` over plain http$/, hint: HTTPS_HINT }] },
      { name: 'HTTPS in capitals', files: withUrl('HTTPS://ops.acme.example/b3os/hooks'), expected: [] },
      {
        name: 'user and password in the URL, not repeated',
        files: withUrl('https://ops:hunter2@ops.acme.example/b3os/hooks'),
        expected: [{ ...URL_AT, severity: 'error', message: /^execution webhook `ewh_failures` has a user or password in its URL$/, hint: USER_HINT }],
      },
      { name: 'a user without a password', files: withUrl('https://ops@ops.acme.example/b3os/hooks'), expected: [{ ...URL_AT, severity: 'error', message: /has a user or password in its URL$/ }] },
      { name: 'a password without a user', files: withUrl('https://:hunter2@ops.acme.example/b3os/hooks'), expected: [{ ...URL_AT, severity: 'error', message: /has a user or password in its URL$/ }] },
      {
        name: 'every credential word as a parameter',
        files: withUrl(`https://ops.acme.example/b3os/hooks?${CREDENTIAL_WORDS.map((w) => `${w}=1`).join('&')}`),
        expected: CREDENTIAL_WORDS.map((w) => ({ ...URL_AT, severity: 'error' as const, message: new RegExp(`carries \`${w}\` in its URL query$`) })),
      },
      {
        name: 'one-word names ending in a credential word',
        files: withUrl(`https://ops.acme.example/b3os/hooks?${CREDENTIAL_ENDS.map((w) => `${w}=1`).join('&')}`),
        expected: CREDENTIAL_ENDS.map((w) => ({ ...URL_AT, severity: 'error' as const, message: new RegExp(`carries \`${w}\` in its URL query$`) })),
      },
      {
        name: 'acronyms, digits and runs of separators split into words',
        files: withUrl('https://ops.acme.example/b3os/hooks?HMACKey=1&v2Token=1&APIKEYS=1&x--sig=1&teamLead=1&JWTIssuer=1'),
        expected: ['HMACKey', 'v2Token', 'x--sig', 'JWTIssuer'].map((w) => ({ ...URL_AT, severity: 'error' as const, message: new RegExp(`carries \`${w}\` in its URL query$`) })),
      },
      { name: 'a credential parameter named twice: one finding', files: withUrl('https://ops.acme.example/b3os/hooks?token=a&token=b'), expected: [{ ...URL_AT, severity: 'error', message: /carries `token` in its URL query$/ }] },
      {
        name: 'token in the query',
        files: withUrl('https://ops.acme.example/b3os/hooks?access_token=abc123'),
        expected: [{ ...URL_AT, severity: 'error', message: /^execution webhook `ewh_failures` carries `access_token` in its URL query$/, hint: QUERY_HINT }],
      },
      { name: 'harmless query parameter', files: withUrl('https://ops.acme.example/b3os/hooks?team=ops'), expected: [] },
      { name: 'a cache buster `_` and a name ending in a separator', files: withUrl('https://ops.acme.example/b3os/hooks?_=1700000000&team_=ops'), expected: [] },
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
      {
        name: 'send-webhook to a URL that cannot be parsed',
        files: verifiedRepo({ [WF]: sending('erp.acme.example/hooks') }),
        expected: [{ file: WF, line: 33, column: 61, severity: 'error', message: /^node `tell` has a URL that cannot be parsed$/, hint: /^write an absolute https URL$/ }],
      },
      { name: 'a url in the payload of another node type', files: verifiedRepo({ [WF]: edit(sending('http://erp.acme.example/hooks?token=x'), '"type": "send-webhook"', '"type": "http-request"') }), expected: [] },
      { name: 'send-webhook with an expression and http only inside its query', files: verifiedRepo({ [WF]: sending('https://erp.acme.example/{{$nodes.check.result.id}}?back=http://erp.acme.example') }), expected: [] },
      {
        name: 'send-webhook with an expression over http: the origin without its user',
        files: verifiedRepo({ [WF]: sending('HTTP://user:pw@erp.acme.example/{{$nodes.check.result.id}}') }),
        expected: [{ file: WF, line: 33, column: 61, severity: 'error', message: /^node `tell` posts to `http:\/\/erp\.acme\.example` over plain http$/, hint: HTTPS_HINT }],
      },
      { name: 'an environment without execution webhooks', files: verifiedRepo({ [ENV]: ENVIRONMENT.slice(0, ENVIRONMENT.indexOf('executionWebhooks:')) }), expected: [] },
      { name: 'an environment that does not match its schema is left to execution-verification', files: verifiedRepo({ [ENV]: edit(withUrl('http://ops.acme.example/b3os/hooks')[ENV], 'orgId: org_acme', 'orgId: acme') }), expected: [] },
      { name: 'a workflow that is not JSON', files: verifiedRepo({ [WF]: '{ "name": ' }), expected: [] },
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
