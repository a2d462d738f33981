// Filters as people write them (command-line options, URL query parameters) to an EventFilter:
// the one parser for both, so the CLI and the API accept and refuse the same values. A bad value
// is refused with a one-line message naming the field and the accepted form.
import { join } from 'node:path';
import { DyadError } from '../errors.js';
import { MODALITIES } from '../doc/types.js';
import { DEFAULT_DICT_DIR } from '../dictionaries/lexicon.js';
import { readEntries } from '../dictionaries/yaml-file.js';
import { EVENT_SORTS, type EventFilter, type EventSort } from './store.js';
import { ftsWords } from './filter-sql.js';

/** The filter names, as URL query parameters and (with --) command-line options. */
export const FILTER_KEYS: ReadonlySet<string> = new Set(['actor', 'dyad', 'code', 'since', 'until', 'modality', 'outlet', 'attribution', 'place', 'historical', 'q', 'sort', 'limit', 'offset']);

/** Largest limit or offset: a 32-bit count, far beyond any corpus page, and exact in every engine. */
export const MAX_COUNT = 2 ** 31 - 1;

export interface FilterOptions {
  /** How the caller writes a field: '--' on the command line (default), '' in a URL. */
  dash?: string;
  /** The CAMEO codes that exist (the loaded code table); default: the bundled table. */
  codes?: { has(code: string): boolean };
}

type Raw = Record<string, string | boolean | string[] | undefined>;

function fail(field: string, msg: string): never { throw new DyadError('E_OPTION', msg, { where: field }); }

// actor codes are 3-character groups (country, then sector, role...): PRK, RUSGOV, IGOG20
const ACTOR = /^(?:[A-Z0-9]{3}){1,6}$/;

export function filterFrom(v: Raw, { dash = '--', codes }: FilterOptions = {}): EventFilter {
  const f: EventFilter = {};
  const str = (k: string): string | undefined => {
    const x = v[k];
    if (Array.isArray(x)) fail(k, `${dash}${k} may be given once`);
    return typeof x === 'string' ? x : undefined;
  };
  const actor = str('actor'), dyad = str('dyad'), code = str('code'), modality = str('modality');
  if (actor !== undefined) f.actor = actorCode(actor, 'actor', `${dash}actor must be an actor code of uppercase 3-letter groups such as PRK or RUSGOV`);
  if (dyad !== undefined) {
    const form = `${dash}dyad must be SOURCE:TARGET actor codes of uppercase 3-letter groups such as PRK:RUS`;
    const parts = dyad.split(':');
    if (parts.length !== 2) fail('dyad', `${form}, not "${dyad}"`);
    f.dyad = [actorCode(parts[0], 'dyad', form), actorCode(parts[1], 'dyad', form)];
  }
  if (code !== undefined) f.code = cameoCode(code, `${dash}code`, codes ?? bundledCodes());
  for (const k of ['since', 'until'] as const) { const x = str(k); if (x !== undefined) f[k] = filterDate(x, k, `${dash}${k}`); }
  if (modality !== undefined) {
    if (!(MODALITIES as readonly string[]).includes(modality)) fail('modality', `${dash}modality must be one of ${MODALITIES.join(', ')}, not "${modality}"`);
    f.modality = modality;
  }
  extraFilters(f, str, dash);
  const limit = str('limit'), offset = str('offset');
  if (limit !== undefined) f.limit = count(limit, 'limit', `${dash}limit`, 1);
  if (offset !== undefined) f.offset = count(offset, 'offset', `${dash}offset`, 0);
  return f;
}

/** The web page's filters: outlet, attribution and place names, historical events, words, order. */
function extraFilters(f: EventFilter, str: (k: string) => string | undefined, dash: string): void {
  for (const k of ['outlet', 'attribution', 'place'] as const) {
    const x = str(k);
    if (x !== undefined) { if (!x.trim() || x.length > 200) fail(k, `${dash}${k} must be a name of 1 to 200 characters`); f[k] = x; }
  }
  const historical = str('historical'), q = str('q'), sort = str('sort');
  if (historical !== undefined) {
    if (!['include', 'exclude', 'only'].includes(historical)) fail('historical', `${dash}historical must be include, exclude or only, not "${historical}"`);
    f.historical = historical as EventFilter['historical'];
  }
  if (q !== undefined) { if (!ftsWords(q).length || q.length > 500) fail('q', `${dash}q must hold at least one word (500 characters at most)`); f.q = q; }
  if (sort !== undefined) { if (!(EVENT_SORTS as readonly string[]).includes(sort)) fail('sort', `${dash}sort must be one of ${EVENT_SORTS.join(', ')}, not "${sort}"`); f.sort = sort as EventSort; }
}

function actorCode(x: string, field: string, form: string): string {
  if (!ACTOR.test(x)) fail(field, `${form}, not "${x}"`);
  return x;
}

/** A CAMEO code that exists: a root such as 03, or a full code such as 034 or 0341. */
function cameoCode(x: string, name: string, codes: { has(code: string): boolean }): string {
  const form = `${name} must be a CAMEO code that exists, a root such as 03 or a full code such as 0341`;
  if (!/^\d{2}[0-9A-Z]{0,3}$/.test(x)) fail('code', `${form}, not "${x}"`);
  if (!codes.has(x)) fail('code', `${form}; there is no CAMEO code "${x}"`);
  return x;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** YYYY, YYYY-MM or YYYY-MM-DD, each a real year, month and day of the calendar. */
export function filterDate(x: string, field: string, name: string): string {
  const form = `${name} must be a date YYYY, YYYY-MM or YYYY-MM-DD (such as 2018, 2018-03 or 2018-03-31)`;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(x);
  if (!m) fail(field, `${form}, not "${x}"`);
  const [, y, mo, d] = m;
  if (+y < 1) fail(field, `${form}; there is no year 0000`);
  if (mo !== undefined && (+mo < 1 || +mo > 12)) fail(field, `${form}; "${x}" has no month ${mo}`);
  if (d !== undefined) {
    const last = +mo === 2 && leap(+y) ? 29 : DAYS[+mo - 1];
    if (+d < 1 || +d > last) fail(field, `${form}; "${x}" is not a day of the calendar (${y}-${mo} has ${last} days)`);
  }
  return x;
}

/** A whole number written in digits only (no 1e3, 0x10, +5 or 5.0), from `min` to MAX_COUNT. */
function count(x: string, field: string, name: string, min: number): number {
  const form = `${name} must be a whole number from ${min} to ${MAX_COUNT}`;
  if (!/^\d{1,10}$/.test(x)) fail(field, `${form}, not "${x}"`);
  const n = Number(x);
  if (n < min || n > MAX_COUNT) fail(field, `${form}, not ${x}`);
  return n;
}

let bundled: Set<string> | null = null;
/** The bundled CAMEO code table, read once. */
export function bundledCodes(): Set<string> {
  if (!bundled) {
    const codes = new Set<string>();
    for (const e of readEntries(join(DEFAULT_DICT_DIR, 'cameo', 'codes.yaml'), [])) if (e.value.code !== undefined) codes.add(String(e.value.code));
    bundled = codes;
  }
  return bundled;
}
