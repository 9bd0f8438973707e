import { unscannedFileRule } from '../../secrets/secret-rule.js';

/** A changed file that could not be scanned makes the item incomplete. */
export const unscannedFile = unscannedFileRule('api-keys-scoped/unscanned-file');
