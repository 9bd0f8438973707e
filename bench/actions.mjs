// The repository's own SDK actions (packages/sdk/actions/<type>/) and their reference pages, shaped
// like examples/acme-b3os's acme-gas-oracle. `acme-fx-rate` is the action the schema-change scenario
// edits; the workflows of kind `fx` depend on it.

const READERS = 20;

/** Payload fields: [name, type, description, required, extra schema keywords]. */
function fxFields(revision) {
  const fields = [
    ['base', 'string', 'ISO 4217 code of the currency to price', true, { pattern: '^[A-Z]{3}$' }],
    ['quote', 'string', 'ISO 4217 code of the currency the price is in', true, { pattern: '^[A-Z]{3}$' }],
    ['maxAgeSeconds', 'string', 'Oldest quote accepted, in seconds', false, { pattern: '^[0-9]+$' }],
  ];
  if (revision > 0) fields.push(['source', 'string', 'Which rate provider to read', false, { enum: ['ecb', 'fed'] }]);
  return fields;
}

function readerFields(k) {
  return [
    ['chainId', 'integer', 'EVM chain id to read from', true, { enum: [1, 10, 8453] }],
    ['address', 'string', `Contract read by reader ${k}`, true, { pattern: '^0x[a-fA-F0-9]{40}$' }],
  ];
}

const RESULT = [['value', 'string', 'The value read, as a decimal string', true, { pattern: '^[0-9.]+$' }]];

export const fxRate = {
  type: 'acme-fx-rate',
  title: 'Acme FX Rate',
  fields: fxFields,
  numericField: 'maxAgeSeconds',
  resultField: 'value',
  payload: (i, revision) => ({ base: ['EUR', 'GBP', 'CHF'][i % 3], quote: 'USD', maxAgeSeconds: String(300 + revision * 60) }),
};

function reader(k) {
  const type = `acme-reader-${String(k).padStart(2, '0')}`;
  return {
    type,
    title: `Acme Reader ${k}`,
    fields: () => readerFields(k),
    numericField: 'address',
    resultField: 'value',
    payload: (i) => ({ chainId: 8453, address: '0x' + (0x4444 + i).toString(16).padStart(40, '4') }),
  };
}

export const ACTIONS = [fxRate, ...Array.from({ length: READERS }, (_, k) => reader(k))];

/** The SDK action a workflow of kind `action` uses. */
export const sdkActionOf = (i) => ACTIONS[1 + (Math.floor(i / 10) % READERS)];

const className = (action) => action.title.replace(/ /g, '') + 'Action';

function schemaObject(fields) {
  const properties = Object.fromEntries(fields.map(([name, type, description, , extra]) => [name, { type, description, ...extra }]));
  return { type: 'object', required: fields.filter((f) => f[3]).map((f) => f[0]), properties, additionalProperties: false };
}

function schemaTs(action, revision) {
  const ts = (value) => JSON.stringify(value, null, 2).replace(/"([A-Za-z]+)":/g, '$1:');
  return `export const payloadSchema = ${ts(schemaObject(action.fields(revision)))} as const;\n\nexport const resultSchema = ${ts(schemaObject(RESULT))} as const;\n`;
}

function executeTs(action) {
  const example = action.payload(0, 0);
  return `import { BaseAction } from '../../src/base-action';
import type { ActionExecutionParams, ActionResult } from '../../src/types';
import { payloadSchema, resultSchema } from './schema';

/** ${className(action)}: reads one value for a workflow; moves no funds. */
export class ${className(action)} extends BaseAction {
  constructor() {
    super('${action.type}', {
      name: '${action.title}',
      description: 'Reads one value for a workflow and returns it as a decimal string.',
      payloadSchema,
      resultSchema,
      category: 'blockchain-data',
      author: 'Acme',
      tags: ['read'],
      operationType: 'read',
      exampleUsage: { inputs: ${JSON.stringify(example)}, exampleOutput: { value: '1.0842' } },
    });
  }

  public async execute(params: ActionExecutionParams): Promise<ActionResult> {
    return this.createSuccessResult({ value: String(Object.keys(params.inputs).length) });
  }
}
`;
}

function table(fields) {
  const rows = fields.map(([name, type, description, required]) => `| \`${name}\` | ${type} | ${required ? 'yes' : 'no'} | ${description} |`);
  return ['| Field | Type | Required | Description |', '|---|---|---|---|', ...rows].join('\n');
}

function docsPage(action, revision) {
  return `---
title: ${action.title}
type: ${action.type}
---

# ${action.title}

Reads one value for a workflow and returns it as a decimal string.

## At a Glance

| Action ID | Category | Connector | Requires gas | Funds movement |
|---|---|---|---|---|
| \`${action.type}\` | Blockchain Data | none | no | none |

## Payload Schema

${table(action.fields(revision))}

## Result Schema

${table(RESULT)}

## Examples

### Example node

\`\`\`json
{ "type": "${action.type}", "payload": ${JSON.stringify(action.payload(0, 0))}, "children": [] }
\`\`\`

### Example output

\`\`\`json
{ "value": "1.0842" }
\`\`\`
`;
}

/** The files of `action` at `revision`: its SDK folder and its reference page. */
export function actionFiles(action, revision = 0) {
  const dir = `packages/sdk/actions/${action.type}`;
  return new Map([
    [`${dir}/schema.ts`, schemaTs(action, revision)],
    [`${dir}/index.ts`, `export { ${className(action)} } from './execute';\n`],
    [`${dir}/execute.ts`, executeTs(action)],
    [`docs/actions/reference/generated/${action.type}.md`, docsPage(action, revision)],
  ]);
}
