import { describe, expect, it } from 'vitest';
import { rruleProblem } from '../../../src/items/definition-validates/rrule.js';
import { triggerPayload } from '../../../src/items/definition-validates/trigger-payload.js';
import { auditFiles, checkRuleTable, findingsOf, type RuleCase } from '../../support/rule-harness.js';
import { pinnedCatalog } from './fixtures-payload.js';

const WF = 'workflows/watch/workflow.json';

/** The trigger node's payload sits alone on line 9, starting at column 20. */
const workflow = (type: string, payload: string) => `{
  "name": "Watch",
  "description": "Reacts to a trigger and posts to Slack.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": {
        "type": "${type}",
        "payload": ${payload},
        "children": ["notify"]
      },
      "notify": {
        "type": "slack-send-message",
        "connector": { "type": "slack", "id": "conn_ops_slack" },
        "payload": { "conversation": "C01", "text": "fired" }
      }
    }
  }
}
`;

const repo = (type: string, payload: string, catalog = pinnedCatalog()) => ({ '.b3os/catalog.json': catalog, [WF]: workflow(type, payload) });

const WEEKLY = '"DTSTART:20261102T090000Z\\nRRULE:FREQ=WEEKLY;BYDAY=MO"';
const ABI = '[{ "type": "event", "name": "Transfer", "inputs": [] }]';
const USDC = '"0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913"';
const WALLET = '"0x1111111111111111111111111111111111111111"';
/** A pinned, complete schema for `cronjob`: it is the field contract, but it does not state the rrule form. */
const PINNED_CRON = { type: 'cronjob', name: 'Cron job', payloadSchema: { type: 'object', properties: { rrule: { type: 'string' } }, required: ['rrule'] }, resultSchema: { type: 'object', properties: {} } };

const CASES: RuleCase[] = [
  { name: 'cronjob, two-line rrule', files: repo('cronjob', `{ "rrule": ${WEEKLY} }`), expected: [] },
  { name: 'evm-log, expression address', files: repo('evm-log', `{ "chainId": 8453, "contractAddress": "{{ask.contract}}", "eventName": "Transfer", "abi": ${ABI} }`), expected: [] },
  { name: 'erc20-receive, all fields', files: repo('erc20-receive', `{ "chainId": 8453, "tokenAddress": ${USDC}, "walletAddress": ${WALLET} }`), expected: [] },
  { name: 'eth-receive with a wei amount', files: repo('eth-receive', `{ "chainId": 1, "walletAddress": ${WALLET}, "minAmount": "1000000000000000" }`), expected: [] },
  { name: 'eth-receive with a wei amount as an integer', files: repo('eth-receive', `{ "chainId": 1, "walletAddress": ${WALLET}, "minAmount": 1000000000000000 }`), expected: [] },
  { name: 'evm-log in the older docs\' spelling (the sources disagree on the names)', files: repo('evm-log', '{ "chainId": 8453, "address": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "eventSignature": "Transfer(address,address,uint256)" }'), expected: [] },
  { name: 'erc20-receive with the older docs\' `address`', files: repo('erc20-receive', '{ "chainId": 8453, "address": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913" }'), expected: [] },
  { name: 'evm-log without abi (the reference does not require it)', files: repo('evm-log', '{ "chainId": 8453, "contractAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "eventName": "Transfer" }'), expected: [] },
  { name: 'erc20-receive in the current docs form', files: repo('erc20-receive', `{ "chainId": 8453, "toAddress": ${WALLET}, "minimumAmount": "1000000" }`), expected: [] },
  {
    name: 'erc20-receive whose only address is null',
    files: repo('erc20-receive', `{ "chainId": 8453, "tokenAddress": ${USDC}, "walletAddress": null }`),
    expected: [{ severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` needs one of `walletAddress`, `toAddress` or `address`, the address an `erc20-receive` trigger watches$/ }],
  },
  {
    name: 'erc20-receive whose only address is empty, beside a null one',
    files: repo('erc20-receive', `{ "chainId": 8453, "tokenAddress": ${USDC}, "toAddress": "", "address": null }`),
    expected: [{ severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` needs one of `walletAddress`, `toAddress` or `address`, the address an `erc20-receive` trigger watches$/ }],
  },
  {
    name: 'erc20-receive with a null address beside one that is given',
    files: repo('erc20-receive', `{ "chainId": 8453, "tokenAddress": ${USDC}, "walletAddress": null, "toAddress": ${WALLET} }`),
    expected: [],
  },
  {
    name: 'erc20-receive without the address it watches',
    files: repo('erc20-receive', `{ "chainId": 8453, "tokenAddress": ${USDC} }`),
    expected: [{ severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` needs one of `walletAddress`, `toAddress` or `address`, the address an `erc20-receive` trigger watches$/ }],
  },
  {
    name: 'a complete pinned cronjob schema: the rrule form is still checked',
    files: repo('cronjob', '{ "rrule": "FREQ=DAILY" }', pinnedCatalog({ triggers: [PINNED_CRON] })),
    expected: [{ severity: 'error', file: WF, line: 9, column: 31, message: /is a bare RRULE without its DTSTART line/ }],
  },
  {
    name: 'a complete pinned cronjob schema: a third line is not the two-line form',
    files: repo('cronjob', '{ "rrule": "DTSTART:20261102T090000Z\\nRRULE:FREQ=WEEKLY\\nEXDATE:x" }', pinnedCatalog({ triggers: [PINNED_CRON] })),
    expected: [{ severity: 'error', file: WF, line: 9, column: 31, message: /RRULE/ }],
  },
  {
    name: 'a complete pinned erc20 schema is the field contract: missing fields are left to payload-schema',
    files: repo('erc20-receive', `{ "chainId": 8453 }`, pinnedCatalog({ triggers: [{ ...PINNED_CRON, type: 'erc20-receive', payloadSchema: { type: 'object' } }] })),
    expected: [],
  },
  {
    name: 'cronjob, bare RRULE',
    files: repo('cronjob', '{ "rrule": "RRULE:FREQ=DAILY;BYHOUR=9" }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 31, message: /^`root\.payload\.rrule` is a bare RRULE without its DTSTART line/ }],
  },
  {
    name: 'cronjob, 5-field cron',
    files: repo('cronjob', '{ "rrule": "0 9 * * 1" }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 31, message: /^`root\.payload\.rrule` is a cron expression; the `cronjob` trigger takes the two-line DTSTART\/RRULE form$/ }],
  },
  {
    name: 'cronjob, impossible DTSTART',
    files: repo('cronjob', '{ "rrule": "DTSTART:20261302T090000Z\\nRRULE:FREQ=DAILY" }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 31, message: /has a DTSTART that is not a real UTC date and time/ }],
  },
  {
    name: 'cronjob, legacy schedule instead of rrule',
    files: repo('cronjob', '{ "schedule": "0 9 * * 1" }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` is missing `rrule`, which a `cronjob` trigger needs$/ }],
  },
  {
    name: 'evm-log, missing fields and a bad address',
    files: repo('evm-log', '{ "chainId": 8453, "contractAddress": "0x1234", "abi": null }'),
    expected: [
      { severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` needs one of `eventName` or `eventSignature`, the event an `evm-log` trigger watches$/ },
      { severity: 'error', file: WF, line: 9, column: 58, message: /^`root\.payload\.contractAddress` must be an EVM address \(0x and 40 hex digits\), got a string of another form$/ },
    ],
  },
  {
    name: 'erc20-send, wallet given as a name',
    files: repo('erc20-send', `{ "chainId": 8453, "tokenAddress": ${USDC}, "walletAddress": "treasury.eth" }`),
    expected: [{ severity: 'error', file: WF, line: 9, column: 118, message: /`root\.payload\.walletAddress` must be an EVM address/ }],
  },
  {
    name: 'eth-receive, amount as a fraction (a whole number of wei, as a string or an integer, is fine)',
    files: repo('eth-receive', `{ "chainId": 1, "walletAddress": ${WALLET}, "minAmount": 0.5 }`),
    expected: [{ severity: 'error', file: WF, line: 9, column: 112, message: /^`root\.payload\.minAmount` must be a decimal string of digits \(raw units, wei\), got a number$/ }],
  },
];

/** The column of `needle` in a payload on line 9 (the payload starts at column 20). */
const col = (payload: string, needle: string) => {
  if (!payload.includes(needle)) throw new Error(`payload has no ${needle}`);
  return 20 + payload.indexOf(needle);
};
const ADDRESS_HINT = /^write the address as 0x followed by 40 hexadecimal digits, in quotes$/;
const AMOUNT_HINT = /^write raw token units as a decimal string, e\.g\. "1500000000"$/;
/** An `eth-receive` payload whose `minAmount` is `amount`. */
const ethAmount = (amount: string) => `{ "chainId": 1, "walletAddress": ${WALLET}, "minAmount": ${amount} }`;
const amountCase = (name: string, amount: string, got: string): RuleCase => ({
  name,
  files: repo('eth-receive', ethAmount(amount)),
  expected: [{ severity: 'error', file: WF, line: 9, column: col(ethAmount(amount), `${amount} }`), message: new RegExp(`^\`root\\.payload\\.minAmount\` must be a decimal string of digits \\(raw units, wei\\), got ${got}$`), hint: AMOUNT_HINT }],
});
/** An `erc20-receive` payload whose `tokenAddress` is `token`. */
const erc20Token = (token: string) => `{ "chainId": 8453, "tokenAddress": ${token}, "walletAddress": ${WALLET} }`;
const addressCase = (name: string, token: string, got: string): RuleCase => ({
  name,
  files: repo('erc20-receive', erc20Token(token)),
  expected: [{ severity: 'error', file: WF, line: 9, column: col(erc20Token(token), `${token},`), message: new RegExp(`^\`root\\.payload\\.tokenAddress\` must be an EVM address \\(0x and 40 hex digits\\), got ${got}$`), hint: ADDRESS_HINT }],
});

/** Missing and empty fields, the forms of addresses and amounts, with the words and hints of each finding. */
const FIELD_CASES: RuleCase[] = [
  { name: 'an optional address left null is not checked', files: repo('erc20-receive', erc20Token('null')), expected: [] },
  { name: 'an optional address left empty is not checked', files: repo('erc20-receive', erc20Token('""')), expected: [] },
  { name: 'a zero amount is a whole number of wei', files: repo('eth-receive', ethAmount('0')), expected: [] },
  { name: 'an rrule on a trigger other than cronjob is not read', files: repo('eth-receive', `{ "chainId": 1, "walletAddress": ${WALLET}, "rrule": "every monday" }`), expected: [] },
  { name: 'a payload that is no object is left to payload-schema', files: repo('cronjob', '"DTSTART:20261102T090000Z"'), expected: [] },
  { name: 'a file that does not parse', files: { '.b3os/catalog.json': pinnedCatalog(), [WF]: '{\n  "name": "Broken",\n  "definition": {\n' }, expected: [] },
  {
    name: 'cronjob with an empty payload: the rrule hint',
    files: repo('cronjob', '{}'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` is missing `rrule`, which a `cronjob` trigger needs$/, hint: /^write one string of two lines joined by \\n, e\.g\. "DTSTART:20261102T090000Z\\nRRULE:FREQ=WEEKLY;BYDAY=MO"; put the time of day in DTSTART \(UTC\), not in BYHOUR$/ }],
  },
  {
    name: 'cronjob with an empty rrule: empty, not malformed',
    files: repo('cronjob', '{ "rrule": "" }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 31, message: /^`root\.payload\.rrule` is empty$/, hint: /^give `rrule` a value$/ }],
  },
  {
    name: 'erc20-receive without chainId: the add hint',
    files: repo('erc20-receive', `{ "walletAddress": ${WALLET} }`),
    expected: [{ severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` is missing `chainId`, which an `erc20-receive` trigger needs$/, hint: /^add `chainId`$/ }],
  },
  {
    name: 'eth-send with a null chainId',
    files: repo('eth-send', `{ "chainId": null, "walletAddress": ${WALLET} }`),
    expected: [{ severity: 'error', file: WF, line: 9, column: 33, message: /^`root\.payload\.chainId` is empty$/, hint: /^give `chainId` a value$/ }],
  },
  {
    name: 'erc20-send without the address it watches: the hint names the first spelling',
    files: repo('erc20-send', `{ "chainId": 8453, "tokenAddress": ${USDC} }`),
    expected: [{ severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` needs one of `walletAddress`, `toAddress` or `address`, the address an `erc20-send` trigger watches$/, hint: /^add `walletAddress`$/ }],
  },
  {
    name: 'eth-send without chainId, with a short toAddress',
    files: repo('eth-send', '{ "toAddress": "0x12" }'),
    expected: [
      { severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` is missing `chainId`, which an `eth-send` trigger needs$/, hint: /^add `chainId`$/ },
      { severity: 'error', file: WF, line: 9, column: 35, message: /^`root\.payload\.toAddress` must be an EVM address \(0x and 40 hex digits\), got a string of another form$/, hint: ADDRESS_HINT },
    ],
  },
  {
    name: 'eth-receive without the address it watches',
    files: repo('eth-receive', '{ "chainId": 1 }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` needs one of `walletAddress` or `toAddress`, the address an `eth-receive` trigger watches$/, hint: /^add `walletAddress`$/ }],
  },
  { name: 'eth-receive watching toAddress', files: repo('eth-receive', `{ "chainId": 1, "toAddress": ${WALLET} }`), expected: [] },
  {
    name: 'eth-receive with a wallet name',
    files: repo('eth-receive', '{ "chainId": 1, "walletAddress": "vault" }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /^`root\.payload\.walletAddress` must be an EVM address/, hint: ADDRESS_HINT }],
  },
  {
    name: 'evm-log without chainId, with a short address',
    files: repo('evm-log', '{ "eventName": "Transfer", "address": "0x12" }'),
    expected: [
      { severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` is missing `chainId`, which an `evm-log` trigger needs$/, hint: /^add `chainId`$/ },
      { severity: 'error', file: WF, line: 9, column: 58, message: /^`root\.payload\.address` must be an EVM address/, hint: ADDRESS_HINT },
    ],
  },
  {
    name: 'evm-log without the contract it watches',
    files: repo('evm-log', '{ "chainId": 1, "eventName": "Transfer" }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 20, message: /^`root\.payload` needs one of `contractAddress` or `address`, the contract an `evm-log` trigger watches$/, hint: /^add `contractAddress`$/ }],
  },
  {
    name: 'erc20-receive with a short toAddress',
    files: repo('erc20-receive', '{ "chainId": 8453, "toAddress": "0x12" }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 52, message: /^`root\.payload\.toAddress` must be an EVM address/, hint: ADDRESS_HINT }],
  },
  {
    name: 'erc20-receive with a name as address',
    files: repo('erc20-receive', '{ "chainId": 8453, "address": "bob" }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 50, message: /^`root\.payload\.address` must be an EVM address/, hint: ADDRESS_HINT }],
  },
  {
    name: 'cronjob with an object as rrule',
    files: repo('cronjob', '{ "rrule": { "freq": "daily" } }'),
    expected: [{ severity: 'error', file: WF, line: 9, column: 31, message: /^`root\.payload\.rrule` must be a string, got an object$/ }],
  },
  addressCase('an address in an array', `[${USDC}]`, 'an array'),
  addressCase('an expression in an array is no expression value', '["{{ask.token}}"]', 'an array'),
  addressCase('an address in an object', `{ "value": ${USDC} }`, 'an object'),
  addressCase('an address given as true', 'true', 'a boolean'),
  addressCase('an address given as a number', '7', 'a number'),
  amountCase('an amount as a decimal fraction string', '"12.25"', 'a decimal fraction'),
  amountCase('an amount with a unit after it', '"1.5ETH"', 'a string of another form'),
  amountCase('an amount with a prefix before it', '"v1.5"', 'a string of another form'),
  amountCase('a negative amount', '-1', 'a number'),
  amountCase('an amount too large for an exact JSON number', '10000000000000000000', 'a number'),
  amountCase('an amount in an array', '["1000"]', 'an array'),
];

describe('definition-validates/trigger-payload', () => {
  it('table', () => checkRuleTable('definition-validates/trigger-payload', CASES));

  it('table: missing and empty fields, address and amount forms, with their hints', () => checkRuleTable('definition-validates/trigger-payload', FIELD_CASES));

  it('shows the right form in the hint', async () => {
    const [finding] = findingsOf(await auditFiles(CASES.find((c) => c.name === 'cronjob, bare RRULE')!.files), 'definition-validates/trigger-payload');
    expect(finding.hint).toContain('"DTSTART:20261102T090000Z\\nRRULE:FREQ=WEEKLY;BYDAY=MO"');
  });

  it.each([
    ['DTSTART:20261102T090000Z\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO', undefined],
    ['DTSTART:20260229T090000Z\nRRULE:FREQ=YEARLY', /not a real UTC date/],
    ['DTSTART:20261102T090000Z\r\nRRULE:FREQ=DAILY', /\\r\\n/],
    ['DTSTART:20261102T090000Z\nRRULE:INTERVAL=2', /valid `FREQ=`/],
    ['DTSTART:20261102T090000\nRRULE:FREQ=DAILY', /DTSTART line not of the form/],
    ['FREQ=HOURLY', /bare RRULE/],
    ['every monday', /not the two-line form/],
    [9, /must be a string, got a number/],
  ])('rruleProblem(%j)', (value, expected) => {
    const problem = rruleProblem(value);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('definition-validates/trigger-payload: meta', () => {
  it('says what it checks in its one-line description', () => expect(triggerPayload.meta.description).toBe('cronjob, evm-log, erc20 and eth trigger payloads have the fields and forms B3OS needs'));
});
