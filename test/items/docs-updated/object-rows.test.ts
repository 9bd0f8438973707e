import { describe, expect, it } from 'vitest';
import { auditFiles } from '../../support/rule-harness.js';
import { ACTION_PATH, actionJson, PAGE_PATH, pageWith, pingRepo, SDK_EXECUTE_PATH, SDK_SCHEMA, SDK_SCHEMA_PATH, sdkExecute } from './fixtures.js';

type Files = Record<string, string | Uint8Array>;
const ONLY_ACTION = { [ACTION_PATH]: actionJson() };

describe('per-object rows: schema and examples cells', () => {
  it.each<[string, Files, string, object, object]>([
    ['complete action and page', pingRepo(), 'acme-ping', { status: 'ok' }, { status: 'ok' }],
    ['no page: exampleOutput alone is checked', ONLY_ACTION, 'acme-ping', { status: 'ok' }, { status: 'ok' }],
    ['no page and no exampleOutput', { [SDK_SCHEMA_PATH]: SDK_SCHEMA }, 'acme-gas', { status: 'ok' }, { status: 'n/a' }],
    ['invalid exampleOutput', { [SDK_SCHEMA_PATH]: SDK_SCHEMA, [SDK_EXECUTE_PATH]: sdkExecute('{ gwei: 12 }') }, 'acme-gas', { status: 'ok' }, { status: 'fail', note: '`exampleOutput.gwei` must be a string, got an integer (result schema of `acme-gas`)' }],
    ['example node fails', pingRepo({ [PAGE_PATH]: pageWith('"count": 3 }', '"count": 0 }') }), 'acme-ping', { status: 'ok' }, { status: 'fail', note: '`payload.count` must be >= 1 (payload schema of `acme-ping`)' }],
    ['no result schema', pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.resultSchema) }), 'acme-ping', { status: 'incomplete', note: 'no result schema' }, { status: 'incomplete', note: 'the example output cannot be validated: no result schema is known for `acme-ping`' }],
    [
      'payload schema that does not compile',
      pingRepo({ [ACTION_PATH]: actionJson((d) => ((d.payloadSchema as { required: unknown }).required = 'host')) }),
      'acme-ping',
      { status: 'fail', note: expect.stringMatching(/^payload schema: /) },
      { status: 'incomplete', note: expect.stringMatching(/cannot be validated/) },
    ],
  ])('%s', async (_name, files, type, schema, examples) => {
    const report = await auditFiles(files);
    expect(report.objects.find((o) => o.type === type)).toMatchObject({ schema, examples });
  });
});
