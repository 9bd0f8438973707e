/**
 * Incremental parser for `git cat-file --batch` output: a header line `<oid> <type> <size>`
 * followed by `size` bytes and a newline, or a single line `<name> missing` (or `ambiguous`).
 * Pure: it is fed chunks as they arrive and returns the complete frames.
 */

/** One answer of `cat-file --batch`, in request order. */
export type BatchFrame =
  | { readonly kind: 'object'; readonly oid: string; readonly type: string; readonly content: Buffer }
  | { readonly kind: 'missing'; readonly name: string };

const NEWLINE = 0x0a;

/** Accumulates chunks and splits them into frames without re-copying large contents per chunk. */
export class BatchFrameParser {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private header: { oid: string; type: string; size: number } | undefined;

  /** Adds a chunk and returns every frame it completed (possibly none). */
  push(chunk: Buffer): BatchFrame[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: BatchFrame[] = [];
    for (let frame = this.next(); frame; frame = this.next()) frames.push(frame);
    return frames;
  }

  private next(): BatchFrame | undefined {
    if (!this.header) {
      const line = this.takeLine();
      if (line === undefined) return undefined;
      const missing = parseMissing(line);
      if (missing) return missing;
      this.header = parseHeader(line);
    }
    if (this.buffered < this.header.size + 1) return undefined;
    const content = this.take(this.header.size);
    this.take(1);
    const { oid, type } = this.header;
    this.header = undefined;
    return { kind: 'object', oid, type, content };
  }

  private takeLine(): string | undefined {
    let offset = 0;
    for (const chunk of this.chunks) {
      const index = chunk.indexOf(NEWLINE);
      if (index >= 0) {
        const line = this.take(offset + index).toString('utf8');
        this.take(1);
        return line;
      }
      offset += chunk.length;
    }
    return undefined;
  }

  private take(count: number): Buffer {
    const joined = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    const taken = joined.subarray(0, count);
    const rest = joined.subarray(count);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return taken;
  }
}

function parseMissing(line: string): BatchFrame | undefined {
  const match = /^(.*) (missing|ambiguous)$/.exec(line);
  return match ? { kind: 'missing', name: match[1] } : undefined;
}

function parseHeader(line: string): { oid: string; type: string; size: number } {
  const match = /^([0-9a-f]+) ([a-z]+) ([0-9]+)$/.exec(line);
  if (!match) throw new Error(`unexpected cat-file header ${JSON.stringify(line.slice(0, 200))}`);
  return { oid: match[1], type: match[2], size: Number(match[3]) };
}
