import { describe, expect, it } from 'vitest';
import type { SchemaChangeKind } from '../../../src/contract/schema-change.js';
import { breakingHint, breakingMessage, changePhrase, compatibleMessage, documentedMessage, uncomparedFinding } from '../../../src/items/public-contract/change-text.js';
import type { ReviewedChange } from '../../../src/items/public-contract/contract-review.js';
import type { Documentation } from '../../../src/items/public-contract/documentation.js';

/** A reviewed change of `payloadSchema.token` (or of the field at `path`), with these users. */
function reviewed(kind: SchemaChangeKind, o: { direction?: 'input' | 'output'; users?: string[]; path?: string[] } = {}): ReviewedChange {
  return {
    schema: o.direction === 'output' ? 'resultSchema' : 'payloadSchema',
    direction: o.direction ?? 'input',
    change: { path: o.path ?? ['token'], kind, breaking: true, detail: 'D' },
    users: o.users ?? ['workflows/quote'],
    location: { file: 'actions/acme-quote/action.json', line: 1, column: 1 },
  };
}

describe('changePhrase', () => {
  it.each<[SchemaChangeKind, string]>([
    ['field-removed', 'removing `payloadSchema.token` of `acme-quote`'],
    ['field-added-required', 'adding `payloadSchema.token` of `acme-quote` as a required field'],
    ['became-required', 'making `payloadSchema.token` of `acme-quote` required'],
    ['became-optional', 'making `payloadSchema.token` of `acme-quote` optional'],
    ['type-narrowed', 'narrowing the type of `payloadSchema.token` of `acme-quote` (D)'],
    ['type-widened', 'widening the type of `payloadSchema.token` of `acme-quote` (D)'],
    ['type-changed', 'changing the type of `payloadSchema.token` of `acme-quote` (D)'],
    ['enum-added', 'limiting `payloadSchema.token` of `acme-quote` to fixed values (D)'],
    ['enum-value-removed', 'removing allowed values of `payloadSchema.token` of `acme-quote` (D)'],
    ['pattern-changed', 'changing the pattern of `payloadSchema.token` of `acme-quote` (D)'],
    ['format-changed', 'changing the format of `payloadSchema.token` of `acme-quote` (D)'],
    ['bound-tightened', 'tightening `payloadSchema.token` of `acme-quote` (D)'],
    ['additional-properties-closed', 'closing `payloadSchema.token` of `acme-quote` to undeclared properties'],
    ['composition-changed', 'changing the anyOf/oneOf/allOf/$ref of `payloadSchema.token` of `acme-quote`'],
    ['constraint-added', 'adding a constraint to `payloadSchema.token` of `acme-quote` (D)'],
    ['constraint-changed', 'changing a constraint of `payloadSchema.token` of `acme-quote` (D)'],
    ['not-compared', 'changing `payloadSchema.token` of `acme-quote` in a way the gate does not compare (D)'],
    ['enum-removed', 'changing `payloadSchema.token` of `acme-quote` (D)'],
  ])('%s', (kind, phrase) => {
    expect(changePhrase('acme-quote', reviewed(kind))).toBe(phrase);
  });

  it('names the schema alone for a change at its root', () => {
    expect(changePhrase('acme-quote', reviewed('additional-properties-closed', { path: [] }))).toBe('closing `payloadSchema` of `acme-quote` to undeclared properties');
  });
});

describe('breakingMessage', () => {
  const users = (n: number) => Array.from({ length: n }, (_, i) => `workflows/w${i + 1}`);
  it.each<[string, ReviewedChange, string]>([
    ['a result field read', reviewed('field-removed', { direction: 'output' }), 'removing `resultSchema.token` of `acme-quote` breaks workflows that read it: workflows/quote'],
    ['a result field nobody reads', reviewed('field-removed', { direction: 'output', users: [] }), 'removing `resultSchema.token` of `acme-quote` breaks workflows that read it; no workflow in this repository uses it'],
    ['a result closed, nobody reads it', reviewed('additional-properties-closed', { direction: 'output', users: [] }), 'closing `resultSchema.token` of `acme-quote` to undeclared properties breaks workflows that read it; no workflow in this repository uses it'],
    ['a new required input', reviewed('field-added-required', { users: [] }), 'adding `payloadSchema.token` of `acme-quote` as a required field breaks workflows that do not set it; no workflow in this repository lacks it'],
    ['an input made required', reviewed('became-required'), 'making `payloadSchema.token` of `acme-quote` required breaks workflows that do not set it: workflows/quote'],
    ['an input closed', reviewed('additional-properties-closed', { users: [] }), 'closing `payloadSchema.token` of `acme-quote` to undeclared properties breaks workflows that set undeclared properties; no workflow in this repository sets undeclared properties'],
    ['an input narrowed, nobody sets it', reviewed('type-narrowed', { users: [] }), 'narrowing the type of `payloadSchema.token` of `acme-quote` (D) breaks workflows that set it; no workflow in this repository uses it'],
    ['ten users: all shown', reviewed('field-removed', { users: users(10) }), `removing \`payloadSchema.token\` of \`acme-quote\` breaks workflows that set it: ${users(10).join(', ')}`],
    ['eleven users: ten shown', reviewed('field-removed', { users: users(11) }), `removing \`payloadSchema.token\` of \`acme-quote\` breaks workflows that set it: ${users(10).join(', ')} and 1 more`],
  ])('%s', (_name, change, message) => {
    expect(breakingMessage('acme-quote', change)).toBe(message);
  });
});

describe('the other texts', () => {
  it('states a documented change with and without users', () => {
    expect(documentedMessage('acme-quote', reviewed('field-removed'))).toBe('documented breaking change: removing `payloadSchema.token` of `acme-quote`; used by workflows/quote');
    expect(documentedMessage('acme-quote', reviewed('field-removed', { users: [] }))).toBe('documented breaking change: removing `payloadSchema.token` of `acme-quote`');
  });

  it('states a compatible change at a field and at the root', () => {
    expect(compatibleMessage('acme-quote', reviewed('field-added-optional', { path: ['orders', '[]', 'id'] }))).toBe('non-breaking change to `payloadSchema.orders[].id` of `acme-quote`: D');
    expect(compatibleMessage('acme-quote', reviewed('additional-properties-opened', { path: [] }))).toBe('non-breaking change to `payloadSchema` of `acme-quote`: D');
  });

  it('says at which side a schema could not be read', () => {
    const location = { file: 'actions/acme-quote/action.json', line: 2, column: 3 };
    const base = { schema: 'resultSchema' as const, reason: 'R', hint: 'H', location };
    expect(uncomparedFinding('acme-quote', { ...base, missingAt: 'head' })).toEqual({ message: 'the contract of `acme-quote` could not be compared: its `resultSchema` can be read at the base but not at head (R)', hint: 'H', location, unverified: true });
    expect(uncomparedFinding('acme-quote', { ...base, missingAt: 'base' }).message).toBe('the contract of `acme-quote` could not be compared: its `resultSchema` can be read at head but not at the base (R)');
  });

  it('asks a platform type for the changelog line only', () => {
    const platform: Documentation = { needsDocsPage: false, expectedPage: 'docs/x.md', expectedChangelog: 'CHANGELOG.md', documented: false };
    expect(breakingHint('acme-quote', platform)).toBe('add a line naming `acme-quote` to `CHANGELOG.md` in this change (the platform owns the docs of platform types), or keep the contract compatible');
  });
});
