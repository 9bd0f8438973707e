/**
 * Whether a waiver that matched nothing was really given the chance to: a run "over its scope"
 * checked every file the waiver can cover. An audit (`all` mode) does; a change does only when
 * the waiver names exact files (literal `paths`, or the workflows of its `nodes`) and the change
 * touches each of them. Otherwise a quiet waiver says nothing: the files it covers were not read.
 */
import type { Waiver } from './settings.js';
import type { ChangeSet, ItemResult } from './types.js';

/** True when `waiver` covered no finding although the run checked all it can cover. */
export function isUnused(waiver: Waiver, changes: ChangeSet, items: readonly ItemResult[]): boolean {
  const item = items.find((i) => i.id === waiver.rule.split('/')[0]);
  // An item that did not run, or could not decide, says nothing about its waivers.
  if (!item || item.status === 'off' || item.status === 'not-affected' || item.status === 'incomplete') return false;
  if (changes.mode === 'all') return true;
  const files = exactFiles(waiver);
  if (files === undefined || files.length === 0) return false;
  const touched = new Set(changes.files.filter((f) => f.status !== 'removed').map((f) => f.path));
  return files.every((file) => touched.has(file));
}

/** The exact files a waiver can cover, or undefined when a wildcard or a type makes that open. */
function exactFiles(waiver: Waiver): string[] | undefined {
  if ((waiver.types ?? []).length > 0) return undefined;
  if (waiver.paths.some((p) => /[*{]/.test(p))) return undefined;
  const workflows = (waiver.nodes ?? []).map((node) => node.slice(0, node.indexOf('#')));
  return [...new Set([...waiver.paths, ...workflows])];
}
