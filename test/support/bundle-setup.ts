/**
 * Vitest global setup: a directory for this test run's shared bundles (`sharedBundle` in
 * bundle.ts), removed when the run ends. Nothing is built here: a run without bundle tests builds none.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    bundleRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'b3os-bundles-'));
  project.provide('bundleRoot', root);
  return () => rm(root, { recursive: true, force: true });
}
