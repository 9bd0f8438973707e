import { it } from 'vitest';
import { auditFiles } from '../support/rule-harness.js';
import { plantedCorpus } from '../support/secrets/corpus.js';
it('recall', async () => {
  const { files, plants } = plantedCorpus();
  const t0 = performance.now();
  const report = await auditFiles(files);
  console.log('ms', performance.now() - t0);
  const findings = report.items.flatMap((i) => i.findings);
  const missed = plants.filter((p) => !findings.some((f) => f.ruleId === p.value.rule && f.location?.file === p.path && f.location.line === p.line));
  console.log('plants', plants.length, 'missed', missed.length);
  for (const m of missed) {
    const here = findings.filter((f) => f.location?.file === m.path).map((f) => `${f.ruleId}@${f.location?.line}`);
    console.log(m.value.type, m.kind, m.path, m.line, here.join(' '));
  }
});
