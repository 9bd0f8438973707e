import { describe, expect, it } from 'vitest';
import { settingsFromConfig } from '../../src/core/config.js';
import { DEFAULT_POLICY } from '../../src/core/settings.js';
import { parseDocument } from '../../src/parse/document.js';

const PATH = '.github/b3os-readiness.yml';
const settingsOf = (yaml: string) => settingsFromConfig(parseDocument(PATH, new TextEncoder().encode(yaml)));

describe('policy lists of the configuration', () => {
  it('defaults to run.failed and node.failed, and to the well-known token contracts', () => {
    const policy = settingsOf('version: 1\n').policy;
    expect(policy.failureEvents).toEqual(['run.failed', 'node.failed']);
    expect(policy.wellKnownTokens).toContain('0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913');
  });

  it('replaces each list, and keeps the other policy keys', () => {
    const policy = settingsOf('policy:\n  failureEvents: [run.failed, run.cancelled]\n  wellKnownTokens: ["0x2222222222222222222222222222222222222222"]\n').policy;
    expect(policy).toEqual({ ...DEFAULT_POLICY, failureEvents: ['run.failed', 'run.cancelled'], wellKnownTokens: ['0x2222222222222222222222222222222222222222'] });
  });

  it.each([
    ['an empty failure events list', 'policy:\n  failureEvents: []\n', /^invalid configuration:\n\.github\/b3os-readiness\.yml:2:18: /],
    ['an event that is not `kind.name`', 'policy:\n  failureEvents: [failed]\n', /^invalid configuration:\n\.github\/b3os-readiness\.yml:2:19: /],
    ['a token that is not an EVM address', 'policy:\n  wellKnownTokens: ["USDC"]\n', /^invalid configuration:\n\.github\/b3os-readiness\.yml:2:21: /],
  ])('refuses %s, at its place', (_name, yaml, error) => {
    expect(() => settingsOf(yaml)).toThrow(error);
  });
});
