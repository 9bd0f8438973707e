import { validateOwn } from '../schema/ajv.js';
import { describeViolations } from '../schema/messages.js';
import type { ParsedDocument } from '../parse/document.js';
import { isCalendarDay } from './days.js';
import { didYouMean } from './nearest.js';
import { compilePattern } from './pattern.js';
import { UserError } from './errors.js';
import { DEFAULT_SETTINGS, DOCS_SITE_PATHS, SDK_PRESET_PATHS, type DocsHeadings, type DocsLayout, type RepositoryPreset, type ItemSeverity, type PathSettings, type Settings, type Waiver } from './settings.js';
import { escapeSegment } from '../b3os/definition.js';
import { ITEM_IDS, type ItemId } from './types.js';

/** The configuration file as written (validated by `schemas/config.schema.json`). */
interface ConfigFile {
  paths?: Partial<PathSettings>;
  docs?: { headings?: Partial<DocsHeadings>; layout?: DocsLayout };
  preset?: RepositoryPreset;
  items?: Partial<Record<ItemId, ItemSeverity>>;
  failOn?: Settings['failOn'];
  waivers?: Array<Omit<Waiver, 'paths'> & { paths?: string[] }>;
  policy?: Partial<Settings['policy']>;
  limits?: Partial<Settings['limits']>;
}

/** One problem of a configuration file, at its position. */
export interface ConfigProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A configuration file read: its settings when it has no problem, and every problem in line order. */
export interface ConfigReading {
  readonly settings?: Settings;
  readonly problems: readonly ConfigProblem[];
  /** What a lenient reading left out, each with its position (unknown item ids). */
  readonly notes: readonly string[];
}

/**
 * Reads the configuration file on top of the defaults, collecting every problem in one pass:
 * syntax, schema, path patterns and, when `ruleIds` is given (a strict reading), waivers that
 * name no item or rule id or a day that does not exist. Without `ruleIds`, waivers are read leniently.
 */
export function readConfig(doc: ParsedDocument | undefined, ruleIds?: ReadonlySet<string>): ConfigReading {
  if (!doc) return { settings: DEFAULT_SETTINGS, problems: [], notes: [] };
  const fatal = doc.problems.filter((p) => p.fatal);
  if (fatal.length) return { problems: sorted(fatal.map((p) => ({ ...p.span, message: p.message }))), notes: [] };
  if (doc.value === null) return { settings: DEFAULT_SETTINGS, problems: [], notes: [] };
  const { value, notes } = ruleIds ? { value: doc.value, notes: [] } : withoutUnknownItems(doc);
  const violations = describeViolations(validateOwn('config', value));
  const problems: ConfigProblem[] = violations.map((v) => ({ ...(v.atKey ? doc.locateKey(v.pointer) : doc.locate(v.pointer)), message: v.message }));
  const file = (violations.length ? {} : value) as ConfigFile;
  problems.push(...patternProblems(doc, file.paths ?? {}));
  if (ruleIds) problems.push(...waiverProblems(doc, waiversIn(doc.value), ruleIds));
  if (problems.length) return { problems: sorted(problems), notes };
  return { settings: settingsOf(file), problems: [], notes };
}

/**
 * The file without `items` keys that name no item, each noted: a merged file that names an item
 * a later release renamed (or a typo already on the base branch) must not stop every change.
 */
function withoutUnknownItems(doc: ParsedDocument): { value: unknown; notes: string[] } {
  const items = (doc.value as { items?: unknown }).items;
  if (typeof items !== 'object' || items === null || Array.isArray(items)) return { value: doc.value, notes: [] };
  const known = new Set<string>(ITEM_IDS);
  const unknown = Object.keys(items).filter((key) => !known.has(key));
  if (unknown.length === 0) return { value: doc.value, notes: [] };
  const notes = unknown.map((key) => {
    const at = doc.locateKey(`/items/${escapeSegment(key)}`);
    return `${at.line}:${at.column}: \`items.${key}\` names no item and is ignored${didYouMean(key, ITEM_IDS)}`;
  });
  const kept = Object.fromEntries(Object.entries(items).filter(([key]) => known.has(key)));
  return { value: { ...(doc.value as object), items: kept }, notes };
}

/**
 * Settings from the configuration file, on top of the defaults. Throws a `UserError` listing every
 * problem as `file:line:col: message`, in line order (see `readConfig`).
 */
export function settingsFromConfig(doc: ParsedDocument | undefined, ruleIds?: ReadonlySet<string>): Settings {
  const reading = readConfig(doc, ruleIds);
  if (reading.settings) return reading.settings;
  throw configError(doc!, reading.problems);
}

function settingsOf(file: ConfigFile): Settings {
  return {
    // Presets first, so a `paths` list the file names still wins.
    paths: { ...DEFAULT_SETTINGS.paths, ...(file.docs?.layout === 'docs-site' ? DOCS_SITE_PATHS : {}), ...(file.preset === 'b3os-sdk' ? SDK_PRESET_PATHS : {}), ...file.paths },
    docs: { headings: { ...DEFAULT_SETTINGS.docs.headings, ...file.docs?.headings }, layout: file.docs?.layout ?? DEFAULT_SETTINGS.docs.layout },
    preset: file.preset ?? DEFAULT_SETTINGS.preset,
    items: { ...file.items },
    failOn: file.failOn ?? DEFAULT_SETTINGS.failOn,
    waivers: (file.waivers ?? []).map((w) => ({ ...w, paths: w.paths ?? [] })),
    policy: { ...DEFAULT_SETTINGS.policy, ...file.policy },
    limits: { ...DEFAULT_SETTINGS.limits, ...file.limits },
  };
}

function sorted(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function patternProblems(doc: ParsedDocument, paths: Partial<PathSettings>): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  for (const [key, list] of Object.entries(paths)) {
    (list ?? []).forEach((source, i) => {
      try {
        compilePattern(source);
      } catch (error) {
        out.push({ ...doc.locate(`/paths/${key}/${i}`), message: (error as Error).message });
      }
    });
  }
  return out;
}

/** The waivers of a file that may not match its schema: those with a string rule and expiry. */
function waiversIn(value: unknown): Array<{ rule: string; expires: string; index: number }> {
  const list = (value as { waivers?: unknown })?.waivers;
  if (!Array.isArray(list)) return [];
  return list.flatMap((w, index) => (typeof w?.rule === 'string' && typeof w?.expires === 'string' ? [{ rule: w.rule, expires: w.expires, index }] : []));
}

/** A waiver that names no known rule, or expires on a day that does not exist, would silently do nothing. */
function waiverProblems(doc: ParsedDocument, waivers: ReturnType<typeof waiversIn>, ruleIds: ReadonlySet<string>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  waivers.forEach((waiver) => {
    const i = waiver.index;
    if (!ruleIds.has(waiver.rule)) problems.push({ ...doc.locate(`/waivers/${i}/rule`), message: `waiver ${i + 1} names \`${waiver.rule}\`, which is no item or rule id${didYouMean(waiver.rule, ruleIds)}` });
    if (!isCalendarDay(waiver.expires)) problems.push({ ...doc.locate(`/waivers/${i}/expires`), message: `waiver ${i + 1} expires on \`${waiver.expires}\`, which is not a real date` });
  });
  return problems;
}

function configError(doc: ParsedDocument, problems: readonly ConfigProblem[]): UserError {
  const lines = problems.map((p) => `${doc.path}:${p.line}:${p.column}: ${p.message}`);
  return new UserError(`invalid configuration:\n${lines.join('\n')}`);
}
