import { secretValueRule } from '../../secrets/secret-rule.js';

/** A provider token a connector should hold: Slack, Telegram, GitHub, GitLab, cloud, Stripe, Shopify, npm. */
export const providerToken = secretValueRule(
  'credentials-in-connectors/provider-token',
  'a provider token (Slack, Telegram, GitHub, GitLab, AWS, Google Cloud, Vault, Stripe, Shopify, npm, Docker) sits in a file',
  'a B3OS connector of that provider, referenced by its `conn_…` id',
);
