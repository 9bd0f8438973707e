import { startOf } from '../../core/locate.js';
import { defineObjectRule } from '../../core/rule.js';
import { checkOwnerAndRunbook, conventional } from '../../readiness/runbook.js';
import { isTurnedOff } from '../../readiness/shared-requirements.js';
import { workflowsInScope } from './runbook-paths.js';

/**
 * Every workflow in scope has a readiness manifest naming its owner and a runbook that exists and
 * says something. Without `runbook`, the conventional runbook paths for the slug are accepted. A
 * workflow without a manifest is `failure-paths-observable/manifest`'s finding, unless that item is
 * turned off (`readiness/shared-requirements.ts`).
 */
export const runbook = defineObjectRule(
  {
    id: 'public-contract/runbook',
    description: 'every workflow has a manifest that names an owner and a runbook that exists',
    severity: 'error',
  },
  {
    kind: 'workflow',
    objects: async (ctx) => workflowsInScope(ctx),
    // In the engine's pass, workflow by workflow: the runbook is read while the secret scan watches (`scanAsRead`).
    async check(workflow, ctx, reporter) {
      const manifest = conventional(ctx, ctx.settings.paths.manifests, workflow.id);
      if (!manifest.found) {
        if (!isTurnedOff(ctx, 'failure-paths-observable')) return;
        reporter.report({
          message: `workflow \`${workflow.id}\` has no readiness manifest; expected \`${manifest.expected}\``,
          hint: `add \`${manifest.expected}\` with \`owner\` and \`runbook\``,
          // An object's files are in path order (`Snapshot.list` lists sorted).
          location: startOf(workflow.files[0]),
        });
        return;
      }
      const doc = await ctx.head.document(manifest.found);
      if (doc) await checkOwnerAndRunbook(ctx, reporter, workflow.id, doc);
    },
  },
);
