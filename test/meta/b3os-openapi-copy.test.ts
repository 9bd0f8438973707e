import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED_SPEC_URL, SPEC_URL } from '../support/b3os-api/spec.js';

const shared = fileURLToPath(SHARED_SPEC_URL);

describe('the B3OS API description the tests use', () => {
  it.skipIf(!existsSync(shared))('is byte for byte the official one in ../shared/reference', () => {
    expect(readFileSync(SPEC_URL).equals(readFileSync(shared)), 'copy ../shared/reference/b3os-openapi.json to test/fixtures/b3os/').toBe(true);
  });
});
