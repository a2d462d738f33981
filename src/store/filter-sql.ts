// Event filters to a parameterised WHERE clause (never values spliced into SQL).
import type { EventFilter } from './store.js';

/** `param(i)` writes the i-th placeholder: "?" for SQLite, "$1" for PostgreSQL. */
export function eventFilterSql(f: EventFilter, param: (i: number) => string): { where: string; params: string[] } {
  const cond: string[] = [];
  const params: string[] = [];
  const p = (v: string) => { params.push(v); return param(params.length); };
  // prefixes as ranges (col >= 'PRK' AND col < 'PRK\uffff'), which the indexes serve; LIKE would not
  const prefix = (col: string, v: string) => `(${col} >= ${p(v)} AND ${col} < ${p(`${v}\uffff`)})`;
  if (f.actor) cond.push(`(${prefix('source_code', f.actor)} OR ${prefix('target_code', f.actor)})`);
  if (f.dyad) { cond.push(prefix('source_code', f.dyad[0])); cond.push(prefix('target_code', f.dyad[1])); }
  if (f.code) cond.push(prefix('cameo', f.code));
  if (f.since) cond.push(`event_date >= ${p(f.since)}`);
  // "--until 2022-07" includes all of July: compare against the prefix's last possible value
  if (f.until) cond.push(`event_date <= ${p(`${f.until}\uffff`)}`);
  if (f.modality) cond.push(`modality = ${p(f.modality)}`);
  return { where: cond.length ? `WHERE ${cond.join(' AND ')}` : '', params };
}

/** The same filters over linked events (source, target, cameo, first/last seen, modality). */
export function linkedFilterSql(f: EventFilter, param: (i: number) => string): { where: string; params: string[] } {
  const cond: string[] = [];
  const params: string[] = [];
  const p = (v: string) => { params.push(v); return param(params.length); };
  if (f.actor) { const a = p(`${f.actor.slice(0, 3)}%`); const b = p(`${f.actor.slice(0, 3)}%`); cond.push(`(source LIKE ${a} OR target LIKE ${b})`); }
  if (f.dyad) { cond.push(`source LIKE ${p(`${f.dyad[0].slice(0, 3)}%`)}`); cond.push(`target LIKE ${p(`${f.dyad[1].slice(0, 3)}%`)}`); }
  if (f.code) cond.push(`cameo LIKE ${p(`${f.code}%`)}`);
  if (f.since) cond.push(`last_seen >= ${p(f.since)}`);
  if (f.until) cond.push(`first_seen <= ${p(`${f.until}\uffff`)}`);
  if (f.modality) cond.push(`modality = ${p(f.modality)}`);
  return { where: cond.length ? `WHERE ${cond.join(' AND ')}` : '', params };
}
