/**
 * Failure-path cases on the payout repository of `../readiness/fixtures.ts`, and a small workflow
 * that waits for a call-back (`hold`, a `wait` node) with its timed-out alert (`late`).
 */
import { ENVIRONMENT, edit } from '../readiness/fixtures.js';

export { ENV, ENVIRONMENT, MANIFEST, RUNBOOK, WF, WORKFLOW, edit, manifestFor, repo } from '../readiness/fixtures.js';

export const CONFIG = '.github/b3os-readiness.yml';

/** The environment with its one execution webhook's block (lines 15 to 19) replaced by `hooks` (YAML list items). */
export function environmentWith(hooks: string): string {
  const block = ENVIRONMENT.slice(ENVIRONMENT.indexOf('  - id: ewh_failures'));
  return edit(ENVIRONMENT, block, hooks);
}

/** One execution webhook as a YAML list item (five lines, or fewer when a field is null). */
export function hook(o: { id?: string; url?: string; events?: string; maxRetries?: number | null; status?: string | null } = {}): string {
  const lines = [
    `  - id: ${o.id ?? 'ewh_failures'}`,
    `    url: ${o.url ?? 'https://ops.acme.example/b3os/hooks'}`,
    `    events: ${o.events ?? '[run.failed, node.failed]'}`,
    o.maxRetries === null ? undefined : `    maxRetries: ${o.maxRetries ?? 5}`,
    o.status === null ? undefined : `    status: ${o.status ?? 'active'}`,
  ];
  return `${lines.filter((l) => l !== undefined).join('\n')}\n`;
}

/**
 * A workflow (no funds) whose `hold` node waits for a call-back; its children are `children`.
 * Lines: `hold` on 7, the value of its `children` on 10 (column 21); `late` on 12.
 */
export function waiting(children: string[] = ['late'], lateBranch: string | null = 'timed_out'): string {
  return `{
  "name": "Booking",
  "description": "Waits for the ERP to book an invoice.",
  "definition": {
    "nodes": {
      "root": { "type": "cronjob", "payload": { "rrule": "DTSTART:20261102T090000Z\\nRRULE:FREQ=DAILY;INTERVAL=1" }, "children": ["hold"] },
      "hold": {
        "type": "wait",
        "payload": { "triggerType": "manual", "triggerConfig": {}, "timeoutMs": 86400000 },
        "children": ${JSON.stringify(children)}
      },
      "late": {${lateBranch === null ? '' : ` "branch": "${lateBranch}",`} "type": "slack-send-message", "connector": { "type": "slack", "id": "conn_ops_slack" }, "payload": { "conversation": "C0OPS", "text": "not booked" } },
      "booked": { "branch": "resumed", "type": "log", "payload": { "message": "booked" } }
    }
  }
}
`;
}
