import { isCalendarDay } from '../../core/days.js';
import { definitionHash } from '../../b3os/definition-hash.js';
import { isObject } from '../../b3os/definition.js';
import type { Evidence } from '../../readiness/formats.js';
import { validManifest, type FundsWorkflow, type ValidManifest } from './funds-workflows.js';

/** The evidence of a workflow that moves funds, judged against its current definition. */
export interface EvidenceState {
  readonly manifest: ValidManifest;
  /** `sha256:` hash of the current definition. */
  readonly hash: string;
  /** Entries for the current definition, newest first, with their index in `evidence`. */
  readonly current: ReadonlyArray<{ readonly entry: Evidence; readonly index: number }>;
  /** The newest entry of all, for "changed since the evidence run on …". */
  readonly newest?: { readonly entry: Evidence; readonly index: number };
  /** Entries dated on a day no calendar has (2026-02-30): they are evidence of nothing, and left out above. */
  readonly undated: ReadonlyArray<{ readonly entry: Evidence; readonly index: number }>;
}

/** True when the workflow can move funds: a funds node, or fund auto-swap turned on. */
export function movesFunds(wf: FundsWorkflow): boolean {
  return wf.funds.length > 0 || validManifest(wf)?.value.fundAutoSwap?.enabled === true;
}

/** The evidence state of a funds workflow with a valid manifest; undefined otherwise. */
export function evidenceOf(wf: FundsWorkflow): EvidenceState | undefined {
  // Three rules ask for each workflow: the definition is hashed once.
  if (!evidence.has(wf)) evidence.set(wf, evidenceNow(wf));
  return evidence.get(wf);
}

const evidence = new WeakMap<FundsWorkflow, EvidenceState | undefined>();

function evidenceNow(wf: FundsWorkflow): EvidenceState | undefined {
  const manifest = validManifest(wf);
  const definition = isObject(wf.graph.doc.value) ? wf.graph.doc.value.definition : undefined;
  if (!manifest || definition === undefined || !movesFunds(wf)) return undefined;
  const hash = definitionHash(definition);
  const all = (manifest.value.evidence ?? []).map((entry, index) => ({ entry, index }));
  const byDate = all.filter((e) => isCalendarDay(e.entry.date)).sort((a, b) => (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : b.index - a.index));
  const undated = all.filter((e) => !isCalendarDay(e.entry.date));
  return { manifest, hash, current: byDate.filter((e) => e.entry.definitionHash === hash), ...(byDate[0] ? { newest: byDate[0] } : {}), undated };
}
