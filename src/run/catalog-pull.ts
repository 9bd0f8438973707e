/**
 * `b3os-readiness catalog pull`: the platform's public catalog (`GET /v1/actions`,
 * `/v1/logic-actions`, `/v1/triggers`) pinned as `.b3os/catalog.json` (formats.md), checked with
 * the same reader the gate uses before anything is written, and written atomically.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { B3osClient, B3osDefinition } from '../adapters/b3os/client.js';
import { pinnedEntries } from '../catalog/pinned.js';
import type { CatalogProblem } from '../catalog/types.js';
import { UserError } from '../core/errors.js';

/** The platform's public API, pulled from when no `--api-url` is given. */
export const DEFAULT_API_URL = 'https://api.b3os.org';

/** The pinned catalog file, in the key order formats.md shows. */
export interface PinnedCatalogFile {
  readonly source: string;
  readonly fetchedAt: string;
  readonly actions: readonly B3osDefinition[];
  readonly logicActions: readonly B3osDefinition[];
  readonly triggers: readonly B3osDefinition[];
}

/** What a pull produced: the file's text, and what the gate's reader found wrong with it. */
export interface PulledCatalog {
  readonly file: PinnedCatalogFile;
  readonly text: string;
  readonly problems: readonly CatalogProblem[];
}

/**
 * Fetches the three lists and builds the file: entries sorted by `type` (code-unit order, so the
 * file is the same on every machine), each entry's keys as the API returned them, `fetchedAt` the
 * given time to the second, 2-space JSON and a final newline. `problems` are `pinnedEntries`'s.
 */
export async function pullCatalog(client: B3osClient, now: Date, displayPath = '.b3os/catalog.json'): Promise<PulledCatalog> {
  const [actions, logicActions, triggers] = await Promise.all([client.listActions(), client.listLogicActions(), client.listTriggers()]);
  const file: PinnedCatalogFile = {
    source: client.baseUrl,
    fetchedAt: `${now.toISOString().slice(0, 19)}Z`,
    actions: byType(actions),
    logicActions: byType(logicActions),
    triggers: byType(triggers),
  };
  const text = `${JSON.stringify(file, null, 2)}\n`;
  return { file, text, problems: pinnedEntries(JSON.parse(text), displayPath).problems };
}

/**
 * Pulls the catalog and writes it to `output`; returns the line to print. Throws `UserError` (and
 * writes nothing) when the gate's reader finds any problem in what the API returned; an API
 * failure rejects with the client's `B3osApiError`, also before anything is written.
 */
export async function pullCatalogFile(client: B3osClient, options: { readonly output: string; readonly displayPath: string; readonly now: Date }): Promise<string> {
  const pulled = await pullCatalog(client, options.now, options.displayPath);
  if (pulled.problems.length > 0) {
    const count = pulled.problems.length;
    throw new UserError(`the catalog from ${client.baseUrl} has ${count} problem${count === 1 ? '' : 's'}; ${options.displayPath} was not written:\n${describeProblems(pulled.problems)}`);
  }
  await writeFileAtomically(options.output, pulled.text);
  const { actions, logicActions, triggers } = pulled.file;
  return `wrote ${options.displayPath}: ${actions.length} actions, ${logicActions.length} logic actions, ${triggers.length} triggers from ${client.baseUrl}`;
}

/** Writes `text` to `path` through a temporary file in the same folder and a rename. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** One line per problem: `  <pointer>: <message>`. */
export function describeProblems(problems: readonly CatalogProblem[]): string {
  return problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`).join('\n');
}

function byType(definitions: readonly B3osDefinition[]): B3osDefinition[] {
  return [...definitions].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
