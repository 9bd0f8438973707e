/**
 * The "Funds this change can move" table: one row per funds node of an affected workflow, with
 * the bounds its manifest sets, so a treasury reviewer sees the change's exposure at a glance.
 */
import type { FundsRow } from '../core/types.js';
import { chainLabel } from '../funds/chains.js';
import { codeSpan, escapeMarkdownText, escapeTableCell } from './escape.js';
import { renderTableSection } from './markdown-tables.js';

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const LISTED = 2;

const EVIDENCE: Readonly<Record<FundsRow['evidence'], string>> = {
  current: '✅',
  stale: '❌ stale',
  missing: '❌ none',
};

/** `0x8335…2913` for an EVM address; anything else as it is (code spans cap the length). */
export function shortAddress(value: string): string {
  return EVM_ADDRESS.test(value) ? `${value.slice(0, 6)}…${value.slice(-4)}` : value;
}

/** The first two values, then "+N"; "any" when the manifest lists none. */
function list(values: readonly string[], show: (v: string) => string): string {
  if (values.length === 0) return 'any';
  const shown = values.slice(0, LISTED).map(show);
  return values.length > LISTED ? `${shown.join(', ')} +${values.length - LISTED}` : shown.join(', ');
}

const address = (value: string): string => codeSpan(shortAddress(value), 60);

/** "USDC `0x8335…2913`" when the manifest names the one token's symbol. */
function tokens(row: FundsRow): string {
  const symbol = row.maxAmount?.symbol;
  if (symbol === undefined || row.tokens.length !== 1) return list(row.tokens, address);
  return `${escapeMarkdownText(symbol, 20)} ${address(row.tokens[0])}`;
}

/** "1,500 USDC (`1500000000`)" with decimals, "`1500000000` raw" without. */
function amount(row: FundsRow): string {
  const max = row.maxAmount;
  if (!max) return 'any';
  if (max.units === undefined) return `${codeSpan(max.raw, 90)} raw`;
  const symbol = max.symbol !== undefined ? ` ${escapeMarkdownText(max.symbol, 20)}` : '';
  return `${max.units}${symbol} (${codeSpan(max.raw, 90)})`;
}

/** "❌ stale (dust-test 2026-11-21)". */
function evidence(row: FundsRow): string {
  const run = row.evidenceRun;
  return run ? `${EVIDENCE[row.evidence]} (${escapeMarkdownText(run.kind, 20)} ${escapeMarkdownText(run.date, 10)})` : EVIDENCE[row.evidence];
}

/** One row of the funds table. */
export function renderFundsRow(row: FundsRow): string {
  const where = `${codeSpan(row.workflow, 80)} · ${codeSpan(row.node, 80)}`;
  const action = `${codeSpan(row.action, 80)} (${escapeMarkdownText(row.kind, 20)})`;
  const bounds = row.bounded
    ? [list(row.chains, (c) => escapeMarkdownText(chainLabel(c), 40)), tokens(row), list(row.recipients, address), amount(row), escapeMarkdownText(row.approvals ?? '–', 40)]
    : ['❌ no bounds', '–', '–', '–', '–'];
  const cells = [where, action, ...bounds, evidence(row)];
  return `| ${cells.map(escapeTableCell).join(' | ')} |`;
}

const SECTION = {
  title: 'Funds this change can move',
  header: ['workflow · node', 'action', 'chain', 'token', 'recipient', 'max amount', 'approvals', 'evidence'],
  noun: 'more funds node',
};

/** The table with the first `shown` rows and a line for the rest; '' when no funds node is affected. */
export function renderFundsTable(rows: readonly FundsRow[], shown: number, moreNote: string): string {
  return renderTableSection(SECTION, rows.slice(0, shown).map(renderFundsRow), rows.length, moreNote);
}
