import { describe, expect, it } from 'vitest';
import { LOG_WORKFLOW } from '../support/cli.js';
import { compileFolded, nearMiss, nearMissFindings } from '../../src/core/near-miss.js';
import { createClassifier } from '../../src/core/repo-index.js';
import { DEFAULT_PATHS, type PathSettings } from '../../src/core/settings.js';
import type { ChangeSet, FileChange, TreeEntry } from '../../src/core/types.js';
import { auditFiles } from '../support/rule-harness.js';

const OK = 'workflows/ok/workflow.json';
const WORKFLOW = '`workflows/{slug}/workflow.json` (`paths.workflows`)';

/** Each file, alone beside a well-placed workflow, and the one finding it must get (none for negatives). */
const CASES: ReadonlyArray<{ name: string; file: string; expected?: { ruleId: string; severity: string; message: RegExp; hint?: RegExp } }> = [
  { name: 'upper-case folder', file: 'Workflows/hourly/workflow.json', expected: near(/the letter case differs$/, 'workflows/hourly/workflow.json') },
  { name: 'upper-case extension', file: 'workflows/hourly/workflow.JSON', expected: near(/the letter case differs$/, 'workflows/hourly/workflow.json') },
  { name: 'upper-case file name', file: 'workflows/hourly/Workflow.json', expected: near(/the letter case differs$/) },
  { name: '.jsonc', file: 'workflows/hourly/workflow.jsonc', expected: near(/its extension is not `\.json`$/, 'workflows/hourly/workflow.json') },
  { name: '.json5', file: 'workflows/hourly/workflow.json5', expected: near(/its extension is not `\.json`$/) },
  { name: 'trailing dot', file: 'workflows/hourly/workflow.json.', expected: near(/a name ends with a dot or a space$/) },
  { name: 'trailing space', file: 'workflows/hourly/workflow.json ', expected: near(/a name ends with a dot or a space$/) },
  { name: 'Cyrillic о in the file name', file: 'workflows/hourly/w\u043erkflow.json', expected: near(/it has a character that only looks Latin \(U\+043E\)$/, 'workflows/hourly/workflow.json') },
  { name: 'Cyrillic о in the top folder', file: 'w\u043erkflows/hourly/workflow.json', expected: near(/only looks Latin \(U\+043E\)$/) },
  { name: 'Greek ο', file: 'workflows/hourly/workfl\u03bfw.json', expected: near(/only looks Latin \(U\+03BF\)$/) },
  { name: 'zero-width space', file: 'workflows/hourly/work\u200bflow.json', expected: near(/an invisible character \(U\+200B\)$/) },
  { name: 'fullwidth letter', file: 'workflows/hourly/workflo\uff57.json', expected: near(/only looks Latin \(U\+FF57\)$/) },
  { name: 'one folder too deep', file: 'workflows/hourly/v2/workflow.json', expected: near(/one folder too deep \(`v2`\)$/, 'workflows/hourly/workflow.json') },
  { name: 'case and extension at once', file: 'Workflows/hourly/workflow.JSONC', expected: near(/the letter case differs; its extension|its extension is not `\.json`; the letter case differs/) },
  { name: 'an action folder in upper case', file: 'Actions/send/action.json', expected: { ruleId: 'configuration/near-miss', severity: 'warning', message: /looks like an action definition .*`actions\/\{id\}\/action\.json` \(`paths\.actions`\)/ } },
  { name: 'a template, too deep', file: 'templates/payout/old/template.json', expected: { ruleId: 'configuration/near-miss', severity: 'warning', message: /looks like a template .*`templates\/\{slug\}\/template\.json` .*one folder too deep/ } },
  { name: 'a manifest in upper case', file: 'workflows/a19/B3OS.yaml', expected: other(/looks like a readiness manifest .*`workflows\/\{slug\}\/b3os\.yaml` \(`paths\.manifests`\), but the letter case differs$/, /^rename it to `workflows\/a19\/b3os\.yaml`/) },
  { name: 'a trigger in upper case', file: 'triggers/cron/Trigger.json', expected: other(/looks like a trigger definition .*`triggers\/\{type\}\/trigger\.json` \(`paths\.triggers`\), but the letter case differs$/, /^rename it to `triggers\/cron\/trigger\.json`/) },
  { name: 'an API description in upper case', file: 'openapi/API.YAML', expected: other(/looks like an API description .*`openapi\/\*\.yaml` \(`paths\.openapi`\), but the letter case differs$/, /^rename it to `openapi\/api\.yaml`/) },
  { name: 'the catalog one folder too deep (a two-segment pattern)', file: '.b3os/old/catalog.json', expected: other(/looks like the pinned catalog .*`\.b3os\/catalog\.json` \(`paths\.catalog`\), but it is one folder too deep \(`old`\)$/, /^rename it to `\.b3os\/catalog\.json`/) },
  { name: 'a folder named like the catalog', file: '.b3os/catalog.json/x.json', expected: other(/looks like the pinned catalog .*, but `catalog\.json` is a folder, not a file$/, /^rename it to `\.b3os\/catalog\.json`/) },
  { name: 'SDK schema.ts two folders under a root actions folder', file: 'actions/sweep/lib/schema.ts', expected: sdk() },
  { name: 'schema.ts right inside an actions folder (no action folder)', file: 'lib/actions/schema.ts' },
  { name: 'a slash look-alike in a slug the pattern matches', file: 'workflows/a20\u2215b/workflow.json', expected: hidden(/a name has a character that looks like a slash \(U\+2215\): a reader cannot tell its path from `workflows\/a20\/b\/workflow\.json`$/) },
  { name: 'a leading space in a slug the pattern matches', file: 'workflows/ a18/workflow.json', expected: hidden(/a name starts with a space: a reader cannot tell its path from `workflows\/a18\/workflow\.json`$/) },
  { name: 'SDK schema.ts under a nested actions folder', file: 'src/actions/sweep/schema.ts', expected: sdk() },
  { name: 'SDK execute.ts under another package', file: 'packages/b3os-sdk/src/actions/sweep/execute.ts', expected: sdk() },
  { name: 'SDK schema.ts in an upper-case Actions folder', file: 'packages/sdk/Actions/sweep/schema.ts', expected: sdk() },
  { name: 'two folders too deep', file: 'workflows/a1/b/c/workflow.json', expected: near(/it is 2 folders too deep \(`b\/c`\)$/, 'workflows/a1/workflow.json') },
  { name: 'three folders too deep', file: 'workflows/a2/b/c/d/workflow.json', expected: near(/it is 3 folders too deep \(`b\/c\/d`\)$/, 'workflows/a2/workflow.json') },
  { name: 'Armenian օ', file: 'workflows/a3/w\u0585rkflow.json', expected: near(/only looks Latin \(U\+0585\)$/, 'workflows/a3/workflow.json') },
  { name: 'combining grapheme joiner', file: 'workflows/a4/work\u034fflow.json', expected: near(/an invisible character \(U\+034F\)$/, 'workflows/a4/workflow.json') },
  { name: 'variation selector 1', file: 'workflows/a5/workflow\ufe00.json', expected: near(/an invisible character \(U\+FE00\)$/) },
  { name: 'variation selector 16', file: 'workflows/a5/wo\ufe0frkflow.json', expected: near(/an invisible character \(U\+FE0F\)$/) },
  { name: 'Hangul choseong filler', file: 'workflows/a6/work\u115fflow.json', expected: near(/an invisible character \(U\+115F\)$/) },
  { name: 'Hangul jungseong filler', file: 'workflows/a6/work\u1160flow.json', expected: near(/an invisible character \(U\+1160\)$/) },
  { name: 'Hangul filler', file: 'workflows/a6/work\u3164flow.json', expected: near(/it has an invisible character \(U\+3164\)$/) },
  { name: 'small capital O', file: 'workflows/a7/w\u1d0frkflow.json', expected: near(/only looks Latin \(U\+1D0F\)$/, 'workflows/a7/workflow.json') },
  { name: 'small capital W', file: 'workflows/a7/\u1d21orkflow.json', expected: near(/only looks Latin \(U\+1D21\)$/) },
  { name: 'tag characters', file: 'workflows/a8/workflow\u{e0041}\u{e007f}.json', expected: near(/an invisible character \(U\+E0041\)$/) },
  { name: 'a leading space in a name', file: 'workflows/a9/ workflow.json', expected: near(/a name starts with a space$/, 'workflows/a9/workflow.json') },
  { name: 'line separator', file: 'workflows/a11/workflow.json\u2028', expected: near(/an invisible character \(U\+2028\)$/) },
  { name: 'paragraph separator', file: 'workflows/a11/\u2029workflow.json', expected: near(/an invisible character \(U\+2029\)$/) },
  { name: 'division slash', file: 'workflows/a12\u2215workflow.json', expected: near(/a character that looks like a slash \(U\+2215\)$/, 'workflows/a12/workflow.json') },
  { name: 'fraction slash', file: 'workflows\u2044a13\u2044workflow.json', expected: near(/looks like a slash \(U\+2044\)$/, 'workflows/a13/workflow.json') },
  { name: 'big solidus', file: 'workflows/a14\u29f8workflow.json', expected: near(/looks like a slash \(U\+29F8\)$/) },
  { name: 'fullwidth solidus', file: 'workflows/a15\uff0fworkflow.json', expected: near(/looks like a slash \(U\+FF0F\)$/) },
  { name: 'a backslash', file: 'workflows/a15\\workflow.json', expected: near(/a name has a character that looks like a slash$/) },
  { name: 'a folder named workflow.json', file: 'workflows/a10/workflow.json/x.json', expected: near(/`workflow\.json` is a folder, not a file$/, 'workflows/a10/workflow.json') },
  { name: 'a zero-width joiner in a slug the pattern matches', file: 'workflows/a16\u200d/workflow.json', expected: hidden(/it has an invisible character \(U\+200D\): a reader cannot tell its path from `workflows\/a16\/workflow\.json`$/) },
  { name: 'a name ending with a space in a slug the pattern matches', file: 'workflows/a17 /workflow.json', expected: hidden(/a name ends with a dot or a space: a reader cannot tell/) },
  { name: 'README.md', file: 'README.md' },
  { name: 'a workflow slug in Cyrillic the pattern matches', file: 'workflows/\u043f\u0440\u0438\u0432\u0435\u0442/workflow.json' },
  { name: 'a workflow slug with an accent', file: 'workflows/caf\u00e9/workflow.json' },
  { name: 'a JSON file in a workflow folder', file: 'workflows/hourly/data/x.json' },
  { name: 'a deep docs page under workflows', file: 'workflows/hourly/docs/a/b/notes.md' },
  { name: 'a folder under workflows named like a file but no pattern', file: 'workflows/hourly/config.json/x.json' },
  { name: 'an emoji in a docs name', file: 'docs/\u2764\ufe0f.md' },
  { name: 'a docs page', file: 'docs/workflows/hourly.md' },
  { name: 'a README inside a workflow folder', file: 'workflows/hourly/README.md' },
  { name: 'a workflow copy kept under another top folder', file: 'examples/workflows/hourly/workflow.json' },
  { name: 'a backup file', file: 'workflows/hourly/workflow.json.bak' },
  { name: 'a TypeScript helper under actions', file: 'actions/sweep/helpers.ts' },
  { name: 'schema.ts outside any actions folder', file: 'src/schema.ts' },
  { name: 'an SDK schema.ts where the layout expects it', file: 'packages/sdk/actions/sweep/schema.ts' },
  { name: 'an SDK schema.ts in the older root layout', file: 'actions/sweep/schema.ts' },
  { name: 'a workflow.json properly placed', file: 'workflows/hourly/workflow.json' },
  { name: 'a YAML file in a folder under environments', file: 'environments/prod/notes.yaml' },
  { name: 'an API description in a version folder', file: 'openapi/v2/api.yaml' },
  { name: 'an environment inventory in upper case', file: 'environments/prod.YAML', expected: { ruleId: 'configuration/near-miss', severity: 'warning', message: /looks like an environment inventory .*`environments\/\{env\}\.yaml` \(`paths\.environments`\), but the letter case differs$/, hint: /^rename it to `environments\/prod\.yaml`/ } },
];

function near(why: RegExp, suggestion?: string) {
  const hint = suggestion ? new RegExp(`^rename it to \`${suggestion.replace(/[.{}]/g, '\\$&')}\``) : undefined;
  return { ruleId: 'configuration/near-miss', severity: 'warning', message: new RegExp(`looks like a workflow definition but matches no configured path, so nothing checks it: it nearly matches ${WORKFLOW.replace(/[.{}()`]/g, '\\$&')}, but .*${why.source}`), hint };
}

function hidden(why: RegExp) {
  return { ruleId: 'configuration/near-miss', severity: 'warning', message: new RegExp(`is checked as a workflow definition \\(\`paths\\.workflows\`\\), but ${why.source}`), hint: /^rename it without the hidden character/ };
}

function other(message: RegExp, hint: RegExp) {
  return { ruleId: 'configuration/near-miss', severity: 'warning', message, hint };
}

function sdk() {
  return { ruleId: 'configuration/near-miss', severity: 'warning', hint: /^move it into the configured layout, or add its location to `paths\.sdkActions` in the configuration if it is meant to live there$/, message: /looks like an SDK action .*`packages\/sdk\/actions\/\{id\}\/\*\*`, `actions\/\{id\}\/schema\.ts`, `actions\/\{id\}\/execute\.ts` \(`paths\.sdkActions`\), but it is an SDK action file outside the configured layout$/ };
}

describe('configuration/near-miss', () => {
  it('has no two identical cases', () => {
    expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c]))('%s', async (_name, { file, expected }) => {
    const report = await auditFiles({ [OK]: LOG_WORKFLOW, [file]: file.endsWith('.ts') ? 'export const x = 1;\n' : LOG_WORKFLOW });
    const found = (report.configFindings ?? []).map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.location?.file, line: f.location?.line, column: f.location?.column, message: f.message, hint: f.hint }));
    if (!expected) return expect(found).toEqual([]);
    expect(found).toEqual([{ ruleId: expected.ruleId, severity: expected.severity, file, line: 1, column: 1, message: expect.stringMatching(expected.message), hint: expect.stringMatching(expected.hint ?? /./) }]);
    expect(found[0].message.startsWith(`\`${file}\``)).toBe(true);
  });

  it('is silent for a file a configured pattern matches, even in an unusual place', async () => {
    const config = `paths:\n  workflows: ["Workflows/{slug}/workflow.json"]\n  sdkActions: ["actions/{id}/**"]\n`;
    const report = await auditFiles({ '.github/b3os-readiness.yml': config, 'Workflows/hourly/workflow.json': LOG_WORKFLOW, 'actions/sweep/schema.ts': 'export const x = 1;\n' });
    expect((report.configFindings ?? []).filter((f) => f.ruleId === 'configuration/near-miss')).toEqual([]);
  });
});

describe('nearMiss, with other path settings', () => {
  const missOf = (path: string, changed: Partial<PathSettings>) => {
    const paths = { ...DEFAULT_PATHS, ...changed };
    return nearMiss(path, compileFolded(paths), paths);
  };

  it('says the letter case differs when only the pattern has capitals, and suggests the pattern\'s case', () => {
    expect(missOf('workflows/a/workflow.json', { workflows: ['Workflows/{slug}/workflow.json'] })).toEqual({ setting: 'workflows', pattern: 'Workflows/{slug}/workflow.json', why: 'the letter case differs', suggestion: 'Workflows/a/workflow.json' });
  });

  it('finds a file one folder too deep under a pattern whose file name has capitals', () => {
    expect(missOf('workflows/a/b/Workflow.json', { workflows: ['workflows/{slug}/Workflow.json'] })).toEqual({ setting: 'workflows', pattern: 'workflows/{slug}/Workflow.json', why: 'it is one folder too deep (`b`)', suggestion: 'workflows/a/Workflow.json' });
  });

  it('drops the folder right after the first one when only that matches', () => {
    expect(missOf('workflows/x/live/a/workflow.json', { workflows: ['workflows/live/{slug}/workflow.json'] })).toEqual({ setting: 'workflows', pattern: 'workflows/live/{slug}/workflow.json', why: 'it is one folder too deep (`x`)', suggestion: 'workflows/live/a/workflow.json' });
  });

  it('suggests no name under a pattern with `**`, whatever the depth', () => {
    expect(missOf('openapi/v2/Spec.yaml', { openapi: ['openapi/**/spec.yaml'] })).toStrictEqual({ setting: 'openapi', pattern: 'openapi/**/spec.yaml', why: 'the letter case differs', suggestion: undefined });
    expect(missOf('openapi/a/b/Spec.yaml', { openapi: ['openapi/**/spec.yaml'] })).toStrictEqual({ setting: 'openapi', pattern: 'openapi/**/spec.yaml', why: 'the letter case differs', suggestion: undefined });
  });

  it('takes no pattern ending in a placeholder for a file name, even one that spells the placeholder', () => {
    expect(missOf('environments/x/{env}.yaml', {})).toBeUndefined();
    expect(missOf('environments/prod/x/{env}.yaml', { environments: ['environments/prod/{env}.yaml'] })).toBeUndefined();
  });

  it('reports no SDK action file when no SDK layout is configured', () => {
    expect(missOf('src/actions/sweep/schema.ts', {})).toMatchObject({ setting: 'sdkActions' });
    expect(missOf('src/actions/sweep/schema.ts', { sdkActions: [] })).toBeUndefined();
  });
});

describe('nearMissFindings, on the files of a change', () => {
  const findingsFor = (files: FileChange[], entries: TreeEntry[]) => {
    const changes: ChangeSet = { head: 'h', mode: 'diff', files };
    const isFile = (path: string) => entries.some((e) => e.path === path && e.kind === 'file');
    return nearMissFindings(changes, isFile, DEFAULT_PATHS, createClassifier(DEFAULT_PATHS)).map((f) => f.location?.file);
  };
  const file = (path: string): TreeEntry => ({ path, kind: 'file', size: 1 });

  it('looks only at files changed and present at head as files', () => {
    const near = 'Workflows/a/workflow.json';
    expect(findingsFor([{ path: near, status: 'added' }], [file(near)])).toEqual([near]);
    expect(findingsFor([{ path: near, status: 'removed' }], [file(near)])).toEqual([]);
    expect(findingsFor([{ path: near, status: 'modified' }], [])).toEqual([]);
    expect(findingsFor([{ path: near, status: 'added' }], [{ path: near, kind: 'symlink', size: 0 }])).toEqual([]);
  });

  it('warns of a hidden character only in a definition, not in a runbook the same folder holds', () => {
    const definition = 'workflows/a\u200d/workflow.json';
    const runbook = 'workflows/a\u200d/RUNBOOK.md';
    expect(findingsFor([{ path: definition, status: 'added' }, { path: runbook, status: 'added' }], [file(definition), file(runbook)])).toEqual([definition]);
  });
});

describe('configuration/duplicate-definition', () => {
  const cases = [
    { name: 'workflow.json and workflow.yaml', files: ['workflows/a/workflow.json', 'workflows/a/workflow.yaml'] },
    { name: 'workflow.yaml and workflow.yml', files: ['workflows/a/workflow.yaml', 'workflows/a/workflow.yml'] },
    { name: 'all three formats', files: ['workflows/a/workflow.json', 'workflows/a/workflow.yaml', 'workflows/a/workflow.yml'] },
    { name: 'an environment in .yaml and .yml', files: ['environments/prod.yaml', 'environments/prod.yml'] },
  ];

  it.each(cases.map((c) => [c.name, c]))('%s is an error at each file', async (_name, { files }) => {
    const report = await auditFiles(Object.fromEntries([[OK, LOG_WORKFLOW], ...files.map((f) => [f, f.startsWith('env') ? 'name: prod\n' : LOG_WORKFLOW])]));
    const found = (report.configFindings ?? []).filter((f) => f.ruleId === 'configuration/duplicate-definition');
    expect(found.map((f) => [f.ruleId, f.severity, f.location?.file, f.location?.line, f.location?.column])).toEqual(files.map((f) => ['configuration/duplicate-definition', 'error', f, 1, 1]));
    expect(found[0].message).toMatch(new RegExp(`^\`${files[0]}\` and \`${files[1]}\`.* both define \`(a|prod)\``));
    expect(report.result).toBe('fail');
  });

  it('is silent for one definition per object, and for two workflows in two folders', async () => {
    const report = await auditFiles({ [OK]: LOG_WORKFLOW, 'workflows/b/workflow.yaml': 'name: b\n', 'workflows/a/b3os.yaml': 'workflow: a\n' });
    expect((report.configFindings ?? []).filter((f) => f.ruleId === 'configuration/duplicate-definition')).toEqual([]);
  });
});
