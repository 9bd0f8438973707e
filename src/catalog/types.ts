/**
 * The catalog of node types: where the payload and result schemas of every action, trigger and
 * logic node come from (product.md "Where schemas come from").
 */

/** Where an entry was found, in lookup order: repository, pinned, live, shipped. */
export type CatalogSource = 'repository' | 'pinned' | 'live' | 'shipped';

/** What a node type is: a catalog action, a trigger (workflow root) or a logic / built-in node. */
export type NodeKind = 'action' | 'trigger' | 'logic';

/** How much of an entry's payload contract is known. */
export type SchemaCompleteness = 'complete' | 'partial' | 'name-only';

/** How a node moves funds. `spend` covers gas and payments whose shape no source states. */
export type FundsKind = 'send' | 'swap' | 'bridge' | 'approval' | 'order' | 'receive' | 'spend';

/** What a payload field means for the funds a node moves. `units` of an amount: raw (smallest unit) or token units. */
export interface FieldRole {
  readonly role: 'chain' | 'token' | 'recipient' | 'spender' | 'amount' | 'slippage-bps' | 'unlimited-flag';
  readonly units?: 'raw' | 'token';
  /** Decimals of the token an amount in token units is written in, when the action fixes it (SOL: 9). */
  readonly decimals?: number;
}

/** The shipped catalog's funds facts of an action: its kind of movement and the roles of its payload fields. */
export interface FundsFacts {
  readonly kind: FundsKind;
  readonly fields: Readonly<Record<string, FieldRole>>;
  /** Where the facts are stated. */
  readonly source: string;
}

/** What one source knows about one node type. Schemas are plain JSON Schema objects. */
export interface CatalogEntry {
  readonly type: string;
  readonly kind: NodeKind;
  readonly name?: string;
  readonly category?: string;
  readonly source: CatalogSource;
  /** Repo path of the definition, the pinned file, the API URL, or 'shipped:<source page or note>'. */
  readonly origin: string;
  /** JSON Schema; absent when only the name is known. */
  readonly payloadSchema?: object;
  readonly resultSchema?: object;
  /** Triggers: the schema of a `wait` node's `triggerConfig` when it waits for this trigger (TriggerDefinition). */
  readonly waitPayloadSchema?: object;
  /** 'complete' when the payload schema is the whole contract, 'partial' when it is known to be cut short. */
  readonly schemaCompleteness: SchemaCompleteness;
  readonly connector?: { readonly type: string };
  readonly requiresGas?: boolean;
  /** Opaque; any non-empty value marks a funds-moving action. */
  readonly fundsMovement?: unknown;
  /** Funds facts the shipped catalog states (kind and field roles). */
  readonly funds?: FundsFacts;
  /** `read` or `write`, as SDK metadata and the platform's tags state it. */
  readonly operationType?: string;
  readonly tags?: readonly string[];
  readonly documentationUrl?: string;
  readonly exampleOutput?: unknown;
  readonly notes?: readonly string[];
  /** Shipped only: this id is an older spelling of `aliasOf`, whose facts it carries (the sources disagree). */
  readonly aliasOf?: string;
}

/** Lookup over all catalog layers. */
export interface Catalog {
  /** The entry of the first source that knows `type`, in order repository, pinned, live, shipped. */
  lookup(type: string): CatalogEntry | undefined;
  /** Every known type, sorted, without duplicates. */
  types(): readonly string[];
  /**
   * "Did you mean": known types within Levenshtein distance max(2, floor(len/3)) of `type`, nearest
   * first (ties alphabetical), at most `max` (default 3). Never contains `type` itself.
   */
  suggest(type: string, max?: number): readonly string[];
  /**
   * True when a source that lists the whole platform was consulted (a pinned catalog, or the live
   * API): a type none of the layers knows does not exist. False when only the shipped catalog (and
   * the repository's own definitions) were: such a type may exist unseen.
   */
  readonly complete: boolean;
}

/**
 * A problem found while reading a definition. `pointer` is a JSON pointer into the JSON file, or
 * into the extracted value for TypeScript sources ('' when the problem is not about a value);
 * `line`/`column` (1-based) are set where the position is known without a JSON locator (TypeScript).
 */
export interface CatalogProblem {
  readonly pointer: string;
  readonly message: string;
  /** The file the problem is in; set for SDK folders, whose problems span schema.ts and execute.ts. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Set when the definition could not be read statically (not a literal): unknown, not wrong. */
  readonly unverified?: true;
}

/** True when an entry can move funds: non-empty `fundsMovement`, a wallet connector, or gas. */
export function movesFunds(entry: CatalogEntry): boolean {
  return (
    isNonEmpty(entry.fundsMovement) || entry.connector?.type === 'wallet' || entry.requiresGas === true
  );
}

function isNonEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Where an entry comes from, in words for a message: a repository path, or the API or shipped catalog. */
export function originText(entry: CatalogEntry): string {
  if (entry.source === 'shipped') return 'the catalog shipped with b3os-readiness';
  if (entry.source === 'live') return 'the B3OS API';
  return entry.origin;
}
