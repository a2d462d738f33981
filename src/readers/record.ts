// Input records are validated at the boundary, never trusted.
import { createHash } from 'node:crypto';
import { DyadError } from '../errors.js';
import type { InputRecord } from '../doc/types.js';
import { cleanText } from '../text/clean.js';

/** A record's text or HTML larger than this is refused, as one document given to `dyad analyze` is. */
export const MAX_RECORD_BYTES = 5 * 1024 * 1024;

/** Refuse a record too large to code in bounded time, saying where and what to do. */
export function checkRecordSize(rec: InputRecord, where: string): void {
  const body = rec.text ?? rec.html ?? '';
  // a string is at most 3 UTF-8 bytes per UTF-16 unit: only a long one needs counting
  if (body.length * 3 <= MAX_RECORD_BYTES) return;
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_RECORD_BYTES) {
    throw new DyadError('E_INPUT_TOO_LARGE', `${where}: the record's ${rec.text !== undefined ? 'text' : 'html'} is ${(bytes / 1048576).toFixed(1)} MB, more than one document may be (${MAX_RECORD_BYTES / 1048576} MB); split it`);
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Normalise a date to YYYY-MM-DD, or throw naming the bad value. */
export function normaliseDate(value: string, where = 'date'): string {
  const m = DATE.exec(value.trim());
  if (!m) throw new DyadError('E_DATE', `${where}: "${value}" is not a date; use YYYY-MM-DD or an ISO time`);
  const [, y, mo, d] = m;
  const dt = new Date(Date.UTC(+y, +mo - 1, +d));
  if (dt.getUTCMonth() !== +mo - 1 || dt.getUTCDate() !== +d) throw new DyadError('E_DATE', `${where}: "${value}" is not a real calendar date`);
  return `${y}-${mo}-${d}`;
}

const STRING_FIELDS = ['id', 'text', 'html', 'date', 'url', 'title', 'outlet'] as const;

/** Check one parsed JSON value as an input record. */
export function validateRecord(value: unknown, where: string): InputRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DyadError('E_INPUT_RECORD', `${where}: a record must be a JSON object with "text" or "html"`);
  }
  const v = value as Record<string, unknown>;
  const rec: InputRecord = {};
  for (const k of STRING_FIELDS) {
    const x = v[k];
    if (x === undefined || x === null) continue;
    if (k === 'id' && typeof x === 'number') { rec.id = String(x); continue; }
    if (typeof x !== 'string') throw new DyadError('E_INPUT_RECORD', `${where}: field "${k}" must be a string, not ${Array.isArray(x) ? 'an array' : typeof x}`);
    rec[k] = cleanText(x); // NUL and lone surrogates: no store could keep them
  }
  if (rec.text === undefined && rec.html === undefined) throw new DyadError('E_INPUT_RECORD', `${where}: the record has neither "text" nor "html"`);
  if ((rec.text ?? rec.html ?? '').trim() === '') throw new DyadError('E_INPUT_EMPTY', `${where}: the record's ${rec.text !== undefined ? 'text' : 'html'} is empty`);
  checkRecordSize(rec, where);
  if (rec.date !== undefined) rec.date = normaliseDate(rec.date, `${where}: date`);
  return rec;
}

/** A stable id for a record without one: a hash of its content. */
export function contentId(rec: InputRecord): string {
  return 'sha1-' + createHash('sha1').update(rec.text ?? rec.html ?? '').digest('hex').slice(0, 16);
}
