import { locationIn } from '../../core/locate.js';
import { daysBetween } from '../../core/days.js';
import { evidenceOf } from './evidence.js';
import { fundsRule } from './funds-workflows.js';

/**
 * The newest evidence of the current definition is recent: balances, routers and token contracts
 * change, so a dust test from long ago proves less every month (`policy.evidenceMaxAgeDays`,
 * 180 by default). Evidence dated after today is a mistake to correct.
 */
export const evidenceAge = fundsRule(
  {
    id: 'wallet-actions-bounded/evidence-age',
    description: 'the newest evidence of the current definition is within the policy age and not dated in the future',
    severity: 'warning',
  },
  (ctx, { report }, wf) => {
    const maxDays = ctx.settings.policy.evidenceMaxAgeDays;
    const newest = evidenceOf(wf)?.current[0];
    if (!newest) return;
    const age = daysBetween(newest.entry.date, ctx.today);
    if (age >= 0 && age <= maxDays) return;
    report({
      message: age < 0
        ? `the evidence of workflow \`${wf.slug}\` is dated ${newest.entry.date}, after today (${ctx.today})`
        : `the newest evidence of workflow \`${wf.slug}\` is from ${newest.entry.date}, ${age} days ago (the policy allows ${maxDays})`,
      hint: age < 0 ? 'write the day the run happened' : 'run a fresh simulation or dust test and record it under `evidence`',
      location: locationIn(evidenceOf(wf)!.manifest.doc, `/evidence/${newest.index}/date`),
    });
  },
);
