import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/core/gate.js';
import { memorySnapshot } from '../../support/memory-snapshot.js';
import { auditFiles, findingsOf } from '../../support/rule-harness.js';

const VALID = JSON.stringify({
  name: 'Canary',
  description: 'Proves the other files are still checked.',
  definition: { nodes: { root: { type: 'manual', payload: {}, children: ['say'] }, say: { type: 'lgo', payload: { message: 'hi' } } } },
}, null, 2);

const deepJson = '['.repeat(100_000) + ']'.repeat(100_000);
const laughs = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(',')}]`))
  .join('\n');

/** Each hostile file, where its one finding must be, and what the message must say. */
const HOSTILE: Array<[name: string, path: string, content: string | Uint8Array, line: number, message: RegExp]> = [
  ['billion laughs', 'workflows/laughs/workflow.yaml', laughs + '\n', 4, /more than 20 aliases/],
  ['self-referencing anchor', 'workflows/cycle/workflow.yaml', 'a: &a [*a]\n', 1, /alias/],
  ['100,000-deep JSON', 'workflows/deep/workflow.json', deepJson, 1, /nesting deeper than 64/],
  ['file over the size cap', 'workflows/huge/workflow.json', `{"name": "${'x'.repeat(1024 * 1024)}"}`, 1, /over the 1 MiB limit/],
  ['binary content', 'workflows/png/workflow.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 1, /binary/],
  ['invalid UTF-8', 'workflows/utf8/workflow.json', new Uint8Array([0x7b, 0x0a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 2, /invalid UTF-8/],
  ['UTF-16 with BOM', 'workflows/utf16/workflow.json', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), 1, /UTF-16/],
  ['duplicate key', 'workflows/dup/workflow.json', '{\n  "name": "a",\n  "name": "b"\n}', 3, /duplicate key `name`/],
  ['YAML function tag', 'workflows/tag/workflow.yaml', 'name: !!js/function "function () { return 1 }"\n', 1, /tag/],
  ['multi-document YAML', 'workflows/multi/workflow.yaml', 'name: a\n---\nname: b\n', 2, /document/],
  ['merge key prototype pollution', 'workflows/merge/workflow.yaml', 'a:\n  <<: {__proto__: {polluted: 1}}\n', 2, /merge keys/],
];

describe('hostile definition files', () => {
  it('each gives one clear syntax finding at its place, and every other file is still checked', async () => {
    const files: Record<string, string | Uint8Array> = { 'workflows/canary/workflow.json': VALID };
    for (const [, path, content] of HOSTILE) files[path] = content;
    const report = await auditFiles(files);
    const syntax = findingsOf(report, 'definition-validates/syntax');
    for (const [name, path, , line, message] of HOSTILE) {
      const mine = syntax.filter((f) => f.location?.file === path);
      // The merge-key case also carries its `__proto__` key: two findings, both at line 2.
      expect(mine, name).toHaveLength(name.startsWith('merge') ? 2 : 1);
      expect(mine[0].location?.line, name).toBe(line);
      expect(mine.map((f) => f.message).join(' | '), name).toMatch(message);
    }
    expect(findingsOf(report, 'definition-validates/unknown-node-type').map((f) => f.location?.file)).toEqual(['workflows/canary/workflow.json']);
    // Over a limit of the gate: unchecked, not wrong (incomplete); the rest are errors.
    const unverified = syntax.filter((f) => f.unverified).map((f) => f.location?.file);
    expect(unverified).toEqual(['workflows/cycle/workflow.yaml', 'workflows/deep/workflow.json', 'workflows/huge/workflow.json', 'workflows/laughs/workflow.yaml']);
    expect(report.items[0].status).toBe('fail');
  });

  it('reports __proto__ keys and pollutes nothing', async () => {
    const payload = '{\n  "__proto__": { "polluted": 1 },\n  "constructor": { "prototype": { "polluted": 1 } },\n  "name": "x",\n  "description": "y",\n  "definition": { "nodes": {} }\n}';
    const report = await auditFiles({ 'workflows/proto/workflow.json': payload, 'workflows/proto2/workflow.yaml': '__proto__:\n  polluted: 1\n' });
    const syntax = findingsOf(report, 'definition-validates/syntax');
    expect(syntax.map((f) => [f.location?.file, f.location?.line])).toEqual(
      expect.arrayContaining([['workflows/proto/workflow.json', 2], ['workflows/proto/workflow.json', 3], ['workflows/proto2/workflow.yaml', 1]]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reports integers beyond 2^53 where they stand', async () => {
    const text = '{\n  "name": "x",\n  "description": "y",\n  "definition": { "nodes": { "root": { "type": "manual", "payload": { "amount": 1000000000000000000001 } } } }\n}';
    const syntax = findingsOf(await auditFiles({ 'workflows/big/workflow.json': text }), 'definition-validates/syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ location: { line: 4, column: 81 }, message: expect.stringMatching(/loses precision/) });
  });
});

describe('symlinks at definition paths', () => {
  it('are reported, never followed', async () => {
    const report = await auditFiles({ 'workflows/link/workflow.json': { symlink: '/etc/passwd' }, 'workflows/ok/workflow.json': VALID });
    const syntax = findingsOf(report, 'definition-validates/syntax');
    expect(syntax).toEqual([expect.objectContaining({ message: '`workflows/link/workflow.json` is a symlink; it is not followed, and nothing it holds is validated', location: { file: 'workflows/link/workflow.json', line: 1, column: 1 } })]);
  });

  it('are reported where a definition directory would be, and in a change that adds them', async () => {
    const files = { 'workflows/evil': { symlink: '../elsewhere/evil' }, 'elsewhere/evil/workflow.json': '{}', 'workflows/ok/workflow.json': VALID };
    const report = await auditFiles(files);
    expect(findingsOf(report, 'definition-validates/syntax').map((f) => [f.location?.file, f.message])).toEqual([
      ['workflows/evil', '`workflows/evil` is a symlink; it is not followed, and nothing it holds is validated'],
    ]);
    const base = { 'workflows/ok/workflow.json': VALID };
    const diff = await runGate({ head: memorySnapshot(files), base: memorySnapshot(base, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files: [{ path: 'workflows/evil', status: 'added' }] }, today: '2026-11-25' });
    expect(diff.items[0].status).toBe('fail');
  });
});
