// Hostile single files (threats.md (b) items 1, 3, 4, 6, 7, 34, and Markdown parser DoS), each
// placed alone in a small repository.
import { slug, workflowText } from './fixtures.mjs';

const DEPTH = 100_000;

function billionLaughs() {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const prev = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return lines.join('\n') + '\n';
}

function fiftyMegabytes() {
  const bytes = Buffer.alloc(50 * 1024 * 1024, 'a');
  bytes.write('{"name":"', 0);
  bytes.write('"}\n', bytes.length - 3);
  return bytes;
}

// A minified workflow of ~900 KB on one line: thousands of realistic nodes and a base64 blob (kept
// under a 64 KiB scalar), just under the 1 MiB cap so every stage really runs on it.
function minifiedLine() {
  const body = JSON.parse(workflowText(1));
  const nodes = body.definition.nodes;
  nodes.notify_low_balance.payload.text = Buffer.alloc(40 * 1024, 7).toString('base64');
  let length = JSON.stringify(body).length;
  for (let i = 0; length < 900 * 1024; i++) {
    const id = `log_${i}`;
    nodes[id] = { type: 'slack-send-message', connector: { type: 'slack', id: 'conn_ops_slack' }, payload: { conversation: 'C0OPSALERT', text: `step ${i} done` }, children: [] };
    nodes.root.children.push(id);
    length += JSON.stringify(nodes[id]).length + 2 * id.length + 8;
  }
  return JSON.stringify(body);
}

function invalidUtf8() {
  const text = workflowText(2);
  const at = text.indexOf('Weekly vendor payout');
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from(text.slice(at))]);
}

function binary() {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  return Buffer.concat([png, Buffer.alloc(4096, 0)]);
}

/**
 * The hostile inputs: { name, budgetMs, path (repository-relative), content: () => string | Buffer,
 * expectFinding: whether the gate must report a finding on that file }. threats.md (c) 6: inputs
 * the gate refuses (too deep, too large, not text, alias bombs) within 200 ms; any other input
 * under the size caps, which the gate parses and checks, within 1 s.
 */
export const HOSTILE = [
  { name: 'JSON [[[…]]] 100,000 deep', budgetMs: 200, file: 'workflow.json', content: () => '['.repeat(DEPTH) + ']'.repeat(DEPTH), expectFinding: true },
  { name: 'YAML flow [[…]] 100,000 deep', budgetMs: 200, file: 'workflow.yaml', content: () => `name: deep\ndefinition: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`, expectFinding: true },
  { name: 'YAML billion laughs 9x9', budgetMs: 200, file: 'workflow.yaml', content: billionLaughs, expectFinding: true },
  { name: '50 MB workflow.json', budgetMs: 200, file: 'workflow.json', content: fiftyMegabytes, expectFinding: true },
  { name: '900 KB single-line JSON', budgetMs: 1000, file: 'workflow.json', content: minifiedLine, expectFinding: false },
  { name: 'invalid UTF-8', budgetMs: 200, file: 'workflow.json', content: invalidUtf8, expectFinding: true },
  { name: 'binary (PNG, NUL bytes)', budgetMs: 200, file: 'workflow.json', content: binary, expectFinding: true },
  { name: 'docs page: lists nested 3,000 deep', budgetMs: 200, file: 'page.md', content: () => nestedList(3000), expectFinding: true },
  { name: 'docs page: 120 KB of emphasis runs', budgetMs: 1000, file: 'page.md', content: () => '*a'.repeat(60 * 1024), expectFinding: true },
  { name: 'docs page: 2,990 lazy quote lines', budgetMs: 1000, file: 'page.md', content: () => `> a\n${'b\n'.repeat(2990)}`, expectFinding: true },
  { name: 'docs page: 600 two-level lists (1,200 list lines, the bound)', budgetMs: 1000, file: 'page.md', content: () => `${nestedList(2)}\n`.repeat(600), expectFinding: true },
].map((input, index) => ({ ...input, path: pathOf(input.file, slug(index)) }));

function nestedList(depth) {
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n');
}

/** Workflows go to their own folder; Markdown pages to the docs page of an action. */
function pathOf(file, id) {
  return file.endsWith('.md') ? `docs/actions/reference/generated/hostile-${id}.md` : `workflows/hostile-${id}/${file}`;
}
