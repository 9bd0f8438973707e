import { describe, expect, it } from 'vitest';
import { sdkActionEntry } from '../../src/catalog/repository.js';
import { extractSdkMetadata } from '../../src/catalog/sdk-metadata.js';

const FOLDER = 'packages/sdk/actions/notify-team';
const EXECUTE_FILE = `${FOLDER}/execute.ts`;
const lines = (...source: string[]) => source.join('\n');

const superStyle = lines(
  'import { BaseAction } from "../../src/base-action";',
  'import { ActionCategory } from "../../src/types";',
  'import { payloadSchema, resultSchema } from "./schema";',
  'export class NotifyTeamAction extends BaseAction {',
  '  constructor() {',
  '    super("notify-team", {',
  '      name: "Notify Team",',
  '      description: "Posts a message. " + "Ideal for: alerts.",',
  '      payloadSchema,',
  '      resultSchema,',
  '      category: ActionCategory.MESSAGING,',
  '      connector: { type: "slack" },',
  '      documentationUrl: `https://example.com/notify-team`,',
  '      exampleUsage: { inputs: { text: "hi" }, exampleOutput: { ok: true, ts: "1.2" } },',
  '    });',
  '  }',
  '}',
);

const propertyStyle = lines(
  'const connector = { type: "discord" } as const;',
  'export default class NotifyTeam {',
  '  metadata = { name: "Notify Team", category: "messaging", connector, description: describe() };',
  '}',
);

describe('extractSdkMetadata', () => {
  it('reads the object passed to super()', () => {
    expect(extractSdkMetadata(superStyle, EXECUTE_FILE, 'notify-team')).toEqual({
      metadata: {
        name: 'Notify Team',
        description: 'Posts a message. Ideal for: alerts.',
        category: 'messaging',
        connector: { type: 'slack' },
        documentationUrl: 'https://example.com/notify-team',
        exampleOutput: { ok: true, ts: '1.2' },
      },
      problems: [],
    });
  });

  it('reads a metadata class property and skips fields that are not literals', () => {
    expect(extractSdkMetadata(propertyStyle, EXECUTE_FILE, 'notify-team')).toEqual({
      metadata: { name: 'Notify Team', category: 'messaging', connector: { type: 'discord' } },
      problems: [],
    });
  });

  it('reports super() registering another id, at its position', () => {
    const source = superStyle.replace('super("notify-team"', 'super("notify-teams"');
    expect(extractSdkMetadata(source, EXECUTE_FILE, 'notify-team').problems).toEqual([
      {
        pointer: '',
        file: EXECUTE_FILE,
        line: 6,
        column: 11,
        message: `${EXECUTE_FILE} registers the action as \`notify-teams\` at 6:11, not as its folder id \`notify-team\``,
      },
    ]);
  });

  it('ignores an unknown ActionCategory member', () => {
    const source = superStyle.replace('ActionCategory.MESSAGING', 'ActionCategory.constructor');
    expect(extractSdkMetadata(source, EXECUTE_FILE, 'notify-team').metadata).not.toHaveProperty('category');
  });

  it('finds nothing in a file without an action class', () => {
    expect(extractSdkMetadata('export const x = 1;', EXECUTE_FILE, 'notify-team')).toEqual({ metadata: {}, problems: [] });
  });
});

describe('sdkActionEntry', () => {
  const schemaTs = lines(
    'export const payloadSchema = { type: "object", required: ["text"], properties: { text: { type: "string" } }, additionalProperties: false } as const;',
    'export const resultSchema = { type: "object", properties: { ok: { type: "boolean" } } } as const;',
  );

  it('combines schema.ts and execute.ts into a complete entry', () => {
    const { entry, problems } = sdkActionEntry('notify-team', { schemaTs, executeTs: superStyle }, FOLDER);
    expect(problems).toEqual([]);
    expect(entry).toEqual({
      type: 'notify-team',
      kind: 'action',
      name: 'Notify Team',
      category: 'messaging',
      connector: { type: 'slack' },
      documentationUrl: 'https://example.com/notify-team',
      exampleOutput: { ok: true, ts: '1.2' },
      source: 'repository',
      origin: FOLDER,
      payloadSchema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } }, additionalProperties: false },
      resultSchema: { type: 'object', properties: { ok: { type: 'boolean' } } },
      schemaCompleteness: 'complete',
    });
  });

  it('is a name-only entry for a folder without sources, with a problem', () => {
    const { entry, problems } = sdkActionEntry('notify-team', {}, FOLDER);
    expect(entry).toEqual({ type: 'notify-team', kind: 'action', source: 'repository', origin: FOLDER, schemaCompleteness: 'name-only' });
    expect(problems).toEqual([{ pointer: '', file: FOLDER, message: `${FOLDER} has no schema.ts` }]);
  });

  it('reports a folder id that breaks the SDK rule', () => {
    const { problems } = sdkActionEntry('Notify_Team', { schemaTs }, 'packages/sdk/actions/Notify_Team');
    expect(problems).toEqual([
      {
        pointer: '',
        file: 'packages/sdk/actions/Notify_Team',
        message: '`Notify_Team` breaks the SDK id rule: 3–50 characters of a-z, 0-9 and single inner hyphens (^[a-z0-9]+(-[a-z0-9]+)*$)',
      },
    ]);
  });
});
