/**
 * Never a silent "checks nothing": configured path patterns that match no file while the default
 * layout would, and a repository with no B3OS object at all. Either would otherwise pass every
 * change with every item "not affected".
 */
import { configFinding } from './config-source.js';
import { UserError } from './errors.js';
import { compilePattern } from './pattern.js';
import { DEFAULT_PATHS, type PathSettings, type Settings } from './settings.js';
import type { Finding, TreeEntry } from './types.js';

/** What the kinds of object the checklist is about are looked for with. */
const CHECKED_SETTINGS = ['workflows', 'sdkActions', 'actions', 'triggers', 'templates', 'openapi'] as const;

interface CoverageInput {
  readonly entries: readonly TreeEntry[];
  readonly settings: Settings;
  /** The configuration file in use, and where its keys are. */
  readonly config: { readonly path: string; readonly locate?: (pointer: string) => { line: number; column: number } };
  /** The version of the file a change proposes, when valid: a change that moves the paths is not blocked by the old ones. */
  readonly proposed?: Settings;
}

/** A finding per configured path setting that matches no file while its default matches some. */
export function pathFindings(input: CoverageInput): Finding[] {
  const files = input.entries.filter((e) => e.kind === 'file').map((e) => e.path);
  const out: Finding[] = [];
  for (const key of Object.keys(DEFAULT_PATHS) as Array<keyof PathSettings>) {
    const configured = input.settings.paths[key];
    if (configured.join('\n') === DEFAULT_PATHS[key].join('\n') || firstMatch(files, configured) !== undefined) continue;
    const example = firstMatch(files, DEFAULT_PATHS[key]);
    if (example === undefined) continue;
    const moved = input.proposed !== undefined && input.proposed.paths[key].join('\n') !== configured.join('\n');
    const at = input.config.locate?.(`/paths/${key}`) ?? { line: 1, column: 1 };
    const message = `\`paths.${key}\` (${list(configured)}) matches no file, but the default (${list(DEFAULT_PATHS[key])}) matches \`${example}\`: nothing there is checked`;
    const hint = `point \`paths.${key}\` at where these files are, or remove it to use the default`;
    out.push(configFinding('configuration/paths', input.config.path, { ...at, message }, moved ? 'warning' : 'error', hint));
  }
  return out;
}

/**
 * Throws when the files hold no workflow, action, trigger, template or API description where any
 * of the settings look (the first one is named in the message, and the first near misses).
 */
export function requireSomethingToCheck(entries: readonly TreeEntry[], settings: readonly Settings[], where: string, nearMisses: readonly string[] = []): void {
  const files = entries.filter((e) => e.kind === 'file').map((e) => e.path);
  const patternsOf = (s: Settings) => CHECKED_SETTINGS.flatMap((key) => s.paths[key]);
  if (settings.some((s) => firstMatch(files, patternsOf(s)) !== undefined)) return;
  const patterns = patternsOf(settings[0]);
  // A layout that only nearly matches is the likeliest reason; say so rather than only "nothing".
  const near = nearMisses.length ? `; but ${nearMisses.slice(0, 3).join('; ')}${nearMisses.length > 3 ? `; and ${nearMisses.length - 3} more` : ''}` : '';
  throw new UserError(`nothing to check: no workflow, action, trigger, template or API description found in ${where} (looked for ${patterns.map((p) => `\`${p}\``).join(', ')})${near}`);
}

function firstMatch(files: readonly string[], sources: readonly string[]): string | undefined {
  const patterns = sources.map((source) => compilePattern(source));
  return files.find((file) => patterns.some((p) => p.match(file) !== undefined));
}

function list(patterns: readonly string[]): string {
  return patterns.map((p) => `\`${p}\``).join(', ');
}
