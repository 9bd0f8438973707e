import { locationIn } from '../../core/locate.js';
import { defineRule, type Reporter, type RuleContext } from '../../core/rule.js';
import { sameAddress } from '../../funds/amounts.js';
import type { Environment } from '../../readiness/formats.js';
import { checkedFile, type Checked } from '../../readiness/inputs.js';
import { readinessInputs } from '../../readiness/workflows.js';
import { walletPointer } from './wallet-use.js';

/**
 * One wallet, one purpose: an address listed as both operational and human, or one wallet id
 * listed twice with different addresses, makes every purpose check meaningless.
 */
export const walletPurposeConflict = defineRule(
  {
    id: 'wallets-dedicated/wallet-purpose-conflict',
    description: 'no address is listed as both operational and human, and no wallet id has two addresses',
    severity: 'error',
  },
  async (ctx, reporter) => {
    for (const env of await environments(ctx)) checkInventory(reporter, env);
  },
);

type ValidEnvironment = Extract<Checked<Environment>, { state: 'valid' }>;

/** The valid environments the change touches, and those of the workflows it touches. */
async function environments(ctx: RuleContext): Promise<ValidEnvironment[]> {
  const found = new Map<string, Checked<unknown>>();
  for (const object of ctx.affected.objects('environment')) for (const file of object.files) found.set(file, await checkedFile(ctx.head, file, 'environment'));
  for (const inputs of await readinessInputs(ctx, ['workflow', 'manifest', 'environment'])) {
    const env = inputs.environment;
    if (env && env.state !== 'missing') found.set(env.path, env);
  }
  return [...found.values()].filter((env): env is ValidEnvironment => env.state === 'valid');
}

function checkInventory(reporter: Reporter, env: ValidEnvironment): void {
  const wallets = env.value.wallets ?? [];
  wallets.forEach((wallet, i) => {
    const earlier = wallets.slice(0, i);
    const twin = earlier.find((w) => w.id === wallet.id && !sameAddress(w.address, wallet.address));
    const other = earlier.find((w) => sameAddress(w.address, wallet.address) && w.purpose !== wallet.purpose);
    if (twin) {
      reporter.report({
        message: `wallet \`${wallet.id}\` is listed twice with different addresses (${short(twin.address)} and ${short(wallet.address)})`,
        hint: 'keep one entry per wallet id, with the address B3OS shows for it',
        location: locationIn(env.doc, walletPointer(i, 'address')),
      });
    }
    if (other) {
      reporter.report({
        message: `address ${short(wallet.address)} is listed as ${other.purpose} (\`${other.id}\`) and as ${wallet.purpose} (\`${wallet.id}\`)`,
        hint: 'give each address one purpose: move funds to a wallet of its own for the other use',
        location: locationIn(env.doc, walletPointer(i, 'purpose')),
      });
    }
  });
}

function short(address: string): string {
  return `\`${address.length > 14 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address}\``;
}
