import { describe, expect, it } from 'vitest';
import { parseNameStatus } from '../../../src/adapters/git/changed-files.js';
import { decodeGitPath, parseLsTree } from '../../../src/adapters/git/tree.js';

const OID = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';
const record = (path: Buffer) => Buffer.concat([Buffer.from(`100644 blob ${OID}       2\t`), path, Buffer.from([0])]);
const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('paths that are not UTF-8', () => {
  it('decode UTF-8 paths as they are, and other bytes as \\xNN', () => {
    expect(decodeGitPath(Buffer.from('workflows/café/workflow.json'))).toBe('workflows/café/workflow.json');
    expect(decodeGitPath(bytes('workflows/ev', [0xfe], 'il'))).toBe('workflows/ev\\xfeil');
  });

  it('stay two paths when they differ only in bytes that are not UTF-8 (one cannot hide the other)', () => {
    const output = Buffer.concat([record(bytes('workflows/ev', [0xfe], 'il/workflow.json')), record(bytes('workflows/ev', [0xff], 'il/workflow.json'))]);
    expect(parseLsTree(output).map((e) => e.path)).toEqual(['workflows/ev\\xfeil/workflow.json', 'workflows/ev\\xffil/workflow.json']);
    const diff = Buffer.concat([bytes('A', [0], 'workflows/ev', [0xfe], 'il/workflow.json', [0])]);
    expect(parseNameStatus(diff)).toEqual([{ path: 'workflows/ev\\xfeil/workflow.json', status: 'added' }]);
  });
});

describe('ls-tree records', () => {
  it('give each entry its kind, size and object id, and skip modes git does not write for files', () => {
    const output = bytes(
      `100755 blob ${OID}   12345\tbin/run.sh`, [0],
      `120000 blob ${OID}       9\tlink`, [0],
      `160000 commit ${OID}       -\tsub`, [0],
      `040000 tree ${OID}       -\tdir`, [0],
      `100644 blob ${OID}       0\ta b/c.json`, [0],
    );
    expect(parseLsTree(output)).toEqual([
      { path: 'a b/c.json', kind: 'file', size: 0, oid: OID },
      { path: 'bin/run.sh', kind: 'file', size: 12345, oid: OID },
      { path: 'link', kind: 'symlink', size: 0, oid: OID },
      { path: 'sub', kind: 'submodule', size: 0, oid: OID },
    ]);
  });

  it('decode the UTF-8 paths of a listing as they are when another path in it is not UTF-8', () => {
    const output = Buffer.concat([record(Buffer.from('ünïcödé/名前.json')), record(bytes('ev', [0xfe], 'il.json'))]);
    expect(parseLsTree(output).map((e) => e.path)).toEqual(['ev\\xfeil.json', 'ünïcödé/名前.json']);
  });
});
