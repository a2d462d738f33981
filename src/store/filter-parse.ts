// Filters as people write them (command-line options, URL query parameters) to an EventFilter,
// validated: a bad value is refused with a message naming the option and what would be valid.
import { DyadError } from '../errors.js';
import { normaliseDate } from '../readers/record.js';
import { MODALITIES } from '../doc/types.js';
import { EVENT_SORTS, type EventFilter, type EventSort } from './store.js';
import { ftsWords } from './filter-sql.js';

/** The filter names, as URL query parameters and (with --) command-line options. */
export const FILTER_KEYS: ReadonlySet<string> = new Set(['actor', 'dyad', 'code', 'since', 'until', 'modality', 'outlet', 'attribution', 'place', 'historical', 'q', 'sort', 'limit', 'offset']);

function fail(field: string, msg: string): never { throw new DyadError('E_OPTION', msg, { where: field }); }

/** `dash` is how the caller writes a field: '--' on the command line, '' in a URL. */
export function filterFrom(v: Record<string, string | boolean | string[] | undefined>, dash = '--'): EventFilter {
  const f: EventFilter = {};
  const code = /^[A-Z0-9]{3,12}$/;
  if (typeof v.actor === 'string') { if (!code.test(v.actor)) fail('actor', `${dash}actor must be an actor code such as PRK or RUSGOV, not "${v.actor}"`); f.actor = v.actor; }
  if (typeof v.dyad === 'string') {
    const [s, t] = v.dyad.split(':');
    if (!s || !t || !code.test(s) || !code.test(t)) fail('dyad', `${dash}dyad must be SOURCE:TARGET codes such as PRK:RUS, not "${v.dyad}"`);
    f.dyad = [s, t];
  }
  if (typeof v.code === 'string') { if (!/^\d{2,4}$/.test(v.code)) fail('code', `${dash}code must be a CAMEO code such as 03 or 0332, not "${v.code}"`); f.code = v.code; }
  for (const k of ['since', 'until'] as const) {
    const x = v[k];
    if (typeof x === 'string') {
      if (/^\d{4}$/.test(x) || /^\d{4}-\d{2}$/.test(x)) f[k] = x;
      else { try { f[k] = normaliseDate(x, `${dash}${k}`); } catch (e) { fail(k, (e as Error).message); } }
    }
  }
  if (typeof v.modality === 'string') { if (!(MODALITIES as readonly string[]).includes(v.modality)) fail('modality', `${dash}modality must be one of ${MODALITIES.join(', ')}`); f.modality = v.modality; }
  for (const k of ['outlet', 'attribution', 'place'] as const) {
    const x = v[k];
    if (typeof x === 'string') { if (!x.trim() || x.length > 200) fail(k, `${dash}${k} must be a name of 1 to 200 characters`); f[k] = x; }
  }
  if (typeof v.historical === 'string') {
    if (!['include', 'exclude', 'only'].includes(v.historical)) fail('historical', `${dash}historical must be include, exclude or only, not "${v.historical}"`);
    f.historical = v.historical as EventFilter['historical'];
  }
  if (typeof v.q === 'string') { if (!ftsWords(v.q).length || v.q.length > 500) fail('q', `${dash}q must hold at least one word (500 characters at most)`); f.q = v.q; }
  if (typeof v.sort === 'string') { if (!(EVENT_SORTS as readonly string[]).includes(v.sort)) fail('sort', `${dash}sort must be one of ${EVENT_SORTS.join(', ')}`); f.sort = v.sort as EventSort; }
  if (typeof v.limit === 'string') { const n = Number(v.limit); if (!Number.isInteger(n) || n < 1) fail('limit', `${dash}limit must be a positive whole number`); f.limit = n; }
  if (typeof v.offset === 'string') { const n = Number(v.offset); if (!Number.isInteger(n) || n < 0) fail('offset', `${dash}offset must be a whole number, 0 or more`); f.offset = n; }
  return f;
}

