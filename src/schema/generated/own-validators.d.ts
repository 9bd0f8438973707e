// Types of own-validators.js, which scripts/build-validators.mjs generates.
import type { ErrorObject } from 'ajv';

/** A standalone ajv validator: true when the value is valid, otherwise its errors are set. */
export interface StandaloneValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const config: StandaloneValidate;
export declare const workflow: StandaloneValidate;
export declare const manifest: StandaloneValidate;
export declare const environment: StandaloneValidate;
export declare const template: StandaloneValidate;
export declare const pinnedFile: StandaloneValidate;
export declare const actionFields: StandaloneValidate;
export declare const triggerFields: StandaloneValidate;
