/**
 * `configuration/near-miss`: a changed file that looks like a B3OS object but matches no
 * configured pattern (letter case, look-alike, slash-like or invisible characters, a leading
 * space or a trailing dot or space, `.jsonc`, folders too deep, a folder named like the file, an
 * SDK action file outside the layout). Unseen, it would be "not affected" and pass; B3OS or a
 * reader may still take it for the object it looks like. A definition a pattern matches whose path
 * hides a character is checked, and warned about too.
 */
import { describeFold, firstUnusual, foldPath, type FoldReason } from './path-fold.js';
import { compilePattern, type PathPattern } from './pattern.js';
import type { Classifier } from './repo-index.js';
import { docsUrlOf } from './rule.js';
import type { PathSettings } from './settings.js';
import type { ChangeSet, Finding } from './types.js';

const RULE_ID = 'configuration/near-miss';

/** Settings whose files define an object; docs pages and the changelog are not looked for. */
const DEFINITION_SETTINGS = ['workflows', 'manifests', 'actions', 'triggers', 'templates', 'environments', 'openapi', 'catalog'] as const;
const SDK_FILES = new Set(['schema.ts', 'execute.ts']);
/**
 * Patterns ending in a fixed file name (`workflow.json`): only such a file one folder too deep is
 * a slip; `environments/prod/notes.yaml` is not an inventory misplaced.
 */
const NAMED_FILE = /\/[^/{*]+$/;

/** What a near miss is: the setting and pattern it nearly matches, why, and the path that would match. */
export interface NearMiss {
  readonly setting: keyof PathSettings;
  readonly pattern: string;
  readonly why: string;
  readonly suggestion?: string;
}

type Compiled = ReadonlyArray<{ setting: keyof PathSettings; source: string; folded: PathPattern }>;

/** The files of the change that exist at head, match no pattern, and nearly match one: a warning each. */
export function nearMissFindings(changes: ChangeSet, isFile: (path: string) => boolean, paths: PathSettings, classify: Classifier): Finding[] {
  const compiled = compileFolded(paths);
  const out: Finding[] = [];
  for (const change of changes.files) {
    if (change.status === 'removed' || !isFile(change.path)) continue;
    const hit = classify(change.path);
    if (hit !== undefined) {
      const why = DEFINITION_SETTINGS.some((s) => s === hit.setting) ? hiddenCharacter(change.path) : undefined;
      if (why) out.push(hiddenFinding(change.path, hit.setting, why));
      continue;
    }
    const miss = nearMiss(change.path, compiled, paths);
    if (miss) out.push(finding(change.path, miss));
  }
  return out;
}

/** The near miss `path` is, or undefined. `path` must match no configured pattern itself. */
export function nearMiss(path: string, compiled: Compiled, paths: PathSettings): NearMiss | undefined {
  const folded = foldPath(path);
  const direct = matchFolded(folded.path, compiled);
  if (direct) return { ...direct, why: `${describeFold(folded.reasons) || 'the letter case differs'}${unusualNote(path)}`, suggestion: suggest(folded.path, direct.pattern) };
  const segments = folded.path.split('/');
  const named = compiled.filter((c) => NAMED_FILE.test(c.source));
  const endsIn = (name: string) => named.filter((c) => c.source.toLowerCase().endsWith(`/${name}`));
  const sameName = endsIn(segments[segments.length - 1]);
  // The fewest extra folders first, the deepest first among them: the likeliest slip. The first
  // folder is never dropped: `examples/workflows/…` is a copy kept elsewhere, not a slip.
  for (let count = 1; sameName.length > 0 && count <= segments.length - 2; count++) {
    for (let drop = segments.length - 1 - count; drop >= 1; drop--) {
      const shallower = [...segments.slice(0, drop), ...segments.slice(drop + count)].join('/');
      const hit = matchFolded(shallower, sameName);
      if (!hit) continue;
      const extra = segments.slice(drop, drop + count).join('/');
      const why = count === 1 ? `it is one folder too deep (\`${extra}\`)` : `it is ${count} folders too deep (\`${extra}\`)`;
      return { ...hit, why, suggestion: suggest(shallower, hit.pattern) };
    }
  }
  // A folder named like the definition file: `workflows/a/workflow.json/x.json`.
  for (let end = segments.length - 1; end >= 2; end--) {
    const like = endsIn(segments[end - 1]);
    const folder = segments.slice(0, end).join('/');
    const hit = like.length > 0 ? matchFolded(folder, like) : undefined;
    if (hit) return { ...hit, why: `\`${segments[end - 1]}\` is a folder, not a file`, suggestion: suggest(folder, hit.pattern) };
  }
  return sdkNearMiss(segments, paths);
}

/** Folds that hide what a path is even where it matches a pattern: a reader cannot tell it from its folded twin. */
const HIDDEN: ReadonlySet<FoldReason> = new Set<FoldReason>(['invisible', 'slash', 'leading', 'trailing']);

/** A file the gate checks under a configured pattern whose path holds an invisible character (or a slash look-alike, or a name that starts or ends with a space). */
export function hiddenCharacter(path: string): string | undefined {
  const { reasons } = foldPath(path);
  const hidden = [...reasons].filter((r) => HIDDEN.has(r));
  return hidden.length === 0 ? undefined : `${describeFold(new Set(hidden))}${unusualNote(path)}`;
}

/** Each definition pattern compiled in lower case, to be matched by folded paths. */
export function compileFolded(paths: PathSettings): Compiled {
  return DEFINITION_SETTINGS.flatMap((setting) => paths[setting].map((source) => ({ setting, source, folded: compilePattern(source.toLowerCase()) })));
}

function matchFolded(path: string, compiled: Compiled): Omit<NearMiss, 'why'> | undefined {
  const hit = compiled.find((c) => c.folded.match(path) !== undefined);
  return hit && { setting: hit.setting, pattern: hit.source };
}

/** An SDK `schema.ts` or `execute.ts` under an `actions/` folder the SDK layout does not cover. */
function sdkNearMiss(segments: readonly string[], paths: PathSettings): NearMiss | undefined {
  const at = segments.lastIndexOf('actions');
  if (!SDK_FILES.has(segments[segments.length - 1]) || at < 0 || at > segments.length - 3 || paths.sdkActions.length === 0) return undefined;
  return { setting: 'sdkActions', pattern: paths.sdkActions.join('`, `'), why: 'it is an SDK action file outside the configured layout' };
}

/** The folded path with the pattern's literal segments in their real case. */
function suggest(folded: string, pattern: string): string | undefined {
  const literal = pattern.split('/');
  const segments = folded.split('/');
  if (literal.length !== segments.length || literal.includes('**')) return undefined;
  return segments.map((segment, k) => (/[{*]/.test(literal[k]) ? segment : literal[k])).join('/');
}

function unusualNote(path: string): string {
  const code = firstUnusual(path);
  return code ? ` (${code})` : '';
}

function finding(path: string, miss: NearMiss): Finding {
  const noun = OBJECT_NOUN[miss.setting] ?? 'a B3OS object';
  const message = `\`${path}\` looks like ${noun} but matches no configured path, so nothing checks it: it nearly matches \`${miss.pattern}\` (\`paths.${miss.setting}\`), but ${miss.why}`;
  const rename = miss.suggestion ? `rename it to \`${miss.suggestion}\`` : 'move it into the configured layout';
  const hint = `${rename}, or add its location to \`paths.${miss.setting}\` in the configuration if it is meant to live there`;
  return { ruleId: RULE_ID, severity: 'warning', message, hint, location: { file: path, line: 1, column: 1 }, docsUrl: docsUrlOf(RULE_ID) };
}

function hiddenFinding(path: string, setting: keyof PathSettings, why: string): Finding {
  const noun = OBJECT_NOUN[setting] ?? 'a B3OS object';
  const twin = foldPath(path).path;
  const message = `\`${path}\` is checked as ${noun} (\`paths.${setting}\`), but ${why}: a reader cannot tell its path from \`${twin}\``;
  const hint = 'rename it without the hidden character, so the path is what it looks like';
  return { ruleId: RULE_ID, severity: 'warning', message, hint, location: { file: path, line: 1, column: 1 }, docsUrl: docsUrlOf(RULE_ID) };
}

const OBJECT_NOUN: Partial<Record<keyof PathSettings, string>> = {
  workflows: 'a workflow definition',
  manifests: 'a readiness manifest',
  actions: 'an action definition',
  sdkActions: 'an SDK action',
  triggers: 'a trigger definition',
  templates: 'a template',
  environments: 'an environment inventory',
  openapi: 'an API description',
  catalog: 'the pinned catalog',
};
