import { failPhrase } from '../render/item-status.js';
import * as core from '@actions/core';
import { platformFor } from '../adapters/b3os/platform.js';
import { createOctokit } from '../adapters/github/client.js';
import { UserError } from '../core/errors.js';
import { createRedactor } from '../core/redact.js';
import { runGate } from '../core/gate.js';
import { readRunnerContext } from './action-event.js';
import { actionChanges } from './action-changes.js';
import { approvalsOf } from './action-approvals.js';
import { readInputs } from './action-inputs.js';
import { publishReport, publishRunError, type PublishContext } from './publish.js';

/**
 * The Action: inputs → change set → checklist → effects, in a fixed order (summary, annotations,
 * comment, files, outputs), then the exit code. Every failure ends as a failed step: fail closed.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let publish: PublishContext | undefined;
  try {
    const inputs = readInputs();
    const ctx = readRunnerContext(env, inputs.mode);
    const octokit = createOctokit({ token: inputs.token, baseUrl: ctx.apiUrl, log: actionsLog });
    publish = { ctx, inputs, octokit, env };
    const platform = platformFor(inputs.b3osApiUrl, inputs.b3osApiKey);
    if (inputs.b3osApiKey && !platform) core.warning('b3os-api-key is set but b3os-api-url is empty: the online checks are off');
    const input = await actionChanges(ctx, octokit, actionsLog);
    try {
      const today = new Date().toISOString().slice(0, 10);
      const report = await runGate({ ...input.gate, configPath: inputs.config, failOn: inputs.failOn, platform, today, requireObjects: true, approvals: approvalsOf(ctx, octokit, env) });
      await publishReport(report, publish);
      if (report.result === 'fail') {
        core.setFailed(`B3OS production readiness: ${failPhrase(report)}`);
      }
    } finally {
      input.dispose();
    }
  } catch (error) {
    // The gate's own errors are redacted already; an adapter's (GitHub, git, B3OS) are not.
    const redact = createRedactor([]);
    const text = redact(error instanceof UserError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof UserError) && error instanceof Error && error.stack) core.debug(redact(error.stack));
    core.setFailed(`b3os-readiness: ${text}`);
    if (publish) await publishRunError(text, publish);
  }
}

/** The action's logger, over @actions/core (which escapes workflow-command characters). */
const actionsLog = {
  info: (message: string) => core.info(message),
  warning: (message: string) => core.warning(message),
  notice: (message: string) => core.notice(message),
  debug: (message: string) => core.debug(message),
};
