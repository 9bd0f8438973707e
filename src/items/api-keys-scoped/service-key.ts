import { secretValueRule } from '../../secrets/secret-rule.js';

/** Another service's API key in a file (OpenAI, Anthropic, SendGrid, Google, a random value under an API-key name, …). */
export const serviceKey = secretValueRule(
  'api-keys-scoped/service-key',
  'another service\'s API key sits in a file (OpenAI, Anthropic, Groq, Hugging Face, SendGrid, Linear, Notion, Google, Vercel, a random value under an API-key name, …)',
  'the secret store of the service that uses it, inventoried under `apiKeys`',
);
