import { describe, expect, it } from 'vitest';
import { auditChange } from '../../support/diff-harness.js';
import { auditFiles } from '../../support/rule-harness.js';
import { ACTION_PATH, actionJson, PAGE, PAGE_PATH, pageWith, pingRepo, SDK_EXECUTE_PATH, SDK_SCHEMA, SDK_SCHEMA_PATH, sdkExecute, TRIGGER, WALLET_ACTION, WALLET_PAGE, WALLET_PAGE_PATH, WALLET_PATH } from './fixtures.js';

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

describe('per-object rows: docs cell', () => {
  it.each<[string, Files, string, object]>([
    ['complete action and page', pingRepo(), 'acme-ping', { status: 'ok', note: PAGE_PATH }],
    ['no page', ONLY_ACTION, 'acme-ping', { status: 'fail', note: `no page at \`${PAGE_PATH}\`` }],
    ['frontmatter names another type', pingRepo({ [PAGE_PATH]: pageWith('type: acme-ping', 'type: acme-pong') }), 'acme-ping', { status: 'fail', note: expect.stringMatching(/^the frontmatter `type` is `acme-pong`/) }],
    ['a section is missing', pingRepo({ [PAGE_PATH]: pageWith('## At a Glance', '## Glance') }), 'acme-ping', { status: 'fail', note: expect.stringMatching(/no `At a Glance` section/) }],
    ['payload table misses a field', pingRepo({ [PAGE_PATH]: pageWith('| `count` | integer | no | Number of pings |\n', '') }), 'acme-ping', { status: 'fail', note: expect.stringMatching(/missing `count`/) }],
    ['result table has a wrong type', pingRepo({ [PAGE_PATH]: pageWith('| `reachable` | boolean |', '| `reachable` | string |') }), 'acme-ping', { status: 'fail', note: expect.stringMatching(/^`reachable` is documented as `string`/) }],
    ['documentationUrl points elsewhere', pingRepo({ [ACTION_PATH]: actionJson((d) => (d.documentationUrl = 'https://docs.acme.example/acme-ping')) }), 'acme-ping', { status: 'fail', note: expect.stringMatching(/^`documentationUrl` of `acme-ping`/) }],
    ['funds caution missing', { [WALLET_PATH]: WALLET_ACTION, [WALLET_PAGE_PATH]: WALLET_PAGE.replace(/> Caution.*\n/, '') }, 'acme-sweep', { status: 'fail', note: expect.stringMatching(/no caution paragraph/) }],
    ['page that cannot be read', pingRepo({ [PAGE_PATH]: new Uint8Array([0xff, 0xfe, 0x00]) }), 'acme-ping', { status: 'incomplete', note: expect.stringMatching(/cannot be checked/) }],
  ])('%s', async (_name, files, type, docs) => {
    const report = await auditFiles(files);
    expect(report.objects.find((o) => o.type === type)).toMatchObject({ docs });
  });
});

describe('per-object rows: the other cells and the notes', () => {
  /** A frontmatter type of `length` characters: its finding is 65 characters longer. */
  const typeOfLength = (length: number) => pingRepo({ [PAGE_PATH]: pageWith('type: acme-ping', `type: ${'x'.repeat(length)}`) });
  const longMessage = (length: number) => `the frontmatter \`type\` is \`${'x'.repeat(length)}\`, but this page documents \`acme-ping\``;
  it.each<[string, Files, string, object]>([
    ['no payload schema', pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.payloadSchema) }), 'acme-ping', { schema: { status: 'incomplete', note: 'no payload schema' } }],
    ['a result schema that does not compile', pingRepo({ [ACTION_PATH]: actionJson((d) => ((d.resultSchema as { required: unknown }).required = 'latencyMs')) }), 'acme-ping', { schema: { status: 'fail', note: expect.stringMatching(/^result schema: /) } }],
    ['a note of 120 characters is whole', typeOfLength(55), 'acme-ping', { docs: { status: 'fail', note: longMessage(55) } }],
    ['a note of 121 characters is cut to 120', typeOfLength(56), 'acme-ping', { docs: { status: 'fail', note: `${longMessage(56).slice(0, 119)}…` } }],
    ['a warning alone leaves the docs cell ok', pingRepo({ [PAGE_PATH]: PAGE.slice(PAGE.indexOf('# Acme')) }), 'acme-ping', { docs: { status: 'ok', note: PAGE_PATH } }],
    ['an example node of another type fails the docs cell', pingRepo({ [PAGE_PATH]: pageWith('{ "type": "acme-ping", "payload"', '{ "type": "acme-pong", "payload"') }), 'acme-ping', { docs: { status: 'fail', note: expect.stringMatching(/^the example node's `type` is `acme-pong`/) } }],
    ['another action\'s broken page leaves this row ok', { ...pingRepo(), [WALLET_PATH]: WALLET_ACTION, [WALLET_PAGE_PATH]: WALLET_PAGE.replace(/> Caution.*\n/, '') }, 'acme-ping', { docs: { status: 'ok', note: PAGE_PATH }, examples: { status: 'ok' } }],
    ['the SDK repository: its pages are generated', { '.github/b3os-readiness.yml': 'version: 1\npreset: b3os-sdk\n', [SDK_SCHEMA_PATH]: SDK_SCHEMA }, 'acme-gas', { docs: { status: 'n/a', note: 'the docs site generates the page' } }],
    ['a new action', pingRepo(), 'acme-ping', { kind: 'action', change: 'new' }],
    ['the second documented action has its own page', { ...pingRepo(), [WALLET_PATH]: WALLET_ACTION, [WALLET_PAGE_PATH]: pageWith('"amount": "1000"', '"amount": "ten"', WALLET_PAGE) }, 'acme-sweep', { examples: { status: 'fail', note: expect.stringMatching(/^`payload\.amount` must match/) } }],
    ['a page without exampleOutput is evidence enough', pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.exampleOutput) }), 'acme-ping', { examples: { status: 'ok' } }],
    ['the page\'s output counts in the examples cell', pingRepo({ [PAGE_PATH]: pageWith('{ "latencyMs": 12.5, "reachable": true }', '{ "latencyMs": 10 }') }), 'acme-ping', { examples: { status: 'fail', note: expect.stringMatching(/^the page shows a different example output/) } }],
    [
      'the page of an action is not taken for a trigger of the same id',
      { ...pingRepo({ [PAGE_PATH]: pageWith('"count": 3 }', '"count": 0 }') }), 'triggers/acme-ping/trigger.json': TRIGGER.replace('"acme-event"', '"acme-ping"') },
      'acme-ping',
      { kind: 'trigger', docs: { status: 'fail', note: 'no page at `docs/triggers/reference/acme-ping.md`' }, examples: { status: 'ok' } },
    ],
  ])('%s', async (_name, files, type, row) => {
    const report = await auditFiles(files);
    expect(report.objects.find((o) => o.type === type)).toMatchObject(row);
  });

  it('an action that existed at base is changed', async () => {
    const off = { '.github/b3os-readiness.yml': 'version: 1\nitems:\n  public-contract: off\n' };
    const report = await auditChange({ base: pingRepo(off), head: pingRepo({ ...off, [ACTION_PATH]: actionJson((d) => (d.name = 'Acme Ping 2')) }) });
    expect(report.objects.find((o) => o.type === 'acme-ping')).toMatchObject({ kind: 'action', change: 'changed', docs: { status: 'ok', note: PAGE_PATH } });
  });
});
