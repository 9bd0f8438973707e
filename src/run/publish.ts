import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Octokit } from '../adapters/github/client.js';
import type { Report } from '../core/types.js';
import { planAnnotations, type AnnotationPlan } from '../render/annotations.js';
import { COMMENT_BUDGET, COMMENT_MARKER, renderChecklistMarkdown } from '../render/checklist-md.js';
import { escapeMarkdownText } from '../render/escape.js';
import { renderJson, type ReportPullRequest } from '../render/json.js';
import type { LinkContext } from '../render/links.js';
import { ruleDescriptions } from '../items/descriptions.js';
import { renderSarif } from '../render/sarif.js';
import { renderSummaryMarkdown } from '../render/summary-md.js';
import type { RunnerContext } from './action-event.js';
import { commentTarget, HEAD_LINE_LENGTH } from './comment-target.js';
import { STALE_COMMENT, writeVerdict } from './verdict-comment.js';
import type { ActionInputs } from './action-inputs.js';
import { RULES_INDEX_URL, TOOL_URL, TOOL_VERSION } from './about.js';

/** What publishing needs besides the report. */
export interface PublishContext {
  readonly ctx: RunnerContext;
  readonly inputs: ActionInputs;
  readonly octokit: Octokit;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The effects of a run, in a fixed order: job summary, annotations, sticky comment, report files,
 * outputs. None of them decides the gate: a failure here is a warning, the conclusion stands.
 */
export async function publishReport(report: Report, p: PublishContext): Promise<void> {
  const links = linksFor(p.ctx);
  await attempt('job summary', () => core.summary.addRaw(renderSummaryMarkdown(report, links)).write());
  annotate(report);
  await attempt('sticky comment', () => comment(() => renderChecklistMarkdown(report, links, { budget: COMMENT_BUDGET - HEAD_LINE_LENGTH }), p));
  const reportPath = await attempt('report file', () => writeOut(p.inputs.reportFile ?? join(p.env.RUNNER_TEMP ?? p.ctx.workspace, 'b3os-readiness-report.json'), p.ctx.workspace, renderJson(report, pullRequestOf(p.ctx))));
  const sarif = JSON.stringify(renderSarif(report, { toolVersion: TOOL_VERSION, informationUri: TOOL_URL, descriptions: ruleDescriptions() }), null, 2);
  const sarifPath = p.inputs.sarifFile ? await attempt('SARIF file', () => writeOut(p.inputs.sarifFile!, p.ctx.workspace, sarif)) : undefined;
  core.setOutput('result', report.result);
  core.setOutput('failed-items', report.items.filter((i) => i.status === 'fail' || i.status === 'incomplete').map((i) => i.id).join(','));
  core.setOutput('report-path', reportPath ?? '');
  core.setOutput('sarif-path', sarifPath ?? '');
}

/**
 * When the gate could not run at all on a pull request, the sticky comment says so: a comment left
 * by an earlier run must not go on showing a verdict that the failed check no longer stands for.
 */
export async function publishRunError(message: string, p: PublishContext): Promise<void> {
  const lines = message.split('\n').filter((line) => line.trim() !== '').map((line) => `- ${escapeMarkdownText(line)}`);
  const run = p.ctx.runUrl ? ` The details are in [the run](${p.ctx.runUrl}).` : '';
  const body = `${COMMENT_MARKER}\n### ⚠️ B3OS production readiness could not run\n\n${lines.join('\n')}\n\nThe check failed closed: nothing was verified.${run}\n`;
  await attempt('sticky comment', () => comment(() => body, p));
}

/**
 * Writes the sticky comment of a pull request run (when comments are on; `body` is only rendered
 * then), and says in the log and the job summary what kept it from being written.
 */
async function comment(body: () => string, p: PublishContext): Promise<void> {
  const target = commentTarget(p.ctx, p.octokit, p.inputs.comment);
  if (!target) return;
  const log = { warning: (m: string) => core.warning(m), notice: (m: string) => core.notice(m) };
  const outcome = await writeVerdict(target, body, log);
  if (outcome.kind === 'written') {
    core.info(`sticky comment: ${outcome.action}${outcome.reason ? ` (${outcome.reason})` : ''}`);
  } else if (outcome.kind === 'left') {
    core.notice(outcome.note);
    await appendSummary(`> [!NOTE]\n> The comment was not written: ${escapeMarkdownText(outcome.note)}.`);
  } else {
    core.setFailed(`b3os-readiness: ${STALE_COMMENT}: ${outcome.reason}`);
    await appendSummary(`> [!WARNING]\n> ${capitalised(STALE_COMMENT)}: ${escapeMarkdownText(outcome.reason)}.`);
  }
}

async function appendSummary(text: string): Promise<void> {
  await attempt('job summary', () => core.summary.addRaw(`\n${text}\n`).write());
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The pull request a report is about, recorded in the JSON report for a publishing `workflow_run`. */
function pullRequestOf(ctx: RunnerContext): ReportPullRequest | undefined {
  const event = ctx.event;
  return event.kind === 'pull_request' ? { number: event.number, headSha: event.head, baseSha: event.base } : undefined;
}

/** Where the rendered report links to for this run: files on the checked head, the run, the rules. */
export function linksFor(ctx: RunnerContext): LinkContext {
  const baseRef = ctx.event.kind === 'pull_request' ? ctx.event.baseRef : 'main';
  const head = ctx.event.head;
  return {
    blobBase: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${head}`,
    summaryUrl: ctx.runUrl,
    reproduce: `b3os-readiness check --base origin/${baseRef}`,
    rulesUrl: RULES_INDEX_URL,
  };
}

/**
 * GitHub shows 10 annotations per level per step; the findings leave room for what the run itself
 * says: the gate's failure and a stale comment (errors), GitHub trouble (warnings), and the count
 * of what was not annotated with a note about the comment (notices).
 */
const FINDING_ANNOTATIONS = { error: 8, warning: 7, notice: 7 } as const;

function annotate(report: Report): void {
  const plan = planAnnotations(report, FINDING_ANNOTATIONS);
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn, endLine: a.endLine, endColumn: a.endColumn };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  const omitted = plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
  if (omitted > 0) core.notice(`${omitted} more findings are not annotated (${omittedLevels(plan.omitted)}; GitHub shows at most 10 annotations per level); see the job summary`);
}

function omittedLevels(omitted: AnnotationPlan['omitted']): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [count(omitted.error, 'error'), count(omitted.warning, 'warning'), count(omitted.notice, 'notice')].join(', ');
}

/** Writes a file under the workspace or the runner's temp directory; returns its absolute path. */
async function writeOut(path: string, workspace: string, text: string): Promise<string> {
  const full = resolve(workspace, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, text.endsWith('\n') ? text : `${text}\n`);
  return full;
}

async function attempt<T>(what: string, effect: () => Promise<T>): Promise<T | undefined> {
  try {
    return await effect();
  } catch (error) {
    core.warning(`could not write the ${what}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
