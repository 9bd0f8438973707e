/**
 * The readiness manifest (`workflows/<slug>/b3os.yaml`) and the environment inventory
 * (`environments/<env>.yaml`) as typed values. `schemas/workflow-manifest.schema.json` and
 * `schemas/environment.schema.json` are the contract; a value of these types has passed them.
 */

/** How a node may handle token approvals. */
export type ApprovalPolicy = 'none' | 'exact' | 'unlimited-acknowledged';

/** A bound on one payload key the gate has no role for: allowed literal values, or a largest amount. */
export interface FieldBound {
  readonly allowed?: readonly (string | number | boolean)[];
  /** Non-negative decimal string ("0.5"), compared exactly as a decimal. */
  readonly max?: string;
}

/** Bounds of one funds-moving node (`nodes.<id>.funds`). */
export interface FundsBounds {
  readonly chains?: readonly number[];
  readonly tokens?: readonly string[];
  readonly recipients?: readonly string[];
  /** Decimal string of digits, raw token units. */
  readonly maxAmount?: string;
  readonly approvals?: ApprovalPolicy;
  readonly approvalReason?: string;
  readonly maxSlippageBps?: number;
  /** Decimals of the token, to read amounts written in token units and to show raw amounts. */
  readonly decimals?: number;
  readonly symbol?: string;
  readonly fields?: Readonly<Record<string, FieldBound>>;
}

/** One piece of test evidence for a definition. */
export interface Evidence {
  readonly kind: 'simulation' | 'dust-test' | 'testnet';
  readonly runId?: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `sha256:` + 64 hex. */
  readonly definitionHash: string;
}

/** One source of the workflow's fund auto-swap (the `PUT /v1/workflows/{id}/fund-auto-swap` body). */
export interface AutoSwapSource {
  readonly walletId?: string;
  readonly chainId?: number;
  readonly tokenAddress?: string;
  readonly slippageBps?: number;
}

/** The workflow's fund auto-swap configuration. */
export interface FundAutoSwap {
  readonly enabled?: boolean;
  readonly maxSwapAmountUsd?: number;
  readonly mode?: string;
  readonly sources?: readonly AutoSwapSource[];
}

/** How webhook deliveries are verified and deduplicated. */
export interface Verification {
  readonly signatureHeader: string;
  readonly algorithm: string;
  readonly idempotencyKey?: string;
  readonly replayAlertPerHour?: number;
}

/** The readiness manifest of one workflow. */
export interface Manifest {
  readonly environment: string;
  readonly owner: string;
  readonly onCall?: string;
  readonly runbook?: string;
  readonly nodes?: Readonly<Record<string, { readonly funds?: FundsBounds }>>;
  readonly evidence?: readonly Evidence[];
  readonly webhook?: { readonly verification: Verification };
  readonly fundAutoSwap?: FundAutoSwap;
}

/** One connector of the inventory. */
export interface InventoryConnector {
  readonly id: string;
  readonly type: string;
  readonly organization?: string;
  readonly owner: string;
  readonly scopes: readonly string[];
}

/** One organization wallet of the inventory. */
export interface InventoryWallet {
  readonly id: string;
  readonly address: string;
  readonly purpose: 'operational' | 'human';
}

/** One execution webhook endpoint. */
export interface ExecutionWebhook {
  readonly id: string;
  readonly url: string;
  readonly events: readonly string[];
  readonly maxRetries?: number;
  readonly status?: 'active' | 'disabled';
  readonly verification?: Verification;
}

/** One API key of the inventory (never its value). */
export interface InventoryApiKey {
  readonly name: string;
  readonly service: string;
  readonly scope: 'read' | 'read-write';
  readonly owner: string;
  /** `YYYY-MM-DD`. */
  readonly rotatedAt: string;
  readonly writeJustification?: string;
}

/** The environment inventory. */
export interface Environment {
  readonly orgId: string;
  readonly connectors?: readonly InventoryConnector[];
  readonly wallets?: readonly InventoryWallet[];
  readonly executionWebhooks?: readonly ExecutionWebhook[];
  readonly apiKeys?: readonly InventoryApiKey[];
  readonly connectorScopes?: Readonly<Record<string, readonly string[]>>;
}
