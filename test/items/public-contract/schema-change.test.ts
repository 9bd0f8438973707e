import { describe, it } from 'vitest';
import { checkDiffTable } from './diff-harness.js';
import { ACTION_FILE, action, baseRepo, PAYLOAD, RESULT } from './fixtures.js';

describe('public-contract/schema-change', () => {
  it('lists every non-breaking change as a notice', () =>
    checkDiffTable('public-contract/schema-change', [
      { name: 'schemas unchanged', base: baseRepo(), head: { ...baseRepo(), [ACTION_FILE]: action().replace('"Acme quote"', '"Quote"') }, expected: [] },
      {
        name: 'widened input and a new result field',
        base: baseRepo(),
        head: {
          ...baseRepo(),
          [ACTION_FILE]: action({
            payloadSchema: { ...PAYLOAD, required: [], properties: { ...PAYLOAD.properties, side: { type: 'string', enum: ['buy', 'sell', 'hold'] } } },
            resultSchema: { ...RESULT, properties: { ...RESULT.properties, fee: { type: 'string' } } },
          }),
        },
        expected: [
          { file: ACTION_FILE, line: 4, column: 73, severity: 'notice', message: /^non-breaking change to `payloadSchema\.token` of `acme-quote`: required → optional$/ },
          { file: ACTION_FILE, line: 4, column: 98, severity: 'notice', message: /^non-breaking change to `payloadSchema\.side` of `acme-quote`: "hold" now allowed$/ },
          { file: ACTION_FILE, line: 5, column: 129, severity: 'notice', message: /^non-breaking change to `resultSchema\.fee` of `acme-quote`: new optional field$/ },
        ],
      },
      {
        name: 'a breaking change is not listed here',
        base: baseRepo(),
        head: { ...baseRepo(), [ACTION_FILE]: action({ resultSchema: { ...RESULT, properties: { venue: RESULT.properties.venue } } }) },
        expected: [],
      },
    ]));
});
