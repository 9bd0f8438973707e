import { movesFunds, type CatalogEntry } from '../../catalog/types.js';
import { defineRule, type ReportedFinding } from '../../core/rule.js';
import { findSection, pageAnchor, type DocsPage, type PageTable } from '../../docs/page.js';
import { headingsFor } from '../../core/settings.js';
import { documentedTypes } from './documented.js';
import { cellAt, columnIndex, type ColumnName } from './table-columns.js';

/** A badge the At a Glance table must show for an action that can move funds. */
interface Badge {
  readonly column: ColumnName;
  readonly label: string;
  /** True when the cell text (lowercase) shows the badge. */
  readonly shows: (text: string) => boolean;
  readonly expected: string;
  /** What the definition declares, for the message. */
  readonly declared: string;
}

const NONE = /^(none|none declared|-|–|—|no|n\/a)?$/;
/** A caution: the word, a warning callout, or the B3OS reference pages' own sentence ("…Test with simulation or a controlled amount…"). */
const CAUTION = /caution|warning|simulation or a controlled amount/i;
const CAUTION_TOPIC = /fund|simulat|test/i;

/** A page of an action that moves funds, needs gas or a wallet shows it in the At a Glance table and warns. */
export const fundsCaution = defineRule(
  {
    id: 'docs-updated/funds-caution',
    description: 'the page of an action that moves funds, needs gas or needs a wallet shows the wallet, gas and funds badges and a caution paragraph',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const doc of await documentedTypes(ctx)) {
      if (doc.kind !== 'action' || doc.page.unparsed || !doc.entry || !movesFunds(doc.entry)) continue;
      const glance = findSection(doc.page, headingsFor(ctx.settings.docs.headings, 'glance'));
      const findings = glance ? badgeFindings(doc.page, doc.id, doc.entry, glance.tables[0], glance.heading) : [];
      for (const finding of [...findings, ...cautionFindings(doc.page, doc.id)]) report(finding);
    }
  },
);

function badgesOf(entry: CatalogEntry): Badge[] {
  const badges: Badge[] = [];
  if (entry.connector?.type === 'wallet') badges.push({ column: 'connector', label: 'Connector', shows: (t) => t.includes('wallet'), expected: 'wallet', declared: 'needs a wallet connector' });
  if (entry.requiresGas === true) badges.push({ column: 'gas', label: 'Requires gas', shows: (t) => t === 'yes' || t === 'true', expected: 'yes', declared: 'requires gas' });
  // movesFunds of the entry without connector and gas: true exactly when fundsMovement is non-empty.
  if (movesFunds({ ...entry, connector: undefined, requiresGas: undefined })) {
    badges.push({ column: 'funds', label: 'Funds movement', shows: (t) => !NONE.test(t), expected: 'send, swap or bridge', declared: 'declares `fundsMovement`' });
  }
  return badges;
}

function badgeFindings(page: DocsPage, id: string, entry: CatalogEntry, table: PageTable | undefined, heading: { line: number; column: number }): ReportedFinding[] {
  const badges = badgesOf(entry);
  if (badges.length === 0) return [];
  if (!table || table.rows.length === 0) {
    const message = `the At a Glance section has no table showing ${badges.map((b) => b.label).join(', ')} for an action that can move funds`;
    return [{ message, hint: 'add the table | Action ID | Category | Connector | Requires gas | Funds movement |', location: { file: page.path, ...heading } }];
  }
  return badges.flatMap((badge) => {
    const index = columnIndex(table, badge.column);
    const cell = cellAt(table.rows[0], index);
    if (!cell) return [{ message: `the At a Glance table has no ${badge.label} column`, hint: `add a ${badge.label} column showing \`${badge.expected}\``, location: { file: page.path, line: table.line, column: table.column } }];
    if (badge.shows(cell.text.replace(/`/g, '').trim().toLowerCase())) return [];
    return [{ message: `the At a Glance table shows ${badge.label} \`${cell.text || '(empty)'}\`, but \`${id}\` ${badge.declared}`, hint: `write \`${badge.expected}\` in the ${badge.label} column`, location: { file: page.path, line: cell.line, column: cell.column } }];
  });
}

function cautionFindings(page: DocsPage, id: string): ReportedFinding[] {
  if (page.texts.some((t) => CAUTION.test(t.text) && CAUTION_TOPIC.test(t.text))) return [];
  return [{
    message: `the page of \`${id}\`, an action that can move funds, has no caution paragraph`,
    hint: 'add "> Caution: this action moves funds. Test with simulation or a controlled amount first." below the description',
    location: pageAnchor(page),
  }];
}
