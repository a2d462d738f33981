// The shipped parser model: sparse rows of quantised weights (CSR), read from one small binary.
//
// File layout (little-endian): "DYADPRS1", u32 header length, header JSON (labels, row bits,
// label directions), then zlib-deflated body: u32 nnz, u8[rows] entries per row (capped at
// 255), f32[rows] row scales, u8[nnz] class numbers, i8[nnz] weights (value = i8 * row scale).
import { deflateSync, inflateSync } from 'node:zlib';

export const MAGIC = 'DYADPRS1';

export interface ModelHeader {
  version: 1;
  rowBits: number;
  labels: string[];
  /** labels seen on left arcs / right arcs in training: the others are never predicted */
  leftOk: boolean[];
  rightOk: boolean[];
  trainedOn: string;
}

/** Something that scores every action from a list of weight rows. */
export interface Scorer { classes: number; score(rows: Int32Array, n: number, out: Float32Array): void }

export class SparseModel implements Scorer {
  readonly classes: number;
  constructor(readonly header: ModelHeader, readonly start: Uint32Array, readonly cls: Uint8Array, readonly val: Float32Array) {
    this.classes = 1 + 2 * header.labels.length;
  }
  score(rows: Int32Array, n: number, out: Float32Array): void {
    out.fill(0);
    const { start, cls, val } = this;
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      for (let k = start[r], e = start[r + 1]; k < e; k++) out[cls[k]] += val[k];
    }
  }
}

/**
 * Turn dense averaged weights (rows x classes) into the binary: weights under `prune` of the
 * row's largest are dropped, the rest quantised to 8 bits with one scale per row.
 */
export function packModel(header: ModelHeader, dense: Float32Array, prune: number): Buffer {
  const C = 1 + 2 * header.labels.length, R = 1 << header.rowBits;
  const counts = new Uint8Array(R), scales = new Float32Array(R);
  const cls: number[] = [], val: number[] = [];
  const picked: [number, number][] = [];
  for (let r = 0; r < R; r++) {
    let max = 0;
    for (let c = 0; c < C; c++) max = Math.max(max, Math.abs(dense[r * C + c]));
    if (max < prune) continue;
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
  const nnz = cls.length;
  const body = Buffer.alloc(4 + R + 4 * R + 2 * nnz);
  body.writeUInt32LE(nnz, 0);
  Buffer.from(counts.buffer).copy(body, 4);
  Buffer.from(scales.buffer).copy(body, 4 + R);
  Buffer.from(Uint8Array.from(cls).buffer).copy(body, 4 + 5 * R);
  Buffer.from(Int8Array.from(val).buffer).copy(body, 4 + 5 * R + nnz);
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  return Buffer.concat([Buffer.from(MAGIC, 'ascii'), len, head, deflateSync(body, { level: 9 })]);
}

/** Read a model written by packModel; throws a plain Error on a file of another kind. */
export function unpackModel(buf: Buffer): SparseModel {
  if (buf.length < 12 || buf.toString('ascii', 0, 8) !== MAGIC) throw new Error('not a Dyad parser model');
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as ModelHeader;
  const body = inflateSync(buf.subarray(12 + hlen));
  const R = 1 << header.rowBits, nnz = body.readUInt32LE(0);
  const counts = body.subarray(4, 4 + R);
  const scales = new Float32Array(body.buffer.slice(body.byteOffset + 4 + R, body.byteOffset + 4 + 5 * R));
  const cls = new Uint8Array(body.buffer.slice(body.byteOffset + 4 + 5 * R, body.byteOffset + 4 + 5 * R + nnz));
  const q = new Int8Array(body.buffer.slice(body.byteOffset + 4 + 5 * R + nnz, body.byteOffset + 4 + 5 * R + 2 * nnz));
  const start = new Uint32Array(R + 1), val = new Float32Array(nnz);
  for (let r = 0, k = 0; r < R; r++) {
    start[r] = k;
    const s = scales[r];
    for (let e = k + counts[r]; k < e; k++) val[k] = q[k] * s;
    start[r + 1] = k;
  }
  return new SparseModel(header, start, cls, val);
}
