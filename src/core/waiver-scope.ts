/**
 * What a waiver covers: its rule (an item id covers every rule of the item), then, when listed,
 * files (`paths`), workflow nodes (`nodes`, `<workflow path>#<node id>`) and action or trigger
 * types (`types`). Every listed scope must hold; an empty or omitted list does not restrict.
 * When several waivers cover a finding, the most specific one is the one shown.
 */
import { definitionOf } from '../b3os/definition.js';
import { compilePattern } from './pattern.js';
import type { RepoView } from './repo-view.js';
import type { Waiver } from './settings.js';
import type { Finding } from './types.js';

/** What a finding is about: its file, and the node (`path#id`) and action or trigger type it sits in. */
export interface FindingSubject {
  readonly file?: string;
  readonly node?: string;
  readonly type?: string;
}

/** A waiver's match of one finding: how specific it is (higher wins) and the scope that matched, for people. */
export interface ScopeMatch {
  readonly specificity: number;
  readonly scope: string;
}

/** Matches one waiver against a finding of `ruleId`; undefined when it does not cover it. */
export function matchWaiver(waiver: Waiver, ruleId: string, subject: FindingSubject): ScopeMatch | undefined {
  const exactRule = waiver.rule === ruleId;
  if (!exactRule && !ruleId.startsWith(`${waiver.rule}/`)) return undefined;
  const nodes = waiver.nodes ?? [];
  const types = waiver.types ?? [];
  const path = waiver.paths.find((p) => subject.file !== undefined && compilePattern(p).match(subject.file) !== undefined);
  if (waiver.paths.length > 0 && path === undefined) return undefined;
  if (nodes.length > 0 && (subject.node === undefined || !nodes.includes(subject.node))) return undefined;
  if (types.length > 0 && (subject.type === undefined || !types.includes(subject.type))) return undefined;
  const rank = exactRule ? 1 : 0;
  if (nodes.length > 0) return { specificity: 30 + rank, scope: `node \`${subject.node}\`` };
  if (types.length > 0) return { specificity: 20 + rank, scope: `type \`${subject.type}\`` };
  if (path !== undefined) return { specificity: 10 + rank, scope: `path \`${path}\`` };
  return { specificity: rank, scope: `${exactRule ? 'rule' : 'item'} \`${waiver.rule}\`` };
}

/** The most specific of `waivers` that covers the finding (the first written wins a tie), with its match. */
export function mostSpecific<W extends Waiver>(waivers: readonly W[], ruleId: string, subject: FindingSubject): { waiver: W; match: ScopeMatch } | undefined {
  let best: { waiver: W; match: ScopeMatch } | undefined;
  for (const waiver of waivers) {
    const match = matchWaiver(waiver, ruleId, subject);
    if (match && (!best || match.specificity > best.match.specificity)) best = { waiver, match };
  }
  return best;
}

interface NodeSpan {
  readonly id: string;
  readonly type: string | undefined;
  readonly line: number;
  readonly endLine: number;
}

/** Resolves findings to subjects, reading each workflow file of the head once. */
export function subjectResolver(head: RepoView): (finding: Finding) => Promise<FindingSubject> {
  const spans = new Map<string, Promise<NodeSpan[]>>();
  return async (finding) => {
    const at = finding.location;
    if (!at) return {};
    const owner = head.index.objectOf(at.file);
    if (owner && (owner.kind === 'action' || owner.kind === 'trigger')) return { file: at.file, type: owner.id };
    if (!spans.has(at.file)) spans.set(at.file, nodeSpans(head, at.file));
    const inner = innermost(await spans.get(at.file)!, at.line);
    return inner ? { file: at.file, node: `${at.file}#${inner.id}`, ...(inner.type ? { type: inner.type } : {}) } : { file: at.file };
  };
}

async function nodeSpans(head: RepoView, file: string): Promise<NodeSpan[]> {
  const doc = await head.document(file).catch(() => undefined);
  const view = doc ? definitionOf(doc.value) : undefined;
  if (!doc || !view) return [];
  return view.nodes.map((n) => ({ id: n.id, type: n.type, ...pick(doc.locate(n.pointer)) }));
}

function pick(span: { line: number; endLine: number }): { line: number; endLine: number } {
  return { line: span.line, endLine: span.endLine };
}

/** The smallest node span holding `line`: nodes do not nest, but a one-line file puts them all on line 1. */
function innermost(spans: readonly NodeSpan[], line: number): NodeSpan | undefined {
  const holding = spans.filter((s) => line >= s.line && line <= s.endLine);
  return holding.sort((a, b) => a.endLine - a.line - (b.endLine - b.line))[0];
}
