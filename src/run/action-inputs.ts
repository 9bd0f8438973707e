import * as core from '@actions/core';
import { UserError } from '../core/errors.js';
import { DEFAULT_LIMITS, parseLimit, type EngineLimits } from './isolated-engine.js';

/** The action's inputs, parsed once. Names match action.yml exactly (a meta-test checks both ways). */
export interface ActionInputs {
  readonly token: string;
  readonly config?: string;
  readonly mode: 'pr' | 'all';
  readonly comment: boolean;
  /** Write the `B3OS readiness` check run (needs `checks: write`; without it the job status alone carries the gate). */
  readonly checkRun: boolean;
  /** Undefined: the configuration's `failOn` decides. */
  readonly failOn?: 'error' | 'warning';
  readonly reportFile?: string;
  /** A report saved by a `pull_request` run, to publish from a `workflow_run` run instead of checking. */
  readonly savedReport?: string;
  readonly sarifFile?: string;
  readonly b3osApiUrl?: string;
  readonly b3osApiKey?: string;
  /** The check's deadline and heap (`time-limit` seconds, `memory-limit` MB). */
  readonly limits: EngineLimits;
}

/** Every input name the action reads. */
export const INPUT_NAMES = ['github-token', 'config', 'mode', 'comment', 'check-run', 'fail-on', 'report-file', 'saved-report', 'sarif-file', 'b3os-api-url', 'b3os-api-key', 'time-limit', 'memory-limit'] as const;

/** Reads and validates the inputs; a bad value is a `UserError` naming the input. */
export function readInputs(): ActionInputs {
  const apiKey = optional('b3os-api-key');
  if (apiKey) core.setSecret(apiKey);
  return {
    token: requiredInput('github-token', 'pass `${{ github.token }}` (the default) or a token with pull-requests: read and issues: write'),
    config: optional('config'),
    mode: choice('mode', ['pr', 'all'] as const, 'pr'),
    comment: choice('comment', ['true', 'false'] as const, 'true') === 'true',
    checkRun: choice('check-run', ['true', 'false'] as const, 'true') === 'true',
    failOn: optional('fail-on') === undefined ? undefined : choice('fail-on', ['error', 'warning'] as const, 'error'),
    reportFile: optional('report-file'),
    savedReport: optional('saved-report'),
    sarifFile: optional('sarif-file'),
    b3osApiUrl: optional('b3os-api-url'),
    b3osApiKey: apiKey,
    limits: { deadlineSeconds: limit('time-limit', 'deadlineSeconds'), heapMb: limit('memory-limit', 'heapMb') },
  };
}

function requiredInput(name: string, hint: string): string {
  const value = core.getInput(name).trim();
  if (value === '') throw new UserError(`input "${name}" is empty: ${hint}`);
  return value;
}

function optional(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = (core.getInput(name).trim() || fallback).toLowerCase();
  if (allowed.includes(value as T)) return value as T;
  throw new UserError(`input "${name}" must be one of ${allowed.join(', ')}, got "${value}"`);
}

function limit(name: string, kind: keyof EngineLimits): number {
  const value = core.getInput(name).trim();
  return value === '' ? DEFAULT_LIMITS[kind] : parseLimit(kind, value, `input "${name}"`);
}
