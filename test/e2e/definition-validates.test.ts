import { describe, expect, it } from 'vitest';
import { CATALOG } from '../items/definition-validates/graph-fixtures.js';
import { auditFiles } from '../support/rule-harness.js';

/** A workflow with one node per line, so each finding's line names its node. */
const workflow = (nodes: string[]) => `{
  "name": "Case",
  "description": "One of the six cases.",
  "definition": {
    "nodes": {
${nodes.map((n) => `      ${n}`).join(',\n')}
    }
  }
}
`;

const ROOT = '"root": { "type": "manual", "payload": {}, "children": ["a"] }';
const BALANCE = '"tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "accountAddress": "0x1111111111111111111111111111111111111111", "chainId": 8453';

const FILES = {
  '.b3os/catalog.json': CATALOG,
  'workflows/valid/workflow.json': workflow([ROOT, `"a": { "type": "get-balance", "payload": { ${BALANCE} }, "children": ["b"] }`, '"b": { "type": "log", "payload": { "message": "balance read at {{$workflow.id}}" } }']),
  'workflows/missing-field/workflow.json': workflow([ROOT, '"a": { "type": "get-balance", "payload": { "chainId": 8453, "tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913" } }']),
  'workflows/unknown-type/workflow.json': workflow([ROOT, '"a": { "type": "get-balanse", "payload": {} }']),
  'workflows/sibling/workflow.json': workflow(['"root": { "type": "manual", "payload": {}, "children": ["a", "b"] }', `"a": { "type": "get-balance", "payload": { ${BALANCE} } }`, '"b": { "type": "log", "payload": { "message": "{{a.result.balance}}" } }']),
  'workflows/cycle/workflow.json': workflow([ROOT, '"a": { "type": "log", "payload": { "message": "a" }, "children": ["b"] }', '"b": { "type": "log", "payload": { "message": "b" }, "children": ["a"] }']),
  'workflows/wrong-branch/workflow.json': workflow([ROOT, '"a": { "type": "log", "payload": { "message": "a" }, "children": ["b"] }', '"b": { "type": "log", "branch": "then", "payload": { "message": "b" } }']),
};

describe('definition-validates over six workflows', () => {
  it('gives exactly the expected findings, each at its JSON node', async () => {
    const report = await auditFiles(FILES);
    const item = report.items.find((i) => i.id === 'definition-validates')!;
    const found = item.findings.filter((f) => f.severity === 'error').map((f) => `${f.location?.file}:${f.location?.line}:${f.location?.column} ${f.ruleId}`);
    expect(found.sort()).toEqual([
      'workflows/cycle/workflow.json:8:73 definition-validates/cycle',
      'workflows/missing-field/workflow.json:7:48 definition-validates/payload-schema',
      'workflows/sibling/workflow.json:8:54 definition-validates/expression-scope',
      'workflows/unknown-type/workflow.json:7:22 definition-validates/unknown-node-type',
      'workflows/wrong-branch/workflow.json:8:39 definition-validates/branch-placement',
    ]);
    expect(item.findings.filter((f) => f.location?.file === 'workflows/valid/workflow.json')).toEqual([]);
    expect(item.status).toBe('fail');
  });
});
