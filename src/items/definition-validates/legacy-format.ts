import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import { WORKFLOW_KINDS } from './file-views.js';
import { legacyMarkersOf } from '../../b3os/legacy.js';

const MIGRATION_HINT =
  'migrate to the current format: make the trigger the node `root` in `nodes` (with `"triggerNodeIds": ["root"]`), ' +
  'rename each node\'s `props` to `payload`, link nodes through `children`, use hyphenated types (`coingecko-get-coin-info`), ' +
  'reference connectors as `{ "type": …, "id": "conn_…" }`, and write trigger data as `{{$trigger…}}` and results as `{{$nodes.<id>.result…}}`';

/** A generation-A definition (top-level `trigger`, nodes with `props`) gets one error, at its first legacy marker. */
export const legacyFormat = defineFileRule(
  {
    id: 'definition-validates/legacy-format',
    description: 'the definition uses the current B3OS wire format, not the obsolete trigger/props format',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const { doc } = file;
      const locations = legacyMarkersOf(doc.value).map((m) => locationIn(doc, m.pointer, m.atKey));
      if (locations.length === 0) return;
      report({
        message: 'legacy B3OS workflow format (top-level `trigger`, nodes with `props`) is obsolete',
        hint: MIGRATION_HINT,
        location: locations.reduce(first),
      });
    },
  },
);

function first(a: Location, b: Location): Location {
  return b.line < a.line || (b.line === a.line && b.column < a.column) ? b : a;
}
