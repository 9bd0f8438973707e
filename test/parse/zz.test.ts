import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/parse/document.js';
test('x', () => {
  const d = parseDocument('w.yaml', readFileSync('test/parse/fixtures/workflow.yaml'));
  console.log(d.problems, JSON.stringify(d.value));
  for (const p of ['', '/definition', '/definition/nodes/pay_vendor/payload', '/definition/nodes/pay_vendor/payload/nope', '/definition/nodes/pay_vendor/children', '/definition/nodes/copy', '/definition/nodes/copy/retries', '/definition/nodes/copy/nope', '/name'])
    console.log(p, JSON.stringify(d.locate(p)), JSON.stringify(d.locateKey(p)));
});
