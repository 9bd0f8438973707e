import { describe, expect, it } from 'vitest';
import { pathFindings, requireSomethingToCheck } from '../../src/core/path-coverage.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import type { TreeEntry } from '../../src/core/types.js';

const files = (...paths: string[]): TreeEntry[] => paths.map((path) => ({ path, kind: 'file' }) as TreeEntry);
const withPaths = (paths: Partial<Settings['paths']>): Settings => ({ ...DEFAULT_SETTINGS, paths: { ...DEFAULT_SETTINGS.paths, ...paths } });
const config = { path: '.github/b3os-readiness.yml', locate: (pointer: string) => ({ line: pointer === '/paths/workflows' ? 3 : 9, column: 3 }) };
const FLOWS = ['flows/{slug}/workflow.json'];

describe('pathFindings', () => {
  it('reports a moved path that matches nothing while the default matches, at its key', () => {
    const [finding, ...rest] = pathFindings({ entries: files('workflows/a/workflow.json'), settings: withPaths({ workflows: FLOWS }), config });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'configuration/paths', severity: 'error', location: { file: config.path, line: 3, column: 3 } });
    const defaults = DEFAULT_SETTINGS.paths.workflows.map((p) => `\`${p}\``).join(', ');
    expect(finding.message).toBe(`\`paths.workflows\` (\`flows/{slug}/workflow.json\`) matches no file, but the default (${defaults}) matches \`workflows/a/workflow.json\`: nothing there is checked`);
    expect(finding.hint).toBe('point `paths.workflows` at where these files are, or remove it to use the default');
  });

  it('lists every configured pattern, and places the finding at the file\'s start when it cannot locate the key', () => {
    const [finding] = pathFindings({ entries: files('workflows/a/workflow.json'), settings: withPaths({ workflows: [...FLOWS, 'more/{slug}.json'] }), config: { path: config.path } });
    expect(finding.message.startsWith('`paths.workflows` (`flows/{slug}/workflow.json`, `more/{slug}.json`) matches no file')).toBe(true);
    expect(finding.location).toMatchObject({ file: config.path, line: 1, column: 1 });
  });

  it('is silent when the moved path matches, when nothing matches the default either, and for default paths', () => {
    expect(pathFindings({ entries: files('flows/a/workflow.json', 'workflows/b/workflow.json'), settings: withPaths({ workflows: FLOWS }), config })).toEqual([]);
    expect(pathFindings({ entries: files('README.md'), settings: withPaths({ workflows: FLOWS }), config })).toEqual([]);
    expect(pathFindings({ entries: files('elsewhere/workflow.json'), settings: DEFAULT_SETTINGS, config })).toEqual([]);
  });

  it('lowers to a warning when the change proposes other paths for that key, not for another key', () => {
    const settings = withPaths({ workflows: FLOWS });
    const entries = files('workflows/a/workflow.json');
    expect(pathFindings({ entries, settings, config, proposed: DEFAULT_SETTINGS })[0].severity).toBe('warning');
    expect(pathFindings({ entries, settings, config, proposed: withPaths({ workflows: FLOWS, templates: ['t/{slug}.json'] }) })[0].severity).toBe('error');
    const two = withPaths({ workflows: [...FLOWS, 'more/{slug}.json'] });
    expect(pathFindings({ entries, settings: two, config, proposed: two })[0].severity).toBe('error');
  });

  it('reports each moved setting, and ignores directories', () => {
    const settings = withPaths({ workflows: FLOWS, templates: ['tpl/{slug}.json'] });
    const entries = [...files('workflows/a/workflow.json', 'templates/t/template.json'), { path: 'flows/x/workflow.json', kind: 'dir' } as unknown as TreeEntry];
    expect(pathFindings({ entries, settings, config }).map((f) => f.message.slice(0, 18))).toEqual(['`paths.workflows` ', '`paths.templates` ']);
  });
});

describe('requireSomethingToCheck', () => {
  it('accepts one workflow, action, trigger, template or API description, and refuses none', () => {
    for (const path of ['workflows/a/workflow.json', 'actions/x/action.json', 'triggers/t/trigger.json', 'templates/t/template.json', 'openapi/api.yaml']) {
      expect(() => requireSomethingToCheck(files('README.md', path), [DEFAULT_SETTINGS], 'x'), path).not.toThrow();
    }
    expect(() => requireSomethingToCheck(files('README.md', 'docs/a.md'), [DEFAULT_SETTINGS], '`HEAD`')).toThrow(/^nothing to check: no workflow, action, trigger, template or API description found in `HEAD`/);
    expect(() => requireSomethingToCheck([], [DEFAULT_SETTINGS], 'x')).toThrow(/nothing to check/);
    // Any of the settings (the current configuration, or the one a change proposes) will do.
    expect(() => requireSomethingToCheck(files('flows/a/workflow.json'), [DEFAULT_SETTINGS, withPaths({ workflows: FLOWS })], 'x')).not.toThrow();
    expect(() => requireSomethingToCheck(files('flows/a/workflow.json'), [DEFAULT_SETTINGS], 'x')).toThrow(/looked for `workflows\/\{slug\}\/workflow\.json`, `/);
  });

  it('counts files only, and names up to three near misses, then how many more', () => {
    const dir = [{ path: 'workflows/a/workflow.json', kind: 'dir' } as unknown as TreeEntry];
    expect(() => requireSomethingToCheck(dir, [DEFAULT_SETTINGS], 'x')).toThrow(/nothing to check/);
    const messageOf = (near?: string[]) => {
      try {
        requireSomethingToCheck(files('README.md'), [DEFAULT_SETTINGS], 'x', near);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(messageOf()).toMatch(/\)$/);
    expect(messageOf(['a', 'b', 'c'])).toMatch(/\); but a; b; c$/);
    expect(messageOf(['a', 'b', 'c', 'd', 'e'])).toMatch(/\); but a; b; c; and 2 more$/);
  });
});
