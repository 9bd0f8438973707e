import { describe, expect, it } from 'vitest';
import { duplicateDefinitionFindings } from '../../src/core/duplicate-definition.js';
import { createClassifier, indexRepository } from '../../src/core/repo-index.js';
import { DEFAULT_PATHS } from '../../src/core/settings.js';
import type { ChangeSet, FileChange, TreeEntry } from '../../src/core/types.js';

const classify = createClassifier(DEFAULT_PATHS);
const file = (path: string): TreeEntry => ({ path, kind: 'file', size: 1 });

function findingsFor(files: FileChange[], entries: TreeEntry[]) {
  const changes: ChangeSet = { head: 'h', mode: 'diff', files };
  return duplicateDefinitionFindings(changes, indexRepository(entries, classify), DEFAULT_PATHS, classify).map((f) => [f.location?.file, f.message]);
}

describe('duplicateDefinitionFindings, on the files of a change', () => {
  const json = 'workflows/a/workflow.json';
  const yaml = 'workflows/a/workflow.yaml';

  it('reports a changed definition file whose object has another one, naming the other', () => {
    expect(findingsFor([{ path: yaml, status: 'added' }], [file(json), file(yaml), file('workflows/a/b3os.yaml')])).toEqual([
      [yaml, expect.stringContaining(`\`${yaml}\` and \`${json}\` both define \`a\``)],
    ]);
  });

  it('leaves alone an unchanged pair, a removed file, and the files of other kinds or objects', () => {
    const entries = [file(json), file(yaml), file('workflows/a/b3os.yaml'), file('workflows/b/workflow.json'), file('environments/a.yaml')];
    expect(findingsFor([{ path: 'workflows/b/workflow.json', status: 'modified' }, { path: 'environments/a.yaml', status: 'added' }], entries)).toEqual([]);
    expect(findingsFor([{ path: 'workflows/a/b3os.yaml', status: 'modified' }], entries)).toEqual([]);
    expect(findingsFor([{ path: yaml, status: 'removed' }], [file(json)])).toEqual([]);
  });

  it('counts only regular files: a symlink beside the definition defines nothing', () => {
    expect(findingsFor([{ path: json, status: 'modified' }], [file(json), { path: yaml, kind: 'symlink', size: 0 }])).toEqual([]);
  });

  it('states the finding in full: an error at the changed file\'s start, naming every other definition, with its hint and page', () => {
    const yml = 'workflows/a/workflow.yml';
    const changes: ChangeSet = { head: 'h', mode: 'diff', files: [{ path: json, status: 'modified' }] };
    const found = duplicateDefinitionFindings(changes, indexRepository([file(json), file(yaml), file(yml)], classify), DEFAULT_PATHS, classify);
    expect(found).toEqual([
      {
        ruleId: 'configuration/duplicate-definition',
        severity: 'error',
        message: `\`${json}\` and \`${yaml}\`, \`${yml}\` both define \`a\` (\`paths.workflows\`): one object needs exactly one definition file, and the gate cannot know which one is deployed`,
        hint: 'keep one definition file and delete the others',
        location: { file: json, line: 1, column: 1 },
        docsUrl: expect.stringMatching(/\/configuration\/duplicate-definition\.md$/),
      },
    ]);
  });
});

