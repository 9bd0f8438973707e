import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { arrayAt, shown } from '../../../src/items/definition-validates/expression-sites.js';
import { CATALOG, WF, logging, nodesWith, workflowRepo } from './expression-fixture.js';

const SYNTAX = 'definition-validates/expression-syntax';
const YAML_FILE = 'workflows/hello/workflow.yaml';

/** A YAML workflow whose `say` node logs `message`, written as is after `message: ` (line 12, column 18). */
const yamlRepo = (message: string) => ({
  '.b3os/catalog.json': CATALOG,
  [YAML_FILE]: `name: Hello
description: Logs the trigger body.
definition:
  nodes:
    root:
      type: manual
      payload: {}
      children: [say]
    say:
      type: log
      payload:
        message: ${message}
`,
});

describe('expression sites', () => {
  it('places a finding at its expression only where string offsets are file columns', () =>
    checkRuleTable(SYNTAX, [
      { name: 'a closed expression in YAML', files: yamlRepo('"hi {{$trigger.body.name}}"'), expected: [] },
      // The text is one line longer than it is written on its first line: columns would be wrong, so the string is the place.
      {
        name: 'a plain YAML scalar over two lines, as long as the text',
        files: yamlRepo(`hi {{$trigger.body.name\n${' '.repeat(41)}x`),
        expected: [{ severity: 'error', file: YAML_FILE, line: 12, column: 18, message: /never closed/ }],
      },
      {
        name: 'a quoted YAML string with escapes',
        files: yamlRepo('"say \\"hi\\" {{$trigger.body.name"'),
        expected: [{ severity: 'error', file: YAML_FILE, line: 12, column: 18, message: /never closed/ }],
      },
    ]));

  it('ends a finding where its expression or brace problem ends', async () => {
    const ends = async (message: string) =>
      findingsOf(await auditFiles(workflowRepo(nodesWith({ report: logging(message) }))), SYNTAX).map((f) => [f.location?.column, f.location?.endColumn]);
    expect(await ends('Balance {{read.result.balance')).toEqual([[61, 63]]);
    expect(await ends('{{read.result.balance}}}')).toEqual([[76, 77]]);
    expect(await ends('ok {{$env.KEY}}')).toEqual([[56, 68]]);
  });

  it('shows an expression on one line, cut after 79 characters', () => {
    expect(shown('{{ read.result.balance\n\t ||  0 }}')).toBe('{{ read.result.balance || 0 }}');
    expect(shown(`{{${'a'.repeat(76)}}}`)).toBe(`{{${'a'.repeat(76)}}}`);
    expect(shown(`{{${'a'.repeat(77)}}}`)).toBe(`{{${'a'.repeat(77)}}`.slice(0, 79) + '…');
    expect(shown(`{{${'a'.repeat(77)}}}`)).toHaveLength(80);
  });

  it('reads an array at a path of member names, and nothing else', () => {
    const file = { definition: { variableDefs: [{ name: 'n' }], list: ['x'] }, top: ['y'], text: 'abc' };
    expect(arrayAt(file, 'definition', 'variableDefs')).toEqual([{ name: 'n' }]);
    expect(arrayAt(file, 'top')).toEqual(['y']);
    expect(arrayAt(file, 'definition')).toBeUndefined();
    expect(arrayAt(file, 'definition', 'gone')).toBeUndefined();
    expect(arrayAt(file, 'gone', 'variableDefs')).toBeUndefined();
    expect(arrayAt(file, 'top', '0')).toBeUndefined();
    expect(arrayAt(file, 'text', 'length')).toBeUndefined();
    expect(arrayAt({ definition: null }, 'definition', 'variableDefs')).toBeUndefined();
    expect(arrayAt({ definition: Object.create({ variableDefs: ['inherited'] }) }, 'definition', 'variableDefs')).toBeUndefined();
    expect(arrayAt([['a']], '0')).toBeUndefined();
    expect(arrayAt(null, 'definition')).toBeUndefined();
  });
});
