import type { CatalogEntry } from '../catalog/types.js';

/** One error of the platform's own validation (`ValidationErrorItem` of the B3OS API). */
export interface PlatformValidationError {
  readonly type: string;
  readonly message: string;
  readonly nodeId?: string;
  readonly nodeName?: string;
  readonly field?: string;
  readonly code?: string;
}

/** What the live catalog lookup returned: entries found, and types it could not fetch (with why). */
export interface LiveLookup {
  readonly entries: readonly CatalogEntry[];
  readonly failures: ReadonlyArray<{ readonly type: string; readonly reason: string }>;
}

/**
 * The B3OS API as the gate uses it: read-only catalog lookups and validation. Never anything
 * that runs, tests or publishes. Absent when no `b3os-api-url` is configured: the gate is offline.
 */
export interface PlatformPort {
  readonly baseUrl: string;
  /** `GET /v1/actions/{type}` or `/v1/triggers/{type}` per type, cached for the run. */
  lookupTypes(types: readonly string[]): Promise<LiveLookup>;
  /**
   * `POST /v1/workflows/validate`; undefined when no API key is configured. Rejects with an
   * Error saying why when the API fails: the caller makes the item incomplete.
   */
  validateWorkflow?(body: { readonly name?: string; readonly definition: unknown }): Promise<{ valid: boolean; errors: PlatformValidationError[] }>;
}
