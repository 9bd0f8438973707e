// The lower bound of a check: what reading the files costs. Reads every workflow.json, parses it with
// JSON.parse and validates it with ONE precompiled ajv 2020-12 validator of the gate's workflow
// schema; reads every b3os.yaml with js-yaml. Usage:
//   node bench/lower-bound.mjs REPO            every workflows/*/ folder of REPO
//   node bench/lower-bound.mjs REPO LISTFILE   only the repository-relative paths listed, one a line
// Prints `files N invalid M`: the bench checks N so a bound that skipped its work is noticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { load } from 'js-yaml';

const SCHEMA = new URL('../schemas/workflow.schema.json', import.meta.url);
const [repo, listFile] = process.argv.slice(2);

function everyWorkflowFile() {
  const paths = [];
  for (const entry of readdirSync(join(repo, 'workflows'), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const name of readdirSync(join(repo, 'workflows', entry.name))) {
      if (name === 'workflow.json' || name === 'b3os.yaml') paths.push(`workflows/${entry.name}/${name}`);
    }
  }
  return paths;
}

const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
const paths = listFile ? readFileSync(listFile, 'utf8').split('\n').filter(Boolean) : everyWorkflowFile();
let invalid = 0;
for (const path of paths) {
  const text = readFileSync(join(repo, path), 'utf8');
  if (path.endsWith('.json')) {
    if (!validate(JSON.parse(text))) invalid++;
  } else {
    load(text);
  }
}
console.log(`files ${paths.length} invalid ${invalid}`);
