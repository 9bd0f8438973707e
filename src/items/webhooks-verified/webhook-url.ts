import { isObject } from '../../b3os/definition.js';
import { hasExpression } from '../../b3os/expressions.js';
import { locationIn } from '../../core/locate.js';
import { defineObjectRule, type Reporter } from '../../core/rule.js';
import { checkedWorkflow, concernedWorkflows, type CheckedWorkflow } from '../../readiness/checked-workflows.js';
import { environmentsInScope, WEBHOOK_SCOPE } from './environments.js';
import { cleartext, urlProblems, type UrlProblem } from './url-problems.js';

/**
 * Execution webhook URLs and `send-webhook` URLs are https and hold no credential (a user or
 * password, a query parameter named like a key or token); a `send-webhook` URL with expressions is
 * judged for plain http only. Secret values elsewhere in payloads are credentials-in-connectors'
 * to find; the URL's shape is this rule's.
 */
export const webhookUrl = defineObjectRule(
  {
    id: 'webhooks-verified/webhook-url',
    description: 'webhook URLs are https and carry no credential',
    severity: 'error',
  },
  {
    kind: 'workflow',
    objects: (ctx) => concernedWorkflows(ctx, WEBHOOK_SCOPE),
    before: async (ctx, reporter) => {
      for (const found of await environmentsInScope(ctx)) {
        if (found.state !== 'valid') continue;
        (found.value.executionWebhooks ?? []).forEach((hook, index) => {
          for (const problem of urlProblems(`execution webhook \`${hook.id}\``, hook.url)) reporter.report({ ...problem, location: locationIn(found.doc, `/executionWebhooks/${index}/url`) });
        });
      }
    },
    check: async (workflow, ctx, reporter) => checkSendWebhooks(await checkedWorkflow(ctx, workflow), reporter),
  },
);

function checkSendWebhooks({ graph }: CheckedWorkflow, reporter: Reporter): void {
  if (!graph) return;
  for (const node of graph.view.nodes) {
    const payload = node.value.payload;
    const url = node.type === 'send-webhook' && isObject(payload) ? payload.url : undefined;
    if (typeof url !== 'string') continue;
    for (const problem of sendProblems(`node \`${node.id}\``, url)) reporter.report({ ...problem, location: locationIn(graph.doc, `${node.pointer}/payload/url`) });
  }
}

/**
 * A URL written out in full is judged like an execution webhook's; one with expressions only for
 * plain http, as the rest of it is known at run time.
 */
function sendProblems(name: string, url: string): UrlProblem[] {
  if (!hasExpression(url)) return urlProblems(name, url);
  const origin = plainHttpOrigin(url);
  return origin === undefined ? [] : [cleartext(name, origin)];
}

/** `http://host` of a plain-http URL (also one with expressions after the host), without any user or password. */
function plainHttpOrigin(url: string): string | undefined {
  const authority = /^http:\/\/([^/?#{}]*)/i.exec(url)?.[1];
  return authority === undefined ? undefined : `http://${authority.slice(authority.lastIndexOf('@') + 1)}`;
}
