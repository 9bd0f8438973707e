/** An SDK action folder in the SDK repository's style, for the b3os-sdk preset's rule tables. */
export const SDK_PRESET = { '.github/b3os-readiness.yml': 'version: 1\npreset: b3os-sdk\n' };

export const SDK_SCHEMA = `export const payloadSchema = {
  type: "object",
  required: ["text"],
  properties: { text: { type: "string", description: "Text" } },
  additionalProperties: false,
};

export const resultSchema = { type: "object", properties: {}, additionalProperties: false };
`;

export const sdkExecute = (id: string) => `import { BaseAction } from "../../src/base-action";
import { payloadSchema, resultSchema } from "./schema";

export class TheAction extends BaseAction {
  constructor() {
    super("${id}", { name: "The Action", description: "Does it.", payloadSchema, resultSchema });
  }
}
`;

export const SDK_INDEX = 'export { TheAction } from "./execute";\n';

/** The four files of a well-formed folder `<root>/<id>`; `without` leaves files out. */
export function sdkFolder(root: string, id: string, without: readonly string[] = []): Record<string, string> {
  const files: Record<string, string> = {
    [`${root}/${id}/schema.ts`]: SDK_SCHEMA,
    [`${root}/${id}/execute.ts`]: sdkExecute(id),
    [`${root}/${id}/index.ts`]: SDK_INDEX,
    [`${root}/${id}/${id}.test.ts`]: 'import { it } from "vitest";\nit("runs", () => {});\n',
  };
  for (const name of without) delete files[`${root}/${id}/${name}`];
  return files;
}
