// The workflow.json of generated workflow `i` (~2 KB), in a realistic mix of kinds chosen by `i % 10`:
// payouts that move funds, price alerts, workflows using the repository's own SDK actions, and
// webhook-driven workflows. A few workflows carry a deliberate problem (see FLAWS), so the reports
// the bench records hold findings with positions, not only passes.
import { fxRate, sdkActionOf } from './actions.mjs';

export const USDC_BASE = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
export const OPS_WALLET = '0x1111111111111111111111111111111111111111';

/** The kind of workflow `i`: 2 in 10 move funds, 3 alert on prices, 3 use SDK actions, 2 are webhooks. */
export const KINDS = ['alert', 'payout', 'payout', 'alert', 'alert', 'fx', 'fx', 'action', 'webhook', 'webhook'];
export const kindOf = (i) => KINDS[i % KINDS.length];

/** Deliberate problems, by `i % 50`: each residue falls on a kind that has the node it breaks. */
export const FLAWS = { 3: 'type-typo', 11: 'no-runbook', 15: 'payload-type', 28: 'missing-child' };
export const flawOf = (i) => FLAWS[i % 50];

/** The slug of workflow number `i`: `payout-00042`, `alert-00003`. */
export function slug(i) {
  return `${kindOf(i)}-${String(i).padStart(5, '0')}`;
}

export function recipient(i) {
  return '0x' + (0x2222 + i).toString(16).padStart(40, '2');
}

/** The payout amount of workflow `i`, in USDC units (6 decimals). */
export const amountOf = (i) => (250 + (i % 500)) * 1_000_000;

function slack(text, { branch, children = [], typo = false } = {}) {
  return {
    type: typo ? 'slack-send-mesage' : 'slack-send-message',
    description: 'Posts to #ops-alerts through the ops Slack connector, which only the ops team administers.',
    ...(branch ? { branch } : {}),
    connector: { type: 'slack', id: 'conn_ops_slack' },
    payload: { conversation: 'C0OPSALERT', text },
    children,
  };
}

function cron(i, children) {
  const day = ['MO', 'TU', 'WE', 'TH', 'FR'][i % 5];
  return { type: 'cronjob', titleOverride: `Every ${day} 09:00 UTC`, payload: { rrule: `DTSTART:20261102T090000Z\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=${day}` }, children };
}

function payout(i) {
  const amount = amountOf(i);
  return {
    root: cron(i, ['check_balance']),
    check_balance: { type: 'get-balance', description: 'Reads the USDC balance of the ops payouts wallet on Base.', payload: { tokenAddress: USDC_BASE, accountAddress: OPS_WALLET, chainId: 8453 }, children: ['enough_balance'] },
    enough_balance: {
      type: 'if',
      description: `Pays only when the wallet holds at least ${amount / 1e6} USDC.`,
      payload: { condition: { $and: [{ '{{$nodes.check_balance.result.balance}}': { $gte: amount } }] } },
      children: ['pay_vendor', 'notify_low_balance'],
    },
    pay_vendor: {
      type: 'send-erc20-token',
      branch: 'then',
      titleOverride: `Pay vendor ${i}`,
      connector: { type: 'wallet', id: 'wal_ops_payouts', chainId: 8453 },
      payload: { tokenAddress: USDC_BASE, recipientAddress: recipient(i), amount: String(amount), chainId: 8453 },
      children: [],
    },
    notify_low_balance: slack(`Payout ${i} skipped: the ops payouts wallet holds {{$nodes.check_balance.result.formattedBalance}} USDC on Base, ${amount / 1e6} USDC needed. Top it up and re-run (runbook: docs/runbooks/${slug(i)}.md).`, { branch: 'else' }),
  };
}

function alert(i, revision) {
  const asset = ['ETHUSD', 'BTCUSD', 'SOLUSD'][i % 3];
  const target = 1000 + (i % 97) * 50 + revision * 25;
  return {
    root: { type: 'token-price-cexes', titleOverride: `${asset} crosses ${target} USD`, payload: { asset, targetPrice: target, operation: 'cross-up' }, children: ['post_price'] },
    post_price: slack(`${asset} crossed ${target} USD: {{root.result.price}} USD at {{$trigger.triggeredAt}}. Alert ${i}; see docs/runbooks/${slug(i)}.md before acting on it.`, { typo: flawOf(i) === 'type-typo', children: ['log_alert'] }),
    log_alert: { type: 'log', description: 'Keeps a trace of every alert in the run log.', payload: { message: `alert ${i} (${asset} > ${target})` }, children: [] },
  };
}

function sdkUser(i, revision, action) {
  const payload = action.payload(i, revision);
  if (flawOf(i) === 'payload-type') payload[action.numericField] = 42;
  return {
    root: cron(i, ['read']),
    read: { type: action.type, description: `Reads with the team's own ${action.type} action.`, payload, children: ['report'] },
    report: slack(`Report ${i}: {{$nodes.read.result.${action.resultField}}} (read with ${action.type}); runbook docs/runbooks/${slug(i)}.md.`),
  };
}

function webhook(i, revision) {
  const children = flawOf(i) === 'missing-child' ? ['forward', 'notify', 'archive'] : ['forward', 'notify'];
  return {
    root: { type: 'manual', description: `Webhook endpoint ${i}, called by Acme Billing with the event as JSON body.`, payload: {}, children },
    forward: {
      type: 'send-webhook',
      payload: { url: `https://erp.acme.example/b3os/events/${i}`, headers: { 'x-idempotency-key': '{{$trigger.body.eventId}}' }, body: { event: '{{$trigger.body}}', revision }, maxRetries: 5 },
      children: [],
    },
    notify: slack(`Event {{$trigger.body.eventId}} received by webhook ${i} and forwarded to the ERP.`),
  };
}

/** The `definition.nodes` of workflow `i` at `revision`. */
export function nodesOf(i, revision = 0) {
  switch (kindOf(i)) {
    case 'payout': return payout(i);
    case 'alert': return alert(i, revision);
    case 'fx': return sdkUser(i, revision, fxRate);
    case 'action': return sdkUser(i, revision, sdkActionOf(i));
    default: return webhook(i, revision);
  }
}

/** The workflow.json text of workflow `i`; a later `revision` edits it as a pull request would. */
export function workflowText(i, revision = 0) {
  const name = kindOf(i) === 'payout' ? `Weekly vendor payout ${i}` : `${kindOf(i)} workflow ${i}`;
  const what = kindOf(i) === 'payout' ? 'pays a vendor in USDC on Base and alerts #ops-alerts when the wallet runs low' : 'reports to #ops-alerts';
  const description = `${name} (revision ${revision}): ${what}. Owned by the team its manifest names; its runbook says how to pause it, retry a failed run and whom to call. Edited only through pull requests, which the readiness check holds to the production checklist before they merge.`;
  const body = { name, description, cooldownMs: 3_600_000, maxRuns: 520, definition: { triggerNodeIds: ['root'], nodes: nodesOf(i, revision) } };
  return JSON.stringify(body, null, 2) + '\n';
}
