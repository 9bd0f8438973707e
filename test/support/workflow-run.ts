import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** What a `workflow_run` event says about the run that triggered it. */
export interface WorkflowRunFacts {
  readonly headSha: string;
  readonly runId: number;
  readonly headRepo: string;
  readonly event?: string;
  readonly pullNumbers?: readonly number[];
}

/** A real `workflow_run.completed` payload (@octokit/webhooks-examples), pointed at the given run. */
export function workflowRunPayload(facts: WorkflowRunFacts): unknown {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: Array<Record<string, any>> }>;
  const example = structuredClone(events.find((e) => e.name === 'workflow_run')!.examples.find((x) => x.action === 'completed')!);
  const run = example.workflow_run;
  Object.assign(run, { id: facts.runId, head_sha: facts.headSha, event: facts.event ?? 'pull_request', conclusion: 'failure' });
  run.pull_requests = (facts.pullNumbers ?? []).map((number) => ({ number, id: number, url: `https://api.github.com/repos/Codertocat/Hello-World/pulls/${number}` }));
  run.head_repository = { ...run.head_repository, full_name: facts.headRepo };
  return example;
}

/** Writes the payload to `dir` and returns the environment of a `workflow_run` job publishing `savedReport`. */
export async function workflowRunEnv(dir: string, name: string, facts: WorkflowRunFacts, savedReport: string, defaultBranchSha: string): Promise<Record<string, string>> {
  const eventPath = join(dir, `workflow-run-${name}.json`);
  await writeFile(eventPath, JSON.stringify(workflowRunPayload(facts)));
  return {
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: eventPath,
    // A workflow_run job runs on the default branch's tip, with nothing of the pull request checked out.
    GITHUB_SHA: defaultBranchSha,
    GITHUB_RUN_ID: '77',
    'INPUT_SAVED-REPORT': savedReport,
  };
}
