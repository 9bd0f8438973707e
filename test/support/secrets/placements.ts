/**
 * Where planted secrets go: every kind of file the gate reads, and text files it does not model
 * (`.env`, shell scripts, guides, JSON of any name). Each placement writes one secret into one
 * realistic file.
 */
import type { SecretValue } from './values.js';

/** A file holding one planted secret. */
export interface PlantedFile {
  readonly path: string;
  readonly content: string;
}

type Placement = (v: SecretValue, i: number) => PlantedFile;

const json = (v: SecretValue) => (v.literal.startsWith('[') ? v.literal : JSON.stringify(v.literal));
const indent = (text: string, by: string) => text.split('\n').map((line) => by + line).join('\n');
/** A YAML value: a block scalar for multi-line values, a folded two-line scalar for a mnemonic, else a double-quoted string. */
function yaml(v: SecretValue, by: string): string {
  if (v.multiline) return `|\n${indent(v.literal, `${by}  `)}`;
  if (v.type === 'mnemonic') {
    const words = v.literal.split(' ');
    return `>-\n${by}  ${words.slice(0, 6).join(' ')}\n${by}  ${words.slice(6).join(' ')}`;
  }
  return v.literal.startsWith('[') ? v.literal : JSON.stringify(v.literal);
}
const quoted = (v: SecretValue) => `"${v.literal}"`;
const codeBlock = (v: SecretValue, lang = 'sh') => `\`\`\`${lang}\nexport ${v.name}=${quoted(v)}\n\`\`\``;

function workflow(v: SecretValue, name: string): string {
  return `{
  "name": "${name}",
  "description": "Posts a daily report.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["report"] },
      "report": {
        "type": "send-webhook",
        "payload": {
          "url": "https://ops.acme.example/report",
          "${v.name}": ${json(v)}
        }
      }
    }
  }
}
`;
}

/** One placement per kind of file. */
export const PLACEMENTS: Readonly<Record<string, Placement>> = {
  workflow: (v, i) => ({ path: `workflows/flow-${i}/workflow.json`, content: workflow(v, `Flow ${i}`) }),
  template: (v, i) => ({ path: `templates/tpl-${i}/template.json`, content: workflow(v, `Template ${i}`).replace('"description"', '"tags": ["ops"],\n  "visibility": "public",\n  "description"') }),
  manifest: (v, i) => ({ path: `workflows/flow-${i}/b3os.yaml`, content: `environment: prod\nowner: "@acme/ops"\n${v.name}: ${yaml(v, '')}\n` }),
  environment: (v, i) => ({ path: `environments/env-${i}.yaml`, content: `orgId: org_acme\nconnectors: []\n${v.name}: ${yaml(v, '')}\n` }),
  openapi: (v, i) => ({
    path: `openapi/api-${i}.yaml`,
    content: `openapi: 3.0.3\ninfo:\n  title: Acme ${i}\n  version: "1"\npaths: {}\ncomponents:\n  examples:\n    deploy:\n      value:\n        ${v.name}: ${yaml(v, '        ')}\n`,
  }),
  docs: (v, i) => ({
    path: `docs/examples/example-${i}.md`,
    content: v.multiline || i % 2 ? `# Example ${i}\n\nConfigure the job:\n\n${codeBlock(v)}\n` : `# Example ${i}\n\n| Setting | Value |\n|---|---|\n| \`${v.name}\` | \`${v.literal}\` |\n`,
  }),
  runbook: (v, i) => ({ path: `workflows/ops-${i}/RUNBOOK.md`, content: `# Runbook ${i}\n\nWhen the job stalls, restart it by hand:\n\n${codeBlock(v)}\n` }),
  sdk: (v, i) => ({
    path: `packages/sdk/actions/acme-tool-${i}/execute.ts`,
    content: `export async function execute() {\n  const ${v.name} = ${v.multiline ? `\`${v.literal}\`` : v.literal.startsWith('[') ? v.literal : `'${v.literal}'`};\n  return { ok: Boolean(${v.name}) };\n}\n`,
  }),
  dotenv: (v, i) => ({ path: `deploy/.env.stage${i}`, content: `# stage ${i}\nLOG_LEVEL=info\n${v.name}=${quoted(v)}\n` }),
  shell: (v, i) => ({ path: `scripts/deploy-${i}.sh`, content: `#!/usr/bin/env bash\nset -euo pipefail\nexport ${v.name}=${quoted(v)}\n./deploy.sh\n` }),
  config: (v, i) => ({ path: `config/settings-${i}.json`, content: `{\n  "region": "eu-west-1",\n  "${v.name}": ${json(v)}\n}\n` }),
  guide: (v, i) => ({ path: `docs/guides/setup-${i}.md`, content: v.multiline ? `# Setup ${i}\n\n${codeBlock(v)}\n` : `# Setup ${i}\n\nFor the staging job set \`${v.name}\`: \`${v.literal}\` and restart.\n` }),
};
