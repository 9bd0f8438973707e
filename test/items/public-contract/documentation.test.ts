import { describe, expect, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { action, ACTION_FILE, baseRepo, CHANGELOG, PAGE, PAGE_FILE, RESULT } from './fixtures.js';
import { addedLines, namesWord } from '../../../src/items/public-contract/documentation.js';

describe('changelog matching', () => {
  it.each([
    ['- `acme-quote`: drops price', true],
    ['- acme-quote drops price.', true],
    ['acme-quote', true],
    ['- `acme-quote-v2`: new', false],
    ['- my-acme-quote: new', false],
    ['- acme_quote', false],
    ['- acme-quote2 then acme-quote.', true],
  ])('%s names acme-quote: %s', (line, expected) => {
    expect(namesWord(line, 'acme-quote')).toBe(expected);
  });

  it('counts only lines the change adds, as a multiset', () => {
    expect(addedLines('a\nb\nb\n', 'b\na\nc\nb\nb\n')).toEqual(['c', 'b']);
    expect(addedLines('x\r\ny\r\n', 'x\ny\n')).toEqual([]);
    expect(addedLines('', 'n\nn')).toEqual(['n', 'n']);
  });

  it('finds no empty word', () => {
    expect(namesWord('', '')).toBe(false);
    expect(namesWord('- acme-quote', '')).toBe(false);
  });
});

const TRIGGER_FILE = 'triggers/acme-paid/trigger.json';
const TRIGGER_PAGE = 'docs/triggers/reference/acme-paid.md';
const withoutVenue = action({ type: 'acme-paid', resultSchema: { ...RESULT, properties: { price: RESULT.properties.price } } });
const { [PAGE_FILE]: _page, ...withoutPage } = baseRepo();
const paidLine = `${CHANGELOG}- \`acme-paid\`: drops \`venue\`.\n`;
const withoutVenueQuote = action({ resultSchema: { ...RESULT, properties: { price: RESULT.properties.price } } });
const CONFIG = '.github/b3os-readiness.yml';
const changesConfig = 'paths:\n  changelog: [docs/CHANGES.md]\n';

describe('public-contract/breaking-change: the records a breaking change needs', () => {
  it('looks for the docs page of the kind of the type, edited and not removed', () =>
    checkDiffTable('public-contract/breaking-change', [
      { name: 'a trigger given a new optional result field', base: { [TRIGGER_FILE]: action({ type: 'acme-paid' }) }, head: { [TRIGGER_FILE]: action({ type: 'acme-paid', resultSchema: { ...RESULT, properties: { ...RESULT.properties, fee: { type: 'string' } } } }) }, expected: [] },
      { name: 'a trigger documented on its page and in the changelog', base: { [TRIGGER_FILE]: action({ type: 'acme-paid' }), [TRIGGER_PAGE]: PAGE, 'CHANGELOG.md': CHANGELOG }, head: { [TRIGGER_FILE]: withoutVenue, [TRIGGER_PAGE]: `${PAGE}\nNo venue.\n`, 'CHANGELOG.md': paidLine }, expected: [{ file: TRIGGER_FILE, line: 5, column: 19, severity: 'notice', message: /^documented breaking change: removing `resultSchema\.venue` of `acme-paid`/ }] },
      {
        name: 'a trigger with the page of an action edited',
        base: { [TRIGGER_FILE]: action({ type: 'acme-paid' }), 'docs/actions/reference/generated/acme-paid.md': PAGE, 'CHANGELOG.md': CHANGELOG },
        head: { [TRIGGER_FILE]: withoutVenue, 'docs/actions/reference/generated/acme-paid.md': `${PAGE}\nNo venue.\n`, 'CHANGELOG.md': paidLine },
        expected: [{ file: TRIGGER_FILE, line: 5, column: 19, severity: 'error', hint: /^update `docs\/triggers\/reference\/acme-paid\.md` in this change, or keep the contract compatible$/ }],
      },
      {
        name: 'an action whose docs page the change removes',
        base: baseRepo(),
        head: { ...withoutPage, [ACTION_FILE]: withoutVenueQuote, 'CHANGELOG.md': `${CHANGELOG}- \`acme-quote\`: drops \`venue\`.\n` },
        expected: [{ file: ACTION_FILE, line: 5, column: 19, severity: 'error', hint: /^update `docs\/actions\/reference\/generated\/acme-quote\.md` in this change, or keep the contract compatible$/ }],
      },
    ]));

  it('reads the changelog where the configuration puts it, and counts every line of a changelog the change adds', () =>
    checkDiffTable('public-contract/breaking-change', [
      { name: 'a changelog added without a breaking change', base: { [ACTION_FILE]: action() }, head: { [ACTION_FILE]: action(), 'CHANGELOG.md': paidLine }, expected: [] },
      {
        name: 'a changelog added in this change',
        base: { [ACTION_FILE]: action(), [PAGE_FILE]: PAGE },
        head: { [ACTION_FILE]: withoutVenueQuote, [PAGE_FILE]: `${PAGE}\nNo venue.\n`, 'CHANGELOG.md': `${CHANGELOG}- \`acme-quote\`: drops \`venue\`.\n` },
        expected: [{ file: ACTION_FILE, line: 5, column: 19, severity: 'notice', message: /^documented breaking change: removing `resultSchema\.venue` of `acme-quote`/ }],
      },
      {
        name: 'a configured changelog without the line',
        base: { ...baseRepo(), [CONFIG]: changesConfig, 'docs/CHANGES.md': CHANGELOG },
        head: { ...baseRepo(), [CONFIG]: changesConfig, 'docs/CHANGES.md': CHANGELOG, [ACTION_FILE]: withoutVenueQuote, [PAGE_FILE]: `${PAGE}\nNo venue.\n`, 'CHANGELOG.md': `${CHANGELOG}- \`acme-quote\`: drops \`venue\`.\n` },
        expected: [{ file: ACTION_FILE, line: 5, column: 19, severity: 'error', hint: /^add a line naming `acme-quote` to `docs\/CHANGES\.md` in this change, or keep the contract compatible$/ }],
      },
    ]));
});
