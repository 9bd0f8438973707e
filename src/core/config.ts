import { validateOwn } from '../schema/ajv.js';
import { describeViolations } from '../schema/messages.js';
import type { ParsedDocument } from '../parse/document.js';
import { compilePattern } from './pattern.js';
import { UserError } from './errors.js';
import { DEFAULT_SETTINGS, type DocsHeadings, type ItemSeverity, type PathSettings, type Settings, type Waiver } from './settings.js';
import type { ItemId } from './types.js';

/** The configuration file as written (validated by `schemas/config.schema.json`). */
interface ConfigFile {
  paths?: Partial<PathSettings>;
  docs?: { headings?: Partial<DocsHeadings> };
  items?: Partial<Record<ItemId, ItemSeverity>>;
  failOn?: Settings['failOn'];
  waivers?: Array<Omit<Waiver, 'paths'> & { paths?: string[] }>;
  policy?: Partial<Settings['policy']>;
  limits?: Partial<Settings['limits']>;
}

/**
 * Settings from the configuration file, on top of the defaults. Throws a `UserError` listing every
 * problem as `file:line:col: message` when the file does not parse or does not match its schema,
 * or, when `ruleIds` is given (a strict reading), a waiver names a rule not in it (item and rule
 * ids) or a day that does not exist. Without it, waivers are read leniently.
 */
export function settingsFromConfig(doc: ParsedDocument | undefined, ruleIds?: ReadonlySet<string>): Settings {
  if (!doc) return DEFAULT_SETTINGS;
  const fatal = doc.problems.filter((p) => p.fatal);
  if (fatal.length) throw configError(doc, fatal.map((p) => ({ ...p.span, message: p.message })));
  if (doc.value === null) return DEFAULT_SETTINGS;
  const violations = describeViolations(validateOwn('config', doc.value));
  if (violations.length) {
    throw configError(doc, violations.map((v) => ({ ...(v.atKey ? doc.locateKey(v.pointer) : doc.locate(v.pointer)), message: v.message })));
  }
  const file = doc.value as ConfigFile;
  checkPatterns(doc, file.paths ?? {});
  if (ruleIds) checkWaivers(doc, file.waivers ?? [], ruleIds);
  return {
    paths: { ...DEFAULT_SETTINGS.paths, ...file.paths },
    docs: { headings: { ...DEFAULT_SETTINGS.docs.headings, ...file.docs?.headings } },
    items: { ...file.items },
    failOn: file.failOn ?? DEFAULT_SETTINGS.failOn,
    waivers: (file.waivers ?? []).map((w) => ({ ...w, paths: w.paths ?? [] })),
    policy: { ...DEFAULT_SETTINGS.policy, ...file.policy },
    limits: { ...DEFAULT_SETTINGS.limits, ...file.limits },
  };
}

function checkPatterns(doc: ParsedDocument, paths: Partial<PathSettings>): void {
  for (const [key, list] of Object.entries(paths)) {
    (list ?? []).forEach((source, i) => {
      try {
        compilePattern(source);
      } catch (error) {
        throw configError(doc, [{ ...doc.locate(`/paths/${key}/${i}`), message: (error as Error).message }]);
      }
    });
  }
}

/** A waiver that names no known rule, or expires on a day that does not exist, would silently do nothing. */
function checkWaivers(doc: ParsedDocument, waivers: NonNullable<ConfigFile['waivers']>, ruleIds: ReadonlySet<string>): void {
  const problems: Array<{ line: number; column: number; message: string }> = [];
  waivers.forEach((waiver, i) => {
    if (!ruleIds.has(waiver.rule)) problems.push({ ...doc.locate(`/waivers/${i}/rule`), message: `waiver ${i + 1} names \`${waiver.rule}\`, which is no item or rule id` });
    if (!isRealDate(waiver.expires)) problems.push({ ...doc.locate(`/waivers/${i}/expires`), message: `waiver ${i + 1} expires on \`${waiver.expires}\`, which is not a real date` });
  });
  if (problems.length) throw configError(doc, problems);
}

function isRealDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === text;
}

function configError(doc: ParsedDocument, problems: Array<{ line: number; column: number; message: string }>): UserError {
  const lines = problems.map((p) => `${doc.path}:${p.line}:${p.column}: ${p.message}`);
  return new UserError(`invalid configuration:\n${lines.join('\n')}`);
}
