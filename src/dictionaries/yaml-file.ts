// Reading a YAML dictionary file: each entry comes with its file and line, so every problem
// can be reported where it is. A malformed entry is reported and skipped; the rest loads.
import { readFileSync } from 'node:fs';
import YAML, { LineCounter, isSeq } from 'yaml';
import { load as fastLoad, CORE_SCHEMA } from 'js-yaml';
import { DyadError } from '../errors.js';
import { firstInvalidUtf8, looksBinary } from '../readers/decode.js';

export interface Located<T = Record<string, unknown>> { value: T; file: string; line: number }
export interface DictProblem { file: string; line: number; text: string }

/**
 * A dictionary file's text; an unreadable, binary or non-UTF-8 file is an error naming it (any
 * format): its entries would be read wrong, so it is refused whole rather than half loaded.
 */
export function readDictFile(file: string): string {
  let buf: Buffer;
  try { buf = readFileSync(file); } catch (e) {
    throw new DyadError('E_DICT', `${file}: cannot read dictionary (${(e as Error).message})`, { cause: e });
  }
  if (looksBinary(buf)) throw new DyadError('E_DICT', `${file}: a binary file, not a dictionary`, { where: file });
  try { return strictUtf8.decode(buf); } catch (e) {
    throw new DyadError('E_DICT', `${file}: not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(buf)}); convert it, e.g. iconv -f latin1 -t utf-8`, { cause: e, where: file });
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parse a YAML file that must hold a list of mappings. js-yaml reads it fast (an imported
 * Phoenix actor file is 3 MB) and each entry's line is where its "- " starts; anything else (a
 * parse error, duplicate keys, entries not at column 0) goes through `yaml`, which reports
 * positions exactly.
 */
export function readEntries(file: string, problems: DictProblem[]): Located[] {
  const src = readDictFile(file);
  const fast = fastEntries(src, file);
  if (fast) return fast.filter((e) => {
    if (e.value !== null && typeof e.value === 'object' && !Array.isArray(e.value)) return true;
    problems.push({ file, line: e.line, text: 'an entry must be a mapping (key: value)' });
    return false;
  });
  const lc = new LineCounter();
  const doc = YAML.parseDocument(src, { lineCounter: lc, uniqueKeys: false });
  if (doc.errors.length) {
    // the file is reported and skipped; the other files still load
    const err = doc.errors[0];
    problems.push({ file, line: lc.linePos(err.pos[0]).line, text: `not valid YAML (${err.message.split('\n')[0]}); file skipped` });
    return [];
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new DyadError('E_DICT', `${file}: a dictionary file must be a YAML list of entries`, { where: file });
  const out: Located[] = [];
  for (const item of doc.contents.items) {
    const line = lc.linePos((item as any)?.range?.[0] ?? 0).line;
    const value = (item as any)?.toJSON?.() ?? item;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ file, line, text: 'an entry must be a mapping (key: value)' });
      continue;
    }
    out.push({ value: value as Record<string, unknown>, file, line });
  }
  return out;
}

function fastEntries(src: string, file: string): Located[] | null {
  let value: unknown;
  try { value = fastLoad(src, { schema: CORE_SCHEMA, filename: file }); } catch { return null; }
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const starts: number[] = [];
  let line = 1;
  for (let i = 0; i < src.length; i++) {
    if (i === 0 || src.charCodeAt(i - 1) === 10) {
      if (src.charCodeAt(i) === 45 /* - */ && (src.charCodeAt(i + 1) === 32 || src.charCodeAt(i + 1) === 10 || i + 1 === src.length)) starts.push(line);
    }
    if (src.charCodeAt(i) === 10) line++;
  }
  if (starts.length !== value.length) return null;
  return value.map((v, i) => ({ value: v as Record<string, unknown>, file, line: starts[i] }));
}

/** Small validators that name the field and the expected type. */
export class EntryCheck {
  readonly errors: string[] = [];
  constructor(readonly v: Record<string, unknown>, allowed: readonly string[]) {
    for (const k of Object.keys(v)) if (!allowed.includes(k)) this.errors.push(`unknown key "${k}" (allowed: ${allowed.join(', ')})`);
  }
  str(k: string, required = false): string | undefined {
    const x = this.v[k];
    if (x === undefined || x === null) { if (required) this.errors.push(`"${k}" is required`); return undefined; }
    if (typeof x === 'number' || typeof x === 'boolean') return String(x);
    if (typeof x !== 'string' || x.trim() === '') { this.errors.push(`"${k}" must be a non-empty string`); return undefined; }
    return x.trim();
  }
  num(k: string, required = false): number | undefined {
    const x = this.v[k];
    if (x === undefined || x === null) { if (required) this.errors.push(`"${k}" is required`); return undefined; }
    if (typeof x !== 'number' || !Number.isFinite(x)) { this.errors.push(`"${k}" must be a number`); return undefined; }
    return x;
  }
  list(k: string, required = false): string[] {
    const x = this.v[k];
    if (x === undefined || x === null) { if (required) this.errors.push(`"${k}" is required`); return []; }
    const arr = Array.isArray(x) ? x : [x];
    const out: string[] = [];
    for (const s of arr) {
      if (typeof s === 'string' && s.trim()) out.push(s.trim());
      else if (typeof s === 'number') out.push(String(s));
      else this.errors.push(`"${k}" must be a list of strings`);
    }
    return out;
  }
  date(k: string): string | undefined {
    const x = this.v[k];
    if (x === undefined || x === null) return undefined;
    const s = x instanceof Date ? x.toISOString().slice(0, 10) : String(x);
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) { this.errors.push(`"${k}" must be a date YYYY-MM-DD, not "${s}"`); return undefined; }
    return s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
  }
}
