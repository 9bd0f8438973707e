/** Parsing of `git ls-tree -r -z --long --full-tree` output into tree entries with object ids. */
import type { TreeEntry } from '../../core/types.js';

/** A tree entry plus the object id git stores it under. */
export interface GitTreeEntry extends TreeEntry {
  readonly oid: string;
}

const KIND_BY_MODE: Readonly<Record<string, TreeEntry['kind']>> = {
  '100644': 'file',
  '100755': 'file',
  '120000': 'symlink',
  '160000': 'submodule',
};

/** The arguments that produce the output `parseLsTree` reads, for the commit or tree `rev`. */
export function lsTreeArgs(rev: string): string[] {
  return ['ls-tree', '-r', '-z', '--long', '--full-tree', rev];
}

/**
 * Parses NUL-terminated `<mode> <type> <oid> <size>\t<path>` records. Regular files keep their
 * size; symlinks and submodules get size 0. Modes outside the four git writes are skipped. The
 * result is sorted by path (UTF-16 code unit order, the same order every adapter uses).
 */
export function parseLsTree(output: Buffer): GitTreeEntry[] {
  const entries: GitTreeEntry[] = [];
  for (const record of lsTreeRecords(output)) {
    if (record === '') continue;
    const entry = parseRecord(record);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => comparePaths(a.path, b.path));
}

/**
 * The records as text. A listing of a large tree is decoded in one piece (one string instead of
 * a buffer and a string per record); only a listing with bytes that are not UTF-8 is decoded
 * record by record, so that those bytes read `\xNN` in their own path.
 */
function lsTreeRecords(output: Buffer): string[] {
  let text: string;
  try {
    text = STRICT_UTF8.decode(output);
  } catch {
    return splitNul(output).map(decodeGitPath);
  }
  const records = text.split('\0');
  // `-z` ends every record with a NUL: the piece after the last one is empty.
  if (records[records.length - 1] === '') records.pop();
  return records;
}

/** `<mode> <type> <oid> <size>` before the tab; the size is padded with spaces, `-` for a tree or commit. */
function parseRecord(record: string): GitTreeEntry | undefined {
  const tab = record.indexOf('\t');
  if (tab < 0) throw new Error(`unexpected ls-tree record ${JSON.stringify(record.slice(0, 200))}`);
  const afterMode = record.indexOf(' ');
  const oidAt = record.indexOf(' ', afterMode + 1) + 1;
  const afterOid = record.indexOf(' ', oidAt);
  return entryOf(record.slice(0, afterMode), record.slice(oidAt, afterOid), record.slice(afterOid, tab), record.slice(tab + 1));
}

/** The entry git lists with `mode`, or undefined for a mode outside the four git writes for files. */
export function entryOf(mode: string, oid: string, size: string, path: string): GitTreeEntry | undefined {
  const kind = KIND_BY_MODE[mode];
  if (kind === undefined) return undefined;
  return { path, kind, size: kind === 'file' ? Number(size) : 0, oid };
}

/** Orders paths by UTF-16 code units, so the order does not depend on the locale. */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The NUL-separated fields of `-z` output, as bytes. */
export function splitNul(output: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  let from = 0;
  for (let at = output.indexOf(0); at >= 0; at = output.indexOf(0, from)) {
    fields.push(output.subarray(from, at));
    from = at + 1;
  }
  if (from < output.length) fields.push(output.subarray(from));
  return fields;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A path (or record) from git as text. Git stores path bytes as they are; bytes that are not UTF-8
 * are written `\xNN`, so two paths that differ only there stay two paths instead of both decoding
 * to the same replacement character (one would hide the other).
 */
export function decodeGitPath(bytes: Buffer): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return [...bytes].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
  }
}
