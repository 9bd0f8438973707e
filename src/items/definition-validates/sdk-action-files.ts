import { startOf } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';
import { folderAnchor, sdkFoldersToCheck } from './sdk-folders.js';

/** The files CONTRIBUTING asks of every action folder, besides `schema.ts` (`type-definition` reports its absence). */
const REQUIRED_FILES = [
  { name: 'execute.ts', what: 'the action class (extends BaseAction)' },
  { name: 'index.ts', what: 'the re-export of the action' },
] as const;

const TEST_FILE = /\.(?:test|spec)\.tsx?$/;

/**
 * In the SDK repository, every changed action folder has `execute.ts`, `index.ts` and a test file
 * (CONTRIBUTING: "Every action must have tests"). Files are looked up, never run.
 */
export const sdkActionFiles = defineRule(
  {
    id: 'definition-validates/sdk-action-files',
    description: 'in the SDK repository, every changed action folder has execute.ts, index.ts and a test file',
    severity: 'error',
  },
  (ctx, { report }) => {
    for (const sdk of sdkFoldersToCheck(ctx)) {
      const location = startOf(folderAnchor(ctx, sdk));
      for (const { name, what } of REQUIRED_FILES) {
        if (ctx.head.has(`${sdk.folder}/${name}`)) continue;
        report({ message: `action \`${sdk.action.id}\` has no \`${name}\` in \`${sdk.folder}\``, hint: `add \`${sdk.folder}/${name}\` with ${what}`, location });
      }
      if (!sdk.action.files.some((file) => file.startsWith(`${sdk.folder}/`) && TEST_FILE.test(file))) {
        report({ message: `action \`${sdk.action.id}\` has no test file in \`${sdk.folder}\``, hint: `add \`${sdk.folder}/${sdk.action.id}.test.ts\` covering the happy path, input validation and errors`, location });
      }
    }
  },
);
