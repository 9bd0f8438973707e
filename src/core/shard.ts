/**
 * One shard of a check split over several machines (`check --shard i/n`). Each affected object,
 * and each changed file the secret scan reads, belongs to exactly one shard, chosen from its key
 * alone, so every shard agrees on the split without talking to the others, whatever order the
 * files are listed in. The repository view stays whole: a cross-file check still sees everything.
 * What is repository-wide (the configuration, kinds few in number) every shard checks the same;
 * `merge` keeps one copy.
 */
import { createHash } from 'node:crypto';
import type { Affected } from './affected.js';
import type { RepoObject } from './repo-index.js';
import { UserError } from './errors.js';
import type { ObjectKind } from './types.js';

/** Shard `index` of `count` (1-based). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** More shards than this would spend more on starting runners than on checking. */
export const MAX_SHARDS = 256;

/**
 * The kinds that are split: the many. A workflow's manifest and runbook go with the workflow (they
 * share its slug), so one shard checks a workflow's readiness whichever of its files changed.
 * Actions, triggers, environments, the catalog and the rest are few: every shard checks them.
 */
const SPLIT: Partial<Record<ObjectKind, ObjectKind>> = { workflow: 'workflow', manifest: 'workflow', runbook: 'workflow', template: 'template', docs: 'docs' };

/** Reads `i/n`; a `UserError` naming `label` otherwise. */
export function parseShard(text: string, label = '--shard'): Shard {
  const match = /^([0-9]{1,3})\/([0-9]{1,3})$/.exec(text);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && count <= MAX_SHARDS)) throw new UserError(`${label} must be i/n with n from 1 to ${MAX_SHARDS} (e.g. 2/4), got "${text}"`);
  if (!(index >= 1 && index <= count)) throw new UserError(`${label} ${text}: the shard number must be from 1 to ${count}`);
  return { index, count };
}

/** The shard (1-based) of a key among `count`: a stable hash, the same on every machine. */
export function shardOfKey(key: string, count: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

/** True when shard `shard` checks the object `kind:id`: always for a kind that is not split. */
export function ownsObject(shard: Shard, kind: ObjectKind, id: string): boolean {
  const group = SPLIT[kind];
  return group === undefined || shardOfKey(`${group}:${id}`, shard.count) === shard.index;
}

/**
 * True when shard `shard` reads the file at `path` for what every file is read for (the secret
 * scan). A file of a split object (`object`, a workflow's file, manifest or runbook) goes with that
 * object, so the shard that checks it reads it for both; any other file goes by its own path.
 */
export function ownsFile(shard: Shard, path: string, object?: Pick<RepoObject, 'kind' | 'id'>): boolean {
  if (object && SPLIT[object.kind]) return ownsObject(shard, object.kind, object.id);
  return shardOfKey(`file:${path}`, shard.count) === shard.index;
}

/**
 * What one shard checks of `affected`: the split kinds' objects it owns, every object of the
 * others. Whether an item concerns the change (`touches`) stays the whole change's answer.
 * `objectOf` finds the object a file belongs to at head (see `ownsFile`).
 */
export function shardAffected(affected: Affected, shard: Shard, objectOf: (path: string) => RepoObject | undefined = () => undefined): Affected {
  if (shard.count === 1) return affected;
  // Rules ask again and again (each secret rule, for every changed file): hash each key once.
  const owned = new Map<string, boolean>();
  const remember = (key: string, decide: () => boolean) => owned.get(key) ?? (owned.set(key, decide()), owned.get(key)!);
  const owns = (kind: ObjectKind, id: string) => remember(`${kind}:${id}`, () => ownsObject(shard, kind, id));
  return {
    ...affected,
    objects: (kind) => affected.objects(kind).filter((o) => owns(o.kind, o.id)),
    owns,
    ownsFile: (path) => remember(`file:${path}`, () => ownsFile(shard, path, objectOf(path))),
  };
}
