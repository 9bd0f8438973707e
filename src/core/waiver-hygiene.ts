/**
 * What is wrong with a waiver on its own, before any finding is matched: it expired, it runs too
 * far ahead (`policy.maxWaiverDays`), or it names a rule that does not exist. A waiver the change
 * proposes is held to it strictly (errors, and it does not apply); one merged on the base branch
 * gets warnings, so a stale file never locks every pull request.
 */
import { daysBetween, isCalendarDay } from './days.js';
import { didYouMean } from './nearest.js';
import type { Waiver } from './settings.js';
import type { Finding, Location, Severity, WaiverOrigin } from './types.js';
import { docsUrlOf } from './rule.js';
import { SECRET_KINDS } from '../secrets/kinds.js';

/** A waiver of the run with where it is written. */
export interface WaiverEntry extends Waiver {
  readonly origin: WaiverOrigin;
  /** Its index in the file's `waivers` list. */
  readonly index: number;
  /** Where a key of this waiver is (`rule`, `expires`), in the file it comes from. */
  readonly at: (key: 'rule' | 'expires' | 'approver') => Location;
}

/** The rule id of every finding about a waiver, and of a waiver that would cover a found secret. */
export const WAIVER_RULE = 'configuration/waiver';
export const WAIVER_SECRET_RULE = 'configuration/waiver-secret';

/**
 * Rules (and the item) whose every finding is a secret value or a file that could not be scanned:
 * a waiver naming one can never cover anything, so a change may not propose it.
 */
const NEVER_WAIVABLE: ReadonlySet<string> = new Set([
  'credentials-in-connectors',
  'templates-portable/secret',
  ...Object.values(SECRET_KINDS).map((kind) => kind.rule),
]);

/** What the run knows to judge a waiver on its own. */
export interface HygieneContext {
  readonly today: string;
  readonly maxDays: number;
  readonly ruleIds: ReadonlySet<string>;
}

/** The findings about one waiver, and whether it may apply at all. */
export function waiverHygiene(entry: WaiverEntry, ctx: HygieneContext): { findings: Finding[]; usable: boolean } {
  const findings: Finding[] = [];
  const strict = entry.origin === 'pull-request';
  const label = `waiver ${entry.index + 1} for \`${entry.rule}\``;
  if (!ctx.ruleIds.has(entry.rule)) {
    findings.push(waiverFinding(entry.at('rule'), strict ? 'error' : 'warning', `${label} names no item or rule id${didYouMean(entry.rule, ctx.ruleIds)}`, 'name an existing rule id, or remove the waiver'));
    return { findings, usable: false };
  }
  if (strict && NEVER_WAIVABLE.has(entry.rule)) {
    const message = `${label} names findings of secret values found in the repository, which no waiver can cover`;
    findings.push(waiverFinding(entry.at('rule'), 'error', message, 'rotate the secret and remove it from the repository; remove the waiver', WAIVER_SECRET_RULE));
    return { findings, usable: false };
  }
  if (!isCalendarDay(entry.expires)) return { findings, usable: false };
  const ahead = daysBetween(ctx.today, entry.expires);
  if (ahead < 0) {
    const by = `approved by ${entry.approver}`;
    findings.push(waiverFinding(entry.at('expires'), strict ? 'error' : 'warning', `${label} (${by}) expired on ${entry.expires} and no longer applies`, 'fix the findings it covered, or renew it with a new end date and a new approval'));
    return { findings, usable: false };
  }
  if (ahead > ctx.maxDays) {
    const message = `${label} expires on ${entry.expires}, ${ahead} days ahead; at most ${ctx.maxDays} are allowed (\`policy.maxWaiverDays\`)`;
    findings.push(waiverFinding(entry.at('expires'), strict ? 'error' : 'warning', message, `set \`expires\` to ${ctx.maxDays} days ahead or less, and renew it when it runs out`));
    return { findings, usable: !strict };
  }
  return { findings, usable: true };
}

/** A finding about a waiver at its place in the configuration file. */
export function waiverFinding(at: Location, severity: Severity, message: string, hint: string, ruleId = WAIVER_RULE): Finding {
  return { ruleId, severity, message, hint, location: at, docsUrl: docsUrlOf(ruleId) };
}
