import { describe, expect, it } from 'vitest';
import { SECRET_KINDS } from '../../src/secrets/kinds.js';
import { fingerprintOf } from '../../src/secrets/fingerprint.js';
import { scanText } from '../../src/secrets/scan.js';
import { auditFiles } from '../support/rule-harness.js';
import { lookAlikeCorpus, plantedCorpus } from '../support/secrets/corpus.js';
import { LOOK_ALIKE_GENERATORS } from '../support/secrets/look-alikes.js';
import { PLACEMENTS } from '../support/secrets/placements.js';
import { GENERATORS } from '../support/secrets/values.js';

const SECRET_RULES = new Set<string>(Object.values(SECRET_KINDS).map((k) => k.rule));
const findingsIn = (report: Awaited<ReturnType<typeof auditFiles>>) => report.items.flatMap((i) => i.findings);
const megabytes = (files: Record<string, string>) => Object.values(files).reduce((n, text) => n + Buffer.byteLength(text), 0) / 2 ** 20;

/** Milliseconds per MB of the scanner alone over the files. */
async function scanCost(files: Record<string, string>): Promise<string> {
  const started = performance.now();
  for (const text of Object.values(files)) await scanText(text);
  return ((performance.now() - started) / megabytes(files)).toFixed(0);
}

describe('the secret scanner on generated corpora', () => {
  it('finds at least 95 % of 248 fresh secrets of every type in every kind of file (measured: see the output)', async () => {
    const { files, plants } = plantedCorpus();
    expect(plants.length).toBeGreaterThanOrEqual(200);
    expect(new Set(plants.map((p) => p.value.type)).size).toBe(GENERATORS.length);
    expect(new Set(plants.map((p) => p.kind)).size).toBe(Object.keys(PLACEMENTS).length);
    const started = performance.now();
    const findings = findingsIn(await auditFiles(files)).filter((f) => SECRET_RULES.has(f.ruleId));
    const ms = performance.now() - started;
    const missed = plants.filter((p) => !findings.some((f) => f.ruleId === p.value.rule && f.location?.file === p.path && f.location.line === p.line && f.fingerprint === fingerprintOf(p.value.secret)));
    const recall = (plants.length - missed.length) / plants.length;
    console.info(`secret corpus: found ${plants.length - missed.length} of ${plants.length} planted secrets (recall ${(recall * 100).toFixed(1)} %); scanner ${await scanCost(files)} ms per MB, whole gate ${(ms / megabytes(files)).toFixed(0)} ms per MB`);
    expect(missed.map((m) => `${m.value.type} in ${m.kind} (${m.path}:${m.line})`)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    // Each secret is reported once, by its own rule, as an unwaivable error.
    expect(findings).toHaveLength(plants.length);
    expect(findings.every((f) => f.secret === true && f.severity === 'error')).toBe(true);
  }, 60_000);

  it('reports no secret in 1,200 fresh look-alikes: hashes, topics, slots, addresses, ABI data, ids, public keys, images', async () => {
    const { files, values } = lookAlikeCorpus(1200);
    expect(values.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(values.map((v) => v.type)).size).toBe(LOOK_ALIKE_GENERATORS.length);
    const started = performance.now();
    const findings = findingsIn(await auditFiles(files)).filter((f) => SECRET_RULES.has(f.ruleId) || f.ruleId.endsWith('/unscanned-file'));
    const ms = performance.now() - started;
    const typeAt = (file: string | undefined) => values[Number(/(\d+)/.exec(file ?? '')?.[1])]?.type;
    console.info(`look-alike corpus: ${findings.length} false positives in ${values.length} look-alikes; scanner ${await scanCost(files)} ms per MB, whole gate ${(ms / megabytes(files)).toFixed(0)} ms per MB`);
    expect(findings.map((f) => `${f.ruleId} on a ${typeAt(f.location?.file)} in ${f.location?.file}:${f.location?.line}`)).toEqual([]);
  }, 60_000);

  it('scans a clean megabyte of docs, of URLs and of hashes in linear time (measured: see the output)', async () => {
    const line = (i: number) => `Run ${i} of the payout sent 250 USDC (tx 0x${(i * 7919).toString(16).padStart(64, 'a')}); see https://docs.b3os.org/runbooks/payout#step-${i}.\n`;
    const text = Array.from({ length: 6000 }, (_, i) => line(i)).join('');
    await scanText(text.slice(0, 4096));
    const started = performance.now();
    expect(await scanText(text)).toEqual([]);
    const msPerMb = (performance.now() - started) / (Buffer.byteLength(text) / 2 ** 20);
    console.info(`clean text: scanner ${msPerMb.toFixed(0)} ms per MB`);
    // A bound with room for slow runners: quadratic work on a megabyte would take minutes.
    expect(msPerMb).toBeLessThan(10_000);
  }, 60_000);
});
