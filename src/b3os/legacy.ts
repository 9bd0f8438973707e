import { escapeSegment, isObject } from './definition.js';
import type { JsonValue } from '../parse/document.js';

/** One sign of the legacy generation-A definition format, as a JSON pointer (value or key). */
export interface LegacyMarker {
  readonly pointer: string;
  readonly atKey: boolean;
}

/**
 * Every generation-A marker of a workflow or template file, in no particular order: a top-level
 * `trigger` object beside `nodes`, nodes with `props` instead of `payload`, colon action types
 * (`coingecko:get-coin-info`), connectors given as a bare name string. Looks at `definition` and,
 * for files that are a bare definition, at the file itself. Empty for current-format files.
 */
export function legacyMarkersOf(file: JsonValue | undefined): LegacyMarker[] {
  const markers: LegacyMarker[] = [];
  const containers: Array<[string, JsonValue | undefined]> = [['', file]];
  if (isObject(file)) containers.push(['/definition', file.definition]);
  for (const [pointer, container] of containers) {
    if (!isObject(container) || !isObject(container.nodes)) continue;
    if (isObject(container.trigger)) markers.push({ pointer: `${pointer}/trigger`, atKey: true });
    for (const [id, node] of Object.entries(container.nodes)) {
      if (isObject(node)) markers.push(...nodeMarkers(`${pointer}/nodes/${escapeSegment(id)}`, node));
    }
  }
  return markers;
}

/** True when a file shows any generation-A marker; the graph rules leave such files to `legacy-format`. */
export function isLegacyDefinition(file: JsonValue | undefined): boolean {
  return legacyMarkersOf(file).length > 0;
}

function nodeMarkers(pointer: string, node: Readonly<Record<string, JsonValue>>): LegacyMarker[] {
  const markers: LegacyMarker[] = [];
  if (Object.hasOwn(node, 'props') && !Object.hasOwn(node, 'payload')) markers.push({ pointer: `${pointer}/props`, atKey: true });
  if (typeof node.type === 'string' && node.type.includes(':')) markers.push({ pointer: `${pointer}/type`, atKey: false });
  if (typeof node.connector === 'string') markers.push({ pointer: `${pointer}/connector`, atKey: false });
  return markers;
}
