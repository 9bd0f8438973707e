/**
 * `configuration/duplicate-definition`: one object defined by two files of the same setting
 * (`workflows/a/workflow.json` and `workflows/a/workflow.yaml`). The gate checks one of them;
 * which one B3OS deploys is not up to the gate, so the other could carry anything.
 */
import { compilePattern } from './pattern.js';
import { objectKey, type Classifier, type RepoIndex } from './repo-index.js';
import { docsUrlOf } from './rule.js';
import type { PathSettings } from './settings.js';
import type { ChangeSet, Finding } from './types.js';

const RULE_ID = 'configuration/duplicate-definition';

/** Settings with alternative file names for one object (formats); the others have one file each. */
const DEFINITION_SETTINGS = ['workflows', 'manifests', 'environments', 'actions', 'triggers', 'templates'] as const;

/** An error at each changed file whose object has another definition file at head. */
export function duplicateDefinitionFindings(changes: ChangeSet, head: RepoIndex, paths: PathSettings, classify: Classifier): Finding[] {
  const definitions = DEFINITION_SETTINGS.flatMap((setting) => paths[setting].filter((p) => !p.includes('*')).map((p) => compilePattern(p)));
  const isDefinition = (path: string) => head.entries.get(path)?.kind === 'file' && definitions.some((p) => p.match(path) !== undefined);
  const out: Finding[] = [];
  for (const change of changes.files) {
    if (change.status === 'removed') continue;
    const hit = classify(change.path);
    if (!hit || !(DEFINITION_SETTINGS as readonly string[]).includes(hit.setting)) continue;
    const group = definitionFiles(head, hit, isDefinition, classify);
    if (group.length < 2 || !group.includes(change.path)) continue;
    out.push(finding(change.path, group, hit.setting, hit.id));
  }
  return out;
}

/** The definition files at head of the setting and id `hit` names, in path order: only its object's files can be. */
function definitionFiles(head: RepoIndex, hit: NonNullable<ReturnType<Classifier>>, isDefinition: (path: string) => boolean, classify: Classifier): string[] {
  const files = head.objects.get(objectKey(hit.kind, hit.id))?.files ?? [];
  return files.filter((path) => {
    if (!isDefinition(path)) return false;
    const other = classify(path);
    return other?.setting === hit.setting && other.id === hit.id;
  });
}

function finding(path: string, group: readonly string[], setting: keyof PathSettings, id: string): Finding {
  const others = group.filter((p) => p !== path).map((p) => `\`${p}\``).join(', ');
  const message = `\`${path}\` and ${others} both define \`${id}\` (\`paths.${setting}\`): one object needs exactly one definition file, and the gate cannot know which one is deployed`;
  const hint = 'keep one definition file and delete the others';
  return { ruleId: RULE_ID, severity: 'error', message, hint, location: { file: path, line: 1, column: 1 }, docsUrl: docsUrlOf(RULE_ID) };
}
