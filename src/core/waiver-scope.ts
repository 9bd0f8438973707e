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
import type { Span } from '../parse/problem.js';
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
  readonly span: Span;
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
    const inner = innermost(await spans.get(at.file)!, at);
    return inner ? { file: at.file, node: `${at.file}#${inner.id}`, ...(inner.type ? { type: inner.type } : {}) } : { file: at.file };
  };
}

async function nodeSpans(head: RepoView, file: string): Promise<NodeSpan[]> {
  const doc = await head.document(file).catch(() => undefined);
  const view = doc ? definitionOf(doc.value) : undefined;
  if (!doc || !view) return [];
  return view.nodes.map((n) => ({ id: n.id, type: n.type, span: doc.locate(n.pointer) }));
}

/**
 * The smallest node span holding the finding's start, by line and column: nodes do not nest, and
 * a file on one line (every node on line 1) must still attribute a finding to its own node.
 */
export function innermost<S extends { span: Span }>(spans: readonly S[], at: { line: number; column: number }): S | undefined {
  const holding = spans.filter(({ span }) => !before(at, { line: span.line, column: span.column }) && !before({ line: span.endLine, column: span.endColumn }, at));
  return holding.sort((a, b) => (before(b.span, a.span) ? -1 : before(a.span, b.span) ? 1 : 0))[0];
}

/** Whether position `a` comes strictly before position `b`. */
function before(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
