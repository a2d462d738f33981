// The shipped model: sparse rows of quantised weights (CSR) for the parser and for its tagger,
// the treebank's tags per word and the word classes, read from one small binary.
//
// File layout (little-endian): "DYADPRS1", u32 header length, header JSON (format version 2,
// labels, row bits, label directions), then one zlib-deflated body: move rows, left-label
// rows, right-label rows, tagger rows, lexicon, word classes (both as int tables). A block
// of rows is u32 rows R, u32 classes, u32 nnz, u8[R] entries per row (at most 255), f32[R] row
// scales, u8[nnz] class numbers, i8[nnz] weights (value = i8 * row scale). The lexicon is
// u32 k, i32[k] word hashes, i32[k] tag masks; the word classes likewise.
import { deflateSync, inflateSync } from 'node:zlib';
import type { Lexicon, Clusters } from './features.js';

export const MAGIC = 'DYADPRS1';

export interface ModelHeader {
  version: 2;
  /** weight rows (as powers of two) of the move table, each label table, the tagger */
  moveBits: number;
  labelBits: number;
  tagBits: number;
  labels: string[];
  /** labels seen on left arcs / right arcs in training: the others are never predicted */
  leftOk: boolean[];
  rightOk: boolean[];
  trainedOn: string;
}

/**
 * Something that scores every class from a list of weight rows; `best` (when given) is the class
 * argmax would pick from those scores, found more cheaply.
 */
export interface Scorer {
  classes: number;
  score(rows: Int32Array, n: number, out: Float32Array): void;
  best?(rows: Int32Array, n: number, ok: Uint8Array | null, out: Float32Array): number;
}

/** The first class of highest score among those allowed (`ok[c]` = 1; null: all), else -1. */
export function argmax(s: Float32Array, C: number, ok: Uint8Array | null): number {
  let best = -1, score = -Infinity;
  for (let c = 0; c < C; c++) if ((ok === null || ok[c]) && s[c] > score) { best = c; score = s[c]; }
  return best;
}

/** The class `m` picks from the rows (its `best` if it has one, else argmax of its scores). */
export function bestOf(m: Scorer, rows: Int32Array, n: number, ok: Uint8Array | null, out: Float32Array): number {
  if (m.best) return m.best(rows, n, ok, out);
  m.score(rows, n, out);
  return argmax(out, m.classes, ok);
}

/** A block of rows as stored: entries per row, row scales, class numbers, 8-bit weights. */
interface Block { R: number; C: number; counts: Uint8Array; scales: Float32Array; cls: Uint8Array; q: Int8Array }

/** The most rows one score() call reads (the tagger's and the label features are fewer). */
const MAX_ROWS = 256;

const maxOf = (xs: Float32Array): number => { let m = 0; for (let i = 0; i < xs.length; i++) m = Math.max(m, xs[i]); return m; };

export class SparseRows implements Scorer {
  readonly classes: number;
  readonly start: Uint32Array;
  /**
   * class and weight of each entry in one word (class in the low 8 bits, weight / unit above): one
   * memory access. Entries start at 1, with a zero word at each end, so that a row's first and
   * last words can be read even for an empty row.
   */
  private readonly ent: Int32Array;
  private readonly unit: number;
  /** where score() gathers each row's entries (rows scored at once are few: MAX_ROWS) */
  private readonly from = new Uint32Array(MAX_ROWS);
  private readonly to = new Uint32Array(MAX_ROWS);
  /** each class's sum in whole units, for best() */
  private readonly sums: Int32Array;
  /** the largest weight in units */
  private readonly maxUnits: number;
  constructor(b: Block) {
    this.classes = b.C;
    const max = maxOf(b.scales) * 127;
    this.unit = max > 0 ? max / 0x7fffff : 1;
    this.start = new Uint32Array(b.R + 1);
    this.ent = new Int32Array(b.q.length + 2);
    this.sums = new Int32Array(b.C);
    this.start[0] = 1;
    let most = 0;
    for (let r = 0, k = 0; r < b.R; r++) {
      const f = b.scales[r] / this.unit;
      for (let e = k + b.counts[r]; k < e; k++) {
        const u = Math.round(b.q[k] * f);
        most = Math.max(most, Math.abs(u));
        this.ent[k + 1] = (u << 8) | b.cls[k];
      }
      this.start[r + 1] = k + 1;
    }
    this.maxUnits = most;
  }
  /** Each row's entries, from[i] to to[i], touching the first and last (see score). */
  private ranges(rows: Int32Array, n: number): void {
    if (n > MAX_ROWS) throw new Error(`${n} rows to score, at most ${MAX_ROWS}`);
    const { start, ent, from, to } = this;
    // every row's range first, touching its first and last entry: independent loads the processor
    // issues together, where a row's entries read right after its range would wait on it (the
    // rows are random; most miss the cache)
    let touch = 0;
    for (let i = 0; i < n; i++) {
      const r = rows[i], k = start[r], e = start[r + 1];
      from[i] = k; to[i] = e;
      touch ^= ent[k] ^ ent[e - 1];
    }
    this.touched = touch;
  }
  score(rows: Int32Array, n: number, out: Float32Array): void {
    out.fill(0);
    this.ranges(rows, n);
    const { ent, unit, from, to } = this;
    for (let i = 0; i < n; i++) for (let k = from[i], e = to[i]; k < e; k++) { const x = ent[k]; out[x & 255] += (x >> 8) * unit; }
  }
  /**
   * argmax(score(...)) without the float sums in most cases: the sums in whole units are exact
   * integers, and a class's float sum differs from its exact one by at most n x 2^-24 x n x the
   * largest weight (each of its at most n additions rounds to float32, by at most 2^-24 of a
   * partial sum); tol is twice the bound for two classes. When the best class leads by more than
   * tol, the float scores pick it too; otherwise they are made and compared as ever.
   */
  best(rows: Int32Array, n: number, ok: Uint8Array | null, out: Float32Array): number {
    if (n * this.maxUnits >= 2 ** 31) { this.score(rows, n, out); return argmax(out, this.classes, ok); }
    this.ranges(rows, n);
    const { ent, from, to, sums } = this, C = this.classes;
    sums.fill(0);
    // two entries at a time (a row's entries are of distinct classes: the two updates never wait on each other)
    for (let i = 0; i < n; i++) {
      let k = from[i];
      const e = to[i];
      for (; k + 1 < e; k += 2) { const x = ent[k], y = ent[k + 1]; sums[x & 255] += x >> 8; sums[y & 255] += y >> 8; }
      if (k < e) { const x = ent[k]; sums[x & 255] += x >> 8; }
    }
    let best = -1, top = -Infinity, second = -Infinity;
    for (let c = 0; c < C; c++) {
      if (ok !== null && !ok[c]) continue;
      const s = sums[c];
      if (s > top) { second = top; top = s; best = c; } else if (s > second) second = s;
    }
    const tol = n * n * this.maxUnits * 2 ** -22 + 1;
    if (top - second > tol) return best;
    this.score(rows, n, out);
    return argmax(out, C, ok);
  }
  /** (kept so the touching reads are not dropped as unused) */
  touched = 0;
}

/**
 * Scores a parser state from its feature hashes, in two steps: the three moves (SHIFT, LEFT,
 * RIGHT) from every feature, then, for the arc move taken, its labels from the first
 * labelFeatures features. Labels are scored only for the chosen direction, so a step costs
 * little more than the move decision.
 */
export interface ParserScorer {
  /** labels per direction */
  readonly L: number;
  moves(hashes: Int32Array, n: number, out: Float32Array): void;
  labels(hashes: Int32Array, n: number, dir: 1 | 2, out: Float32Array): void;
  /** (when given) the label argmax would pick from labels() among those allowed, found more cheaply */
  label?(hashes: Int32Array, n: number, dir: 1 | 2, ok: Uint8Array, out: Float32Array): number;
}

/** The shipped parser weights: the move table (every feature) and a label table per direction. */
export class FactoredSparse implements ParserScorer {
  readonly L: number;
  private readonly rows: Int32Array;
  /** the move table expanded to 3 weights a row (16 bits, in units of moveUnit): one memory access per feature */
  private readonly moveW: Int16Array;
  private readonly moveUnit: number;
  constructor(moves: Block, readonly left: SparseRows, readonly right: SparseRows, readonly moveMask: number, readonly labelMask: number, readonly labelFeatures: number) {
    this.L = left.classes;
    this.rows = new Int32Array(labelFeatures);
    this.moveW = new Int16Array(moves.R * 3);
    const max = maxOf(moves.scales) * 127;
    this.moveUnit = max > 0 ? max / 0x7fff : 1;
    for (let r = 0, k = 0; r < moves.R; r++) {
      const f = moves.scales[r] / this.moveUnit;
      for (let e = k + moves.counts[r]; k < e; k++) this.moveW[r * 3 + moves.cls[k]] = Math.round(moves.q[k] * f);
    }
  }
  moves(h: Int32Array, n: number, out: Float32Array): void {
    const mm = this.moveMask, w = this.moveW;
    let m0 = 0, m1 = 0, m2 = 0;
    for (let i = 0; i < n; i++) {
      const b = (h[i] & mm) * 3;
      m0 += w[b]; m1 += w[b + 1]; m2 += w[b + 2];
    }
    const u = this.moveUnit;
    out[0] = m0 * u; out[1] = m1 * u; out[2] = m2 * u;
  }
  labels(h: Int32Array, n: number, dir: 1 | 2, out: Float32Array): void {
    const K = Math.min(n, this.labelFeatures), rows = this.rows, lm = this.labelMask;
    for (let i = 0; i < K; i++) rows[i] = h[i] & lm;
    (dir === 1 ? this.left : this.right).score(rows, K, out);
  }
  label(h: Int32Array, n: number, dir: 1 | 2, ok: Uint8Array, out: Float32Array): number {
    const K = Math.min(n, this.labelFeatures), rows = this.rows, lm = this.labelMask;
    for (let i = 0; i < K; i++) rows[i] = h[i] & lm;
    return (dir === 1 ? this.left : this.right).best(rows, K, ok, out);
  }
}

export interface Model { header: ModelHeader; parser: FactoredSparse; tagger: SparseRows; lexicon: Lexicon; clusters: Clusters }

/**
 * Dense averaged weights (R x C) to a block of rows: weights under `prune` are dropped, the
 * rest quantised to 8 bits with one scale per row (at most 255 kept per row, the largest).
 */
export function packRows(dense: Float32Array, R: number, C: number, prune: number): Buffer {
  const counts = new Uint8Array(R), scales = new Float32Array(R);
  const cls: number[] = [], val: number[] = [];
  const picked: [number, number][] = [];
  for (let r = 0; r < R; r++) {
    let max = 0;
    for (let c = 0; c < C; c++) max = Math.max(max, Math.abs(dense[r * C + c]));
    if (max < prune || max === 0) continue;
    picked.length = 0;
    for (let c = 0; c < C; c++) {
      const v = dense[r * C + c];
      if (Math.abs(v) >= prune && Math.round((v / max) * 127) !== 0) picked.push([c, v]);
    }
    picked.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    if (picked.length > 255) picked.length = 255;
    picked.sort((a, b) => a[0] - b[0]);
    counts[r] = picked.length;
    scales[r] = max / 127;
    for (const [c, v] of picked) { cls.push(c); val.push(Math.round((v / max) * 127)); }
  }
  const head = Buffer.alloc(12);
  head.writeUInt32LE(R, 0); head.writeUInt32LE(C, 4); head.writeUInt32LE(cls.length, 8);
  return Buffer.concat([head, Buffer.from(counts.buffer), Buffer.from(scales.buffer), Buffer.from(Uint8Array.from(cls).buffer), Buffer.from(Int8Array.from(val).buffer)]);
}

function readBlock(body: Buffer, at: number): { block: Block; next: number } {
  const R = body.readUInt32LE(at), C = body.readUInt32LE(at + 4), nnz = body.readUInt32LE(at + 8);
  let p = at + 12;
  const counts = body.subarray(p, p + R); p += R;
  // the scales are copied (they need 4-byte alignment); the byte arrays are read in place
  const scales = new Float32Array(body.buffer.slice(body.byteOffset + p, body.byteOffset + p + 4 * R) as ArrayBuffer); p += 4 * R;
  const cls = body.subarray(p, p + nnz); p += nnz;
  const q = new Int8Array(body.buffer, body.byteOffset + p, nnz); p += nnz;
  return { block: { R, C, counts, scales, cls, q }, next: p };
}

/** An int -> int table as u32 k, i32[k] keys, i32[k] values. */
function packTable(t: Map<number, number>): Buffer {
  const out = Buffer.alloc(4 + 8 * t.size);
  out.writeUInt32LE(t.size, 0);
  [...t].forEach(([k, v], i) => { out.writeInt32LE(k, 4 + 4 * i); out.writeInt32LE(v, 4 + 4 * (t.size + i)); });
  return out;
}

function readTable(body: Buffer, at: number): { table: Map<number, number>; next: number } {
  const k = body.readUInt32LE(at), table = new Map<number, number>();
  for (let i = 0; i < k; i++) table.set(body.readInt32LE(at + 4 + 4 * i), body.readInt32LE(at + 4 + 4 * (k + i)));
  return { table, next: at + 4 + 8 * k };
}

/** blocks: the move rows, the left-label rows, the right-label rows and the tagger rows, each from packRows */
export function packModel(header: ModelHeader, lexicon: Lexicon, clusters: Clusters, blocks: Buffer[]): Buffer {
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  return Buffer.concat([Buffer.from(MAGIC, 'ascii'), len, head, deflateSync(Buffer.concat([...blocks, packTable(lexicon), packTable(clusters)]), { level: 9 })]);
}

/** Read a model written by packModel; throws a plain Error on a file of another kind. */
export function unpackModel(buf: Buffer, labelFeatures: number): Model {
  if (buf.length < 12 || buf.toString('ascii', 0, 8) !== MAGIC) throw new Error('not a Dyad parser model');
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as ModelHeader;
  if (header.version !== 2) throw new Error(`model format ${header.version}, this Dyad reads format 2 (retrain with npm run train:parser)`);
  const body = inflateSync(buf.subarray(12 + hlen));
  const moves = readBlock(body, 0);
  const left = readBlock(body, moves.next);
  const right = readBlock(body, left.next);
  const tagger = readBlock(body, right.next);
  const parser = new FactoredSparse(moves.block, new SparseRows(left.block), new SparseRows(right.block), (1 << header.moveBits) - 1, (1 << header.labelBits) - 1, labelFeatures);
  const lexicon = readTable(body, tagger.next);
  const clusters = readTable(body, lexicon.next).table;
  return { header, parser, tagger: new SparseRows(tagger.block), lexicon: lexicon.table, clusters };
}
