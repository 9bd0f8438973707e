/**
 * The gate's `PlatformPort` over the B3OS client: live catalog lookups (action first, then
 * trigger), cached for the run, and online validation when a key is configured.
 */
import { definitionToEntry, shapeProblems } from '../../catalog/definition.js';
import type { CatalogEntry, NodeKind } from '../../catalog/types.js';
import type { LiveLookup, PlatformPort } from '../../core/platform.js';
import { createB3osClient, type B3osClient, type B3osDefinition } from './client.js';

/** At most this many types are looked up at once. */
const CONCURRENCY = 4;

type Found = { readonly entry?: CatalogEntry; readonly failure?: string };

/**
 * A `PlatformPort` for one run. `lookupTypes` asks `GET /v1/actions/{type}`, then on 404
 * `GET /v1/triggers/{type}`; a definition becomes a `CatalogEntry` with source 'live' and the
 * endpoint URL as origin. A type both endpoints 404 is neither found nor failed (the catalog calls
 * it unknown); an API error or a definition of the wrong shape is a failure with the reason.
 * Each type is fetched at most once per port. `validateWorkflow` exists only with `hasKey`.
 */
export function createPlatform(client: B3osClient, options: { readonly hasKey: boolean }): PlatformPort {
  const cache = new Map<string, Promise<Found>>();
  const lookupOne = (type: string): Promise<Found> => {
    let found = cache.get(type);
    if (!found) {
      found = fetchEntry(client, type);
      cache.set(type, found);
    }
    return found;
  };
  return {
    baseUrl: client.baseUrl,
    lookupTypes: async (types) => collect(types, await mapLimited([...new Set(types)], lookupOne)),
    ...(options.hasKey ? { validateWorkflow: (body) => client.validateWorkflow(body) } : {}),
  };
}

/**
 * The platform for a configured API URL, with the key when one is given; undefined without a URL
 * (the gate stays offline). Throws `UserError` for a URL the client refuses.
 */
export function platformFor(apiUrl: string | undefined, apiKey: string | undefined): PlatformPort | undefined {
  if (!apiUrl) return undefined;
  return createPlatform(createB3osClient({ baseUrl: apiUrl, apiKey }), { hasKey: apiKey !== undefined });
}

async function fetchEntry(client: B3osClient, type: string): Promise<Found> {
  try {
    const action = await client.getAction(type);
    // `/v1/actions/{type}` also answers for logic actions, which the API files under category "Logic".
    const kind = String(action?.category).toLowerCase() === 'logic' ? 'logic' : 'action';
    if (action) return toEntry(action, type, kind, `${client.baseUrl}/v1/actions/${encodeURIComponent(type)}`);
    const trigger = await client.getTrigger(type);
    if (trigger) return toEntry(trigger, type, 'trigger', `${client.baseUrl}/v1/triggers/${encodeURIComponent(type)}`);
    return {};
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

function toEntry(record: B3osDefinition, type: string, kind: NodeKind, origin: string): Found {
  if (record.type !== type) return { failure: `${origin} returned the definition of \`${record.type}\`` };
  const problems = shapeProblems(kind === 'trigger' ? 'trigger-fields' : 'action-fields', record);
  if (problems.length > 0) return { failure: `${origin} returned an invalid definition: ${problems[0].message} at ${problems[0].pointer}` };
  return { entry: definitionToEntry(record, { type, kind, source: 'live', origin }) };
}

function collect(types: readonly string[], found: readonly Found[]): LiveLookup {
  const unique = [...new Set(types)];
  const entries: CatalogEntry[] = [];
  const failures: Array<{ type: string; reason: string }> = [];
  found.forEach((f, i) => {
    if (f.entry) entries.push(f.entry);
    if (f.failure) failures.push({ type: unique[i], reason: f.failure });
  });
  return { entries, failures };
}

async function mapLimited<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}
