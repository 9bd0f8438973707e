import { it } from 'vitest';
import { runCli } from '../../src/run/cli-main.js';
it('x', async () => {
  let out = '';
  const code = await runCli(['check', '--repo', 'examples/acme-b3os', '--all', '--format', 'json'], { cwd: process.cwd(), stdout: (t) => (out += t), stderr: (t) => (out += t), color: false, today: '2026-11-25' });
  const r = JSON.parse(out);
  for (const i of r.items) console.log(i.id, i.status, JSON.stringify(i.findings.map((f: any) => [f.ruleId, f.file, f.line, f.column, f.message]), null, 1));
  console.log(JSON.stringify(r.objects, null, 1), code);
});
