import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failPhrase, isReady } from '../../src/render/item-status.js';
import { renderJson } from '../../src/render/json.js';
import { derivedStatus, readSavedReport } from '../../src/run/saved-report-read.js';
import { sampleReport } from '../render/sample-report.js';

const PULL = { number: 12, headSha: sampleReport.summary.head, baseSha: 'b'.repeat(40) };
const ORIGIN = { serverUrl: 'https://github.com', owner: 'northwind', repo: 'ops-workflows' };
const REVIEW_URL = 'https://github.com/northwind/ops-workflows/pull/12#pullrequestreview-42';
const WAIVER = { reason: 'reviewed', approver: '@lee', expires: '2099-01-01', origin: 'pull-request', scope: 'rule', review: { user: 'lee', url: REVIEW_URL, commit: 'a'.repeat(40) } };
type Json = Record<string, any>;
const docOf = (): Json => JSON.parse(renderJson(sampleReport, PULL)) as Json;
/** Every item passes with no finding, as a clean run would save it. */
function clean(): Json {
  const doc = docOf();
  for (const item of doc.items) Object.assign(item, { status: 'pass', findings: [] }, item.reason !== undefined ? { reason: undefined } : {});
  doc.items = doc.items.map((item: Json) => JSON.parse(JSON.stringify(item)));
  doc.configuration.findings = [];
  return doc;
}

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

  it('recomputes a forged pass: an item claiming pass with an error finding left in place fails, and so does the report', async () => {
    const doc = docOf();
    doc.result = 'pass';
    for (const item of doc.items) if (item.status === 'fail' || item.status === 'incomplete') item.status = 'pass';
    const { report } = await readSavedReport(await file('forged-pass.json', JSON.stringify(doc)), ORIGIN);
    expect(report.items[0].status).toBe('fail');
    expect(report.items.find((i) => i.id === 'failure-paths-observable')?.status).toBe('incomplete');
    expect(report.result).toBe('fail');
    expect(isReady(report)).toBe(false);
  });

  it('an item claimed not-affected or off keeps that only with no finding; with one it is derived', async () => {
    const doc = clean();
    doc.items[0] = { ...doc.items[0], status: 'off', findings: [{ ...docOf().items[0].findings[0] }] };
    doc.items[1].status = 'not-affected';
    const { report } = await readSavedReport(await file('off.json', JSON.stringify(doc)), ORIGIN);
    expect(report.items[0].status).toBe('fail');
    expect(report.items[1].status).toBe('not-affected');
    expect(report.result).toBe('fail');
  });

  it.each([
    ['incomplete with no finding stays incomplete', 'incomplete', [], 'incomplete'],
    ['fail with only a warning stays fail (never milder)', 'fail', [{ severity: 'warning' }], 'fail'],
    ['pass with an unverified finding is incomplete', 'pass', [{ severity: 'error', unverified: true }], 'incomplete'],
    ['waived with an open error fails', 'waived', [{ severity: 'error' }], 'fail'],
    ['waived with nothing waived is a pass', 'waived', [{ severity: 'warning' }], 'pass'],
    ['off with a waived error is waived', 'off', [{ severity: 'error', waiver: WAIVER }], 'waived'],
  ] as const)('derives the status: %s', (_name, claimed, fields, expected) => {
    const findings = fields.map((f) => ({ ruleId: 'definition-validates/unknown-node-type', message: 'm', docsUrl: 'https://x', ...f })) as never[];
    expect(derivedStatus(claimed, undefined, findings).status).toBe(expected);
  });

  it('a report saying fail with nothing blocking and no open warning passes: never "0 warnings fail it"', async () => {
    const doc = clean();
    doc.result = 'fail';
    const { report } = await readSavedReport(await file('empty-fail.json', JSON.stringify(doc)), ORIGIN);
    expect(report.result).toBe('pass');
    expect(isReady(report)).toBe(true);
    // With an open warning the report's fail stands (fail-on: warning), and the phrase counts it.
    doc.items[0].findings = [{ ...docOf().items[0].findings[2] }];
    doc.items[0].status = 'pass';
    const warned = await readSavedReport(await file('warned-fail.json', JSON.stringify(doc)), ORIGIN);
    expect(warned.report.result).toBe('fail');
    expect(failPhrase(warned.report)).toBe('1 warning fails it under fail-on: warning');
  });

  it('keeps a waiver whose approving review is on this pull request at the run\'s server', async () => {
    const doc = clean();
    doc.items[0].findings = [{ ...docOf().items[0].findings[0], waiver: WAIVER }];
    doc.items[0].status = 'waived';
    const { report } = await readSavedReport(await file('waived-ok.json', JSON.stringify(doc)), ORIGIN);
    expect(report.items[0].status).toBe('waived');
    expect(report.items[0].findings[0].waiver?.review?.url).toBe(REVIEW_URL);
  });

  it.each([
    ['another host', 'https://evil.example/northwind/ops-workflows/pull/12#pullrequestreview-42', ORIGIN, /links to https:\/\/evil\.example\/.*not to a review on pull request #12 at https:\/\/github\.com/],
    ['a path that is no review (schema)', 'https://github.com/login?next=x', ORIGIN, /must match pattern/],
    ['a look-alike host', 'https://github.com.evil.example/northwind/ops-workflows/pull/12#pullrequestreview-42', ORIGIN, /links to https:\/\/github\.com\.evil\.example\/.*not to a review on pull request #12 at https:\/\/github\.com/],
    ['another repository', 'https://github.com/mallory/ops-workflows/pull/12#pullrequestreview-42', ORIGIN, /not to a review on pull request #12/],
    ['another pull request', 'https://github.com/northwind/ops-workflows/pull/13#pullrequestreview-42', ORIGIN, /not to a review on pull request #12/],
    ['github.com on an Enterprise Server run', REVIEW_URL, { ...ORIGIN, serverUrl: 'https://ghe.example.com' }, /at https:\/\/ghe\.example\.com/],
  ])('refuses a waiver whose approving review links to %s', async (_name, url, origin, message) => {
    const doc = clean();
    doc.items[0].findings = [{ ...docOf().items[0].findings[0], waiver: { ...WAIVER, review: { ...WAIVER.review, url } } }];
    doc.items[0].status = 'waived';
    await expect(readSavedReport(await file('evil-link.json', JSON.stringify(doc)), origin)).rejects.toThrow(message);
    // The audit list is held to the same.
    const listed = clean();
    listed.waivers = [{ rule: 'definition-validates/unknown-node-type', reason: 'r', approver: '@lee', expires: '2099-01-01', origin: 'pull-request', status: 'applied', file: null, line: null, findings: 1, review: { ...WAIVER.review, url } }];
    await expect(readSavedReport(await file('evil-record.json', JSON.stringify(listed)), origin)).rejects.toThrow(message);
  });

  it.each(['credentials-in-connectors/private-key', 'api-keys-scoped/b3os-key', 'templates-portable/secret'])('refuses a waiver on a finding of %s: no waiver covers a found secret', async (ruleId) => {
    const doc = clean();
    const id = ruleId.split('/')[0];
    const index = doc.items.findIndex((i: Json) => i.id === id);
    doc.items[index].findings = [{ ...docOf().items[0].findings[0], ruleId, waiver: WAIVER }];
    doc.items[index].status = 'waived';
    await expect(readSavedReport(await file('secret.json', JSON.stringify(doc)), ORIGIN)).rejects.toThrow(`saved report refused: it shows a finding of \`${ruleId}\` as waived, but no waiver covers a found secret`);
  });

  it('drops a waiver on a check that could not finish: the finding counts', async () => {
    const doc = clean();
    doc.items[0].findings = [{ ...docOf().items[0].findings[0], unverified: true, waiver: WAIVER }];
    doc.items[0].status = 'waived';
    const { report } = await readSavedReport(await file('unverified.json', JSON.stringify(doc)), ORIGIN);
    expect(report.items[0].status).toBe('incomplete');
    expect(report.items[0].findings[0].waiver).toBeUndefined();
    expect(report.result).toBe('fail');
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
