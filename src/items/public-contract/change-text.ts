import { pathText, type SchemaChangeKind } from '../../contract/schema-diff.js';
import type { Documentation } from './documentation.js';
import type { ReviewedChange } from './contract-review.js';
import type { ReportedFinding } from '../../core/rule.js';
import type { UncomparedSchema } from './uncompared.js';

const MAX_USERS_SHOWN = 10;

/** What a change does, as the start of a sentence: "removing `resultSchema.gwei` of `acme-gas-oracle`". */
export function changePhrase(type: string, reviewed: ReviewedChange): string {
  const { change } = reviewed;
  const at = pathText(change.path);
  const subject = `\`${reviewed.schema}${at === '' ? '' : `.${at}`}\` of \`${type}\``;
  const template = PHRASES[change.kind] ?? 'changing {s} ({d})';
  return template.replace('{s}', subject).replace('{d}', change.detail);
}

const PHRASES: Partial<Record<SchemaChangeKind, string>> = {
  'field-removed': 'removing {s}',
  'field-added-required': 'adding {s} as a required field',
  'became-required': 'making {s} required',
  'became-optional': 'making {s} optional',
  'type-narrowed': 'narrowing the type of {s} ({d})',
  'type-widened': 'widening the type of {s} ({d})',
  'type-changed': 'changing the type of {s} ({d})',
  'enum-added': 'limiting {s} to fixed values ({d})',
  'enum-value-removed': 'removing allowed values of {s} ({d})',
  'pattern-changed': 'changing the pattern of {s} ({d})',
  'format-changed': 'changing the format of {s} ({d})',
  'bound-tightened': 'tightening {s} ({d})',
  'additional-properties-closed': 'closing {s} to undeclared properties',
  'composition-changed': 'changing the anyOf/oneOf/allOf/$ref of {s}',
  'constraint-added': 'adding a constraint to {s} ({d})',
  'constraint-changed': 'changing a constraint of {s} ({d})',
  'not-compared': 'changing {s} in a way the gate does not compare ({d})',
};

/** The message of an undocumented breaking change, naming the workflows and templates it reaches. */
export function breakingMessage(type: string, reviewed: ReviewedChange): string {
  const who = `workflows that ${usage(reviewed)}`;
  const users = reviewed.users.length === 0 ? `; no workflow in this repository ${usesVerb(reviewed)}` : `: ${userList(reviewed.users)}`;
  return `${changePhrase(type, reviewed)} breaks ${who}${users}`;
}

/** The notice for a breaking change that is documented in the same change. */
export function documentedMessage(type: string, reviewed: ReviewedChange): string {
  const users = reviewed.users.length === 0 ? '' : `; used by ${userList(reviewed.users)}`;
  return `documented breaking change: ${changePhrase(type, reviewed)}${users}`;
}

/** The notice for a change that breaks nobody. */
export function compatibleMessage(type: string, reviewed: ReviewedChange): string {
  const at = pathText(reviewed.change.path);
  return `non-breaking change to \`${reviewed.schema}${at === '' ? '' : `.${at}`}\` of \`${type}\`: ${reviewed.change.detail}`;
}

/** The unverified finding for a schema read at one side of the change only. */
export function uncomparedFinding(type: string, missing: UncomparedSchema): ReportedFinding {
  const sides = missing.missingAt === 'head' ? 'at the base but not at head' : 'at head but not at the base';
  return {
    message: `the contract of \`${type}\` could not be compared: its \`${missing.schema}\` can be read ${sides} (${missing.reason})`,
    hint: missing.hint,
    location: missing.location,
    unverified: true,
  };
}

/** How to make a breaking change pass: the records it still lacks. */
export function breakingHint(type: string, documentation: Documentation): string {
  const page = documentation.needsDocsPage && !documentation.docsPage ? `update \`${documentation.expectedPage}\`` : undefined;
  const entry = documentation.changelog ? undefined : `add a line naming \`${type}\` to \`${documentation.expectedChangelog}\``;
  const todo = [page, entry].filter((t) => t !== undefined).join(' and ');
  const platform = documentation.needsDocsPage ? '' : ' (the platform owns the docs of platform types)';
  return `${todo} in this change${platform}, or keep the contract compatible`;
}

function usage(reviewed: ReviewedChange): string {
  if (reviewed.direction === 'output') return 'read it';
  if (reviewed.change.kind === 'field-added-required' || reviewed.change.kind === 'became-required') return 'do not set it';
  if (reviewed.change.kind === 'additional-properties-closed') return 'set undeclared properties';
  return 'set it';
}

function usesVerb(reviewed: ReviewedChange): string {
  if (reviewed.direction === 'output') return 'uses it';
  if (reviewed.change.kind === 'field-added-required' || reviewed.change.kind === 'became-required') return 'lacks it';
  return reviewed.change.kind === 'additional-properties-closed' ? 'sets undeclared properties' : 'uses it';
}

function userList(users: readonly string[]): string {
  const shown = users.slice(0, MAX_USERS_SHOWN).join(', ');
  return users.length > MAX_USERS_SHOWN ? `${shown} and ${users.length - MAX_USERS_SHOWN} more` : shown;
}
