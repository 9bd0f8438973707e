/**
 * Minimal provider scopes per connector type, for environments that declare no `connectorScopes`
 * of their own. B3OS does not expose the scopes a connector was granted (b3os-platform.md §5), so
 * these are the provider's documented minimum for what the platform's actions of that type do.
 * Each entry names its source. A type not listed here needs `connectorScopes.<type>` in the
 * environment before a connector of it may list any scope.
 */

/** The smallest set of scopes a connector type needs, and where that comes from. */
export interface MinimalScopes {
  readonly scopes: readonly string[];
  readonly source: string;
}

export const DEFAULT_SCOPES: Readonly<Record<string, MinimalScopes>> = {
  slack: {
    scopes: ['chat:write'],
    source:
      'the Slack actions of the B3OS catalog (`slack-send-message`, `slack-send-block-kit-message`) post messages, which needs the bot scope `chat:write` (Slack API, chat.postMessage: https://api.slack.com/methods/chat.postMessage)',
  },
  telegram: {
    scopes: [],
    source: 'a Telegram bot token carries no scopes (Telegram Bot API, "Authorizing your bot": https://core.telegram.org/bots/api#authorizing-your-bot)',
  },
  'telegram-bot': {
    scopes: [],
    source: 'a Telegram bot token carries no scopes (Telegram Bot API, "Authorizing your bot": https://core.telegram.org/bots/api#authorizing-your-bot)',
  },
};

/** The minimal scopes of a connector type: the environment's `connectorScopes` win over the defaults. */
export function minimalScopesOf(type: string, declared: Readonly<Record<string, readonly string[]>> | undefined): MinimalScopes | undefined {
  const own = declared && Object.hasOwn(declared, type) ? declared[type] : undefined;
  if (own) return { scopes: own, source: `\`connectorScopes.${type}\` of this environment` };
  return Object.hasOwn(DEFAULT_SCOPES, type) ? DEFAULT_SCOPES[type] : undefined;
}
