/**
 * Whether an environment's execution webhooks carry every failure event to someone: an endpoint
 * counts for an event when it is subscribed to it, not disabled, retries failed deliveries
 * (`maxRetries` ≥ 1) and is on https. What keeps the events from being covered is stated as
 * shortfalls, each at its place in the environment file.
 */
import type { ExecutionWebhook, Environment } from '../../readiness/formats.js';

/** One reason the failure events are not all covered, at a JSON pointer of the environment file. */
export interface Shortfall {
  readonly message: string;
  readonly hint: string;
  readonly pointer: string;
  readonly atKey?: boolean;
}

/** What counts: the failure events, and whether a plain-http endpoint is judged elsewhere (`webhooks-verified/webhook-url`). */
export interface Coverage {
  readonly events: readonly string[];
  readonly httpJudgedElsewhere: boolean;
}

/**
 * Why the environment named `name` does not carry every failure event to someone; empty when it
 * does. Only the endpoint that covers most of the missing events (or, when none covers any, the
 * first that works) is examined: its defects are the fix, the other endpoints are beside the point.
 */
export function failureShortfalls(name: string, env: Environment, coverage: Coverage): Shortfall[] {
  const hooks = env.executionWebhooks ?? [];
  const missing = coverage.events.filter((event) => !hooks.some((hook) => defects(hook, coverage).length === 0 && hook.events.includes(event)));
  if (missing.length === 0) return [];
  const counts = hooks.map((hook) => missing.filter((event) => hook.events.includes(event)).length);
  const most = Math.max(0, ...counts);
  // When no endpoint has any missing event, the one to extend is the first that works.
  const best = most > 0 ? counts.indexOf(most) : hooks.findIndex((hook) => defects(hook, coverage).length === 0);
  if (best < 0) {
    return [{
      message: `environment \`${name}\` has no execution webhook subscribed to ${quoted(missing)}`,
      hint: `add an execution webhook on https with \`events: [${coverage.events.join(', ')}]\`, \`maxRetries: 5\` and \`status: active\` to \`executionWebhooks\``,
      pointer: hooks.length > 0 ? '/executionWebhooks' : '',
      atKey: hooks.length > 0,
    }];
  }
  const hook = hooks[best];
  const unsubscribed = missing.filter((event) => !hook.events.includes(event));
  const at = `/executionWebhooks/${best}`;
  return [
    ...defects(hook, coverage).map((defect) => ({ ...defect, pointer: `${at}${defect.pointer}` })),
    ...(unsubscribed.length > 0
      ? [{ message: `execution webhook \`${hook.id}\` is not subscribed to ${quoted(unsubscribed)}`, hint: `add ${quoted(unsubscribed)} to its \`events\``, pointer: `${at}/events` }]
      : []),
  ];
}

/** What keeps one endpoint from counting for the events it is subscribed to; pointers are below the endpoint. */
function defects(hook: ExecutionWebhook, coverage: Coverage): Shortfall[] {
  const out: Shortfall[] = [];
  if (hook.status === 'disabled') {
    out.push({ message: `execution webhook \`${hook.id}\` is disabled`, hint: 'enable it in B3OS (`POST /v1/execution-webhooks/{id}/enable`) and set `status: active`', pointer: '/status' });
  }
  if (hook.maxRetries === undefined) {
    out.push({ message: `execution webhook \`${hook.id}\` sets no \`maxRetries\``, hint: 'set `maxRetries` to at least 1 (5 is common) so a failed delivery is retried', pointer: '' });
  } else if (hook.maxRetries < 1) {
    out.push({ message: `execution webhook \`${hook.id}\` has \`maxRetries: ${hook.maxRetries}\`, so one failed delivery loses the failure`, hint: 'set `maxRetries` to at least 1 (5 is common)', pointer: '/maxRetries' });
  }
  if (!coverage.httpJudgedElsewhere && !isHttps(hook.url)) {
    out.push({ message: `execution webhook \`${hook.id}\` is not on https`, hint: 'point it at an https receiver', pointer: '/url' });
  }
  return out;
}

function isHttps(url: string): boolean {
  return /^https:\/\//i.test(url);
}

function quoted(events: readonly string[]): string {
  return events.map((event) => `\`${event}\``).join(', ');
}
