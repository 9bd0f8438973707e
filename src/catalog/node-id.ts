/** The SDK action id rule (base-action.ts `validateActionId`): kebab-case, no `--`. */
export const SDK_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SDK_ID_MIN_LENGTH = 3;
export const SDK_ID_MAX_LENGTH = 50;

/** The rule as users read it in problems. */
export const SDK_ID_RULE = `${SDK_ID_MIN_LENGTH}–${SDK_ID_MAX_LENGTH} characters of a-z, 0-9 and single inner hyphens (${SDK_ID_PATTERN.source})`;

/** Why `id` breaks the SDK id rule, or undefined when it satisfies it. */
export function sdkIdViolation(id: string): string | undefined {
  if (id.length >= SDK_ID_MIN_LENGTH && id.length <= SDK_ID_MAX_LENGTH && SDK_ID_PATTERN.test(id)) return undefined;
  return `\`${id}\` breaks the SDK id rule: ${SDK_ID_RULE}`;
}
