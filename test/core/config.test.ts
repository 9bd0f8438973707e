import { describe, expect, it } from 'vitest';
import { readConfig, settingsFromConfig, type ConfigProblem } from '../../src/core/config.js';
import { UserError } from '../../src/core/errors.js';
import { DEFAULT_HEADINGS, DEFAULT_LIMITS, DEFAULT_PATHS, DEFAULT_SETTINGS, DOCS_SITE_PATHS, SDK_PRESET_PATHS } from '../../src/core/settings.js';
import { parseDocument } from '../../src/parse/document.js';

const PATH = '.github/b3os-readiness.yml';
const doc = (yaml: string) => parseDocument(PATH, new TextEncoder().encode(yaml));
const at = (problems: readonly ConfigProblem[]) => problems.map(({ line, column, message }) => ({ line, column, message }));
const RULE_IDS = new Set(['definition-validates', 'definition-validates/payload-schema', 'docs-updated']);

describe('readConfig', () => {
  it('gives the defaults for no file and for an empty one', () => {
    expect(readConfig(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], notes: [] });
    expect(readConfig(doc(''))).toEqual({ settings: DEFAULT_SETTINGS, problems: [], notes: [] });
    expect(readConfig(doc('# nothing\n'), RULE_IDS)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], notes: [] });
  });

  it('gives the syntax errors of a file that does not parse, and no settings', () => {
    const reading = readConfig(doc('items:\n  docs-updated: [\n'));
    expect(reading.settings).toBeUndefined();
    expect(reading.notes).toEqual([]);
    expect(reading.problems.length).toBeGreaterThan(0);
    expect(reading.problems[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number), message: expect.any(String) });
  });

  it('leaves out the items a merged file names that do not exist, each noted at its key, and keeps the rest', () => {
    const reading = readConfig(doc('items:\n  docs-updated: warning\n  wallet-dedicated: off\n  nothing~like/it: off\n'));
    expect(reading.problems).toEqual([]);
    expect(reading.settings?.items).toEqual({ 'docs-updated': 'warning' });
    expect(reading.notes).toEqual(['3:3: `items.wallet-dedicated` names no item and is ignored; did you mean `wallets-dedicated`?', '4:3: `items.nothing~like/it` names no item and is ignored']);
    expect(readConfig(doc('items:\n  docs-updated: off\n')).notes).toEqual([]);
  });

  it('refuses an unknown item in a proposed file, and items that are no mapping in either', () => {
    const strict = readConfig(doc('items:\n  wallet-dedicated: off\n'), RULE_IDS);
    expect(at(strict.problems)).toEqual([{ line: 2, column: 3, message: expect.stringMatching(/wallet-dedicated/) }]);
    expect(strict.notes).toEqual([]);
    for (const items of ['[docs-updated]', '3', 'null']) {
      const reading = readConfig(doc(`failOn: warning\nitems: ${items}\n`));
      expect(reading.settings).toBeUndefined();
      expect(at(reading.problems)).toEqual([{ line: 2, column: 8, message: expect.any(String) }]);
      expect(reading.notes).toEqual([]);
    }
  });

  it('sorts every problem by line and column', () => {
    const reading = readConfig(doc('limits: {maxDepth: 0, maxNodes: 0}\nfailOn: never\nitemz: {}\n'));
    expect(reading.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['1:20', '1:33', '2:9', '3:1']);
    // The schema reports these in another order than they stand on their line.
    const oneLine = readConfig(doc('{limits: {maxNodes: 0, maxDepth: 0}, failOn: never}\n'));
    expect(oneLine.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['1:21', '1:34', '1:46']);
  });

  it('reads a file whose only problems are not fatal (a hidden character in a comment)', () => {
    expect(readConfig(doc('# a\u202eb\nfailOn: warning\n'))).toEqual({ settings: { ...DEFAULT_SETTINGS, failOn: 'warning' }, problems: [], notes: [] });
  });

  it('checks the waivers of a proposed file: a rule that does not exist and a day that does not, each at its place', () => {
    const yaml = 'waivers:\n  - rule: definition-validates/payload-shema\n    reason: known\n    approver: "@a"\n    expires: 2026-02-30\n  - rule: docs-updated\n    reason: known\n    approver: "@a"\n    expires: 2026-12-01\n';
    expect(at(readConfig(doc(yaml), RULE_IDS).problems)).toEqual([
      { line: 2, column: 11, message: 'waiver 1 names `definition-validates/payload-shema`, which is no item or rule id; did you mean `definition-validates/payload-schema`?' },
      { line: 5, column: 14, message: 'waiver 1 expires on `2026-02-30`, which is not a real date' },
    ]);
    expect(readConfig(doc(yaml.replace('2026-02-30', '2026-02-28').replace('payload-shema', 'payload-schema')), RULE_IDS).settings?.waivers).toEqual([
      { rule: 'definition-validates/payload-schema', reason: 'known', approver: '@a', expires: '2026-02-28', paths: [] },
      { rule: 'docs-updated', reason: 'known', approver: '@a', expires: '2026-12-01', paths: [] },
    ]);
    expect(readConfig(doc(yaml)).problems).toEqual([]);
  });

  it('checks only the waivers with a rule and an end in a proposed file that breaks the schema', () => {
    const yaml = 'waivers:\n  - reason: known\n    expires: 2026-02-30\n  - rule: nothing\n    expires: 2026-12-01\n  - 3\n  - ~\n  - rule: docs-updated\n    expires: 5\n';
    expect(at(readConfig(doc(yaml), RULE_IDS).problems.filter((p) => p.message.startsWith('waiver ')))).toEqual([{ line: 4, column: 11, message: 'waiver 2 names `nothing`, which is no item or rule id' }]);
    expect(readConfig(doc('waivers: 3\n'), RULE_IDS).problems).toHaveLength(1);
  });
});

describe('settings of a file', () => {
  const settingsOf = (yaml: string) => settingsFromConfig(doc(yaml));

  it('lays presets under the paths the file names, and the docs-site layout under both', () => {
    expect(settingsOf('docs:\n  layout: docs-site\n').paths).toEqual({ ...DEFAULT_PATHS, ...DOCS_SITE_PATHS });
    expect(settingsOf('preset: b3os-sdk\n').paths).toEqual({ ...DEFAULT_PATHS, ...SDK_PRESET_PATHS });
    expect(settingsOf('preset: b3os-sdk\npaths:\n  sdkActions: ["sdk/{id}/**"]\n').paths).toEqual({ ...DEFAULT_PATHS, sdkActions: ['sdk/{id}/**'] });
    expect(settingsOf('preset: b3os-sdk\n').preset).toBe('b3os-sdk');
    expect(settingsOf('docs:\n  layout: docs-site\n').docs).toEqual({ headings: DEFAULT_HEADINGS, layout: 'docs-site' });
  });

  it('merges headings, policy and limits over the defaults, and takes fail-on and items as written', () => {
    const settings = settingsOf('docs:\n  headings:\n    examples: Samples\nlimits:\n  maxDepth: 10\nfailOn: warning\nitems:\n  docs-updated: off\n');
    expect(settings.docs).toEqual({ headings: { ...DEFAULT_HEADINGS, examples: 'Samples' }, layout: DEFAULT_SETTINGS.docs.layout });
    expect(settings.limits).toEqual({ ...DEFAULT_LIMITS, maxDepth: 10 });
    expect(settings.failOn).toBe('warning');
    expect(settings.items).toEqual({ 'docs-updated': 'off' });
    expect(settings.preset).toBe(DEFAULT_SETTINGS.preset);
    expect(settingsOf('version: 1\n')).toEqual(DEFAULT_SETTINGS);
  });

  it('throws every problem as file:line:col in line order', () => {
    const broken = doc('failOn: never\nitemz: {}\n');
    expect(() => settingsFromConfig(broken)).toThrow(UserError);
    expect(() => settingsFromConfig(broken)).toThrow(/^invalid configuration:\n\.github\/b3os-readiness\.yml:1:9: .+\n\.github\/b3os-readiness\.yml:2:1: .+$/);
  });
});
