import { secretValueRule } from '../../secrets/secret-rule.js';

/** A webhook signing secret, or a Slack or Discord webhook URL (the URL is the credential). */
export const webhookSecret = secretValueRule(
  'credentials-in-connectors/webhook-secret',
  'a webhook signing secret (`whsec_…`, a random value under a signing-secret name) or a Slack or Discord incoming-webhook URL sits in a file',
  'a B3OS connector (Slack, Discord) or the receiver\'s secret store',
);
