/**
 * A change to the GitHub workflow that runs this gate: GitHub runs the pull request's own copy of
 * it, so the change can remove or weaken the check it is held to. It is said, never silent.
 */
import type { ChangeSet, Snapshot } from './types.js';

const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const RUNS_THE_GATE = /b3os-readiness/;

/** A notice for each changed workflow file that runs the gate at head or at base. */
export async function gateWorkflowNotices(changes: ChangeSet, head: Snapshot, base: Snapshot | undefined): Promise<string[]> {
  if (changes.mode !== 'diff') return [];
  const notices: string[] = [];
  for (const file of changes.files) {
    const paths = [file.path, file.previousPath].filter((p): p is string => p !== undefined && WORKFLOW_FILE.test(p));
    if (paths.length === 0) continue;
    const texts = await Promise.all([head.read(file.path), ...paths.map((p) => base?.read(p))]);
    if (!texts.some((bytes) => bytes !== undefined && RUNS_THE_GATE.test(Buffer.from(bytes).toString('utf8')))) continue;
    const what = file.status === 'removed' ? 'removes' : 'edits';
    notices.push(`this change ${what} \`${file.path}\`, the workflow that runs the readiness gate: GitHub runs this change's copy of it, so review it like code (protect \`.github/workflows/\` with CODEOWNERS)`);
  }
  return notices;
}
