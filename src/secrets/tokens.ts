import { entropyOf, isPlaceholder } from './context.js';
import type { SecretHit, SecretKind } from './kinds.js';

/** A token shape: the regex (global, `d` flag for group offsets) and the group that is the secret. */
interface TokenShape {
  readonly kind: SecretKind;
  readonly pattern: RegExp;
  readonly group: number;
  /** The prefilter: a literal part of every match, found far faster than the pattern; the pattern runs only on a text that has it. */
  readonly hint: RegExp;
  /** Extra test of the secret part (entropy, placeholders). */
  readonly accept?: (secret: string) => boolean;
}

/** A password part that only names what belongs there. */
const PASSWORD_WORDS = /^(?:password|passwd|pass|secret|pwd|token|user|username)$/i;

const randomLooking = (secret: string) => !isPlaceholder(secret) && entropyOf(secret) >= 3 && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret);

/**
 * Token shapes secretlint's recommended preset does not know. Each regex is linear: bounded
 * repetitions of single character classes, no nested quantifiers (threats.md T7).
 */
export const SHAPES: readonly TokenShape[] = [
  // B3OS API keys (b3os-platform.md §8; the MCP package's leak check uses the same shape).
  { kind: 'b3os-api-key', pattern: /(?<![A-Za-z0-9])b3sk_[A-Za-z0-9_-]{16,256}/dg, group: 0, hint: /b3sk_/ },
  // Alone, or right after `bot`, as in the Bot API URL (`https://api.telegram.org/bot<id>:AA…/sendMessage`).
  { kind: 'telegram-bot-token', pattern: /(?:(?<=bot)|(?<![A-Za-z0-9]))[0-9]{5,16}:A[A-Za-z0-9_-]{34}(?![A-Za-z0-9_-])/dg, group: 0, hint: /[0-9]:A/ },
  { kind: 'webhook-url', pattern: /https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/([A-Za-z0-9_-]{60,100})/dg, group: 1, hint: /discord/ },
  { kind: 'webhook-signing-secret', pattern: /(?<![A-Za-z0-9])whsec_[A-Za-z0-9+/=]{24,128}/dg, group: 0, hint: /whsec_/ },
  { kind: 'service-api-key', pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/dg, group: 0, hint: /AIza/ },
  // Shapes secretlint finds too, kept here so the redactor (which runs these detectors alone) masks them in any text.
  { kind: 'github-token', pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9_]{36}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/dg, group: 0, hint: /gh[pousr]_|github_pat_/ },
  { kind: 'slack-token', pattern: /(?<![A-Za-z0-9])(?:xox[abposr]|xapp)-[0-9A-Za-z-]{10,250}/dg, group: 0, hint: /xox[abposr]-|xapp-/ },
  { kind: 'cloud-credential', pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/dg, group: 0, hint: /AKIA|ASIA/ },
  // Node provider URLs whose path carries the project key.
  { kind: 'rpc-url-key', pattern: /(?:https|wss):\/\/[a-z0-9.-]{0,64}infura\.io\/(?:v3|ws\/v3)\/([0-9a-f]{32})/dg, group: 1, hint: /infura\.io\// },
  { kind: 'rpc-url-key', pattern: /(?:https|wss):\/\/[a-z0-9.-]{0,64}alchemy(?:api)?\.(?:com|io)\/v2\/([A-Za-z0-9_-]{20,64})/dg, group: 1, accept: randomLooking, hint: /alchemy/ },
  { kind: 'rpc-url-key', pattern: /(?:https|wss):\/\/[a-z0-9.-]{1,64}\.quiknode\.pro\/([0-9a-f]{32,64})/dg, group: 1, hint: /\.quiknode\.pro\// },
  { kind: 'rpc-url-key', pattern: /(?:https|wss):\/\/rpc\.ankr\.com\/[a-z0-9_]{1,32}\/([0-9a-f]{64})/dg, group: 1, hint: /:\/\/rpc\.ankr\.com\// },
  { kind: 'rpc-url-key', pattern: /(?:https|wss):\/\/[a-z0-9.-]{1,64}\.(?:blastapi\.io|chainstack\.com|core\.chainstack\.com)\/([0-9a-f-]{32,36})/dg, group: 1, hint: /\.(?:blastapi\.io|chainstack\.com)\// },
  // A key in a URL query (`?api-key=…`, `&apikey=…`, Helius, dRPC, Etherscan).
  { kind: 'url-query-key', pattern: /[?&](?:api[-_]?key|apikey|access[-_]?token|auth[-_]?token|token|dkey|key)=([A-Za-z0-9_-]{16,128})/dgi, group: 1, accept: randomLooking, hint: /(?:key|token)=/i },
  // A password in a URL (`https://user:pass@host`, `postgres://u:p@db`, `redis://:p@cache` with no user): any scheme.
  { kind: 'url-credentials', pattern: /[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/'"`]{0,128}:([^\s@/'"`]{1,256})@[A-Za-z0-9]/dgi, group: 1, accept: (s) => !isPlaceholder(s) && !PASSWORD_WORDS.test(s), hint: /:\/\/[^\s@/'"`]{1,385}@/ },
];

/** Every token of a known shape in the text. */
export function findTokens(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const shape of SHAPES) {
    if (!shape.hint.test(text)) continue;
    for (const match of text.matchAll(shape.pattern)) {
      const secret = match[shape.group];
      const [start, end] = match.indices![shape.group];
      if (shape.accept && !shape.accept(secret)) continue;
      hits.push({ kind: shape.kind, start, end, value: secret });
    }
  }
  return hits;
}
