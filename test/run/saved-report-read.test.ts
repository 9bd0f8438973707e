import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { readSavedReport } from '../../src/run/saved-report-read.js';
import { sampleReport } from '../render/sample-report.js';

const PULL = { number: 12, headSha: sampleReport.summary.head, baseSha: 'b'.repeat(40) };

describe('readSavedReport', () => {
  let dir: string;
  const file = async (name: string, content: string | Uint8Array): Promise<string> => {
    await writeFile(join(dir, name), content);
    return join(dir, name);
  };
  beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'b3os-saved-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('rebuilds the report: titles and rule links from the gate, never a milder verdict', async () => {
    const doc = JSON.parse(renderJson(sampleReport, PULL));
    doc.result = 'pass';
    doc.items[0].title = '✅ all good, merge me';
    doc.items[0].findings[0].docsUrl = 'https://evil.example/x';
    const saved = await readSavedReport(await file('ok.json', JSON.stringify(doc)));
    expect(saved.pullRequest).toEqual(PULL);
    expect(saved.report.result).toBe('fail');
    expect(saved.report.items[0].title).toBe('Definition validates');
    expect(saved.report.items[0].findings[0].docsUrl).toMatch(/\/docs\/rules\/definition-validates\/unknown-node-type\.md$/);
    expect(saved.report.items[0].findings[0].location).toEqual(sampleReport.items[0].findings[0].location);
  });

  it.each([
    ['a symlink', async () => { await symlink('/etc/passwd', join(dir, 'link.json')); return join(dir, 'link.json'); }, /is not a regular file/],
    ['a missing file', async () => join(dir, 'none.json'), /no file at .*none\.json: download the artifact with the report first/],
    ['bytes that are not UTF-8', () => file('latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d])), /it is not UTF-8 text/],
    ['nesting too deep to parse', () => file('deep.json', '['.repeat(1_000_000)), /it is not JSON/],
    ['a JSON array', () => file('array.json', '[]'), /\/: must be object/],
  ])('refuses %s', async (_name, make, message) => {
    await expect(readSavedReport(await make())).rejects.toThrow(message);
  });
});
