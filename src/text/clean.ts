// Characters no store can hold, replaced one for one so every offset stays valid: PostgreSQL
// refuses NUL in text (and \u0000 in JSON), and a lone UTF-16 surrogate is not a character.

const BAD = /[\u0000\ud800-\udfff]/;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `s` with each NUL as a space and each lone surrogate as U+FFFD: the same length, so spans hold. */
export function cleanText(s: string): string {
  if (!BAD.test(s)) return s; // the common case: one scan, no copy
  return s.replace(/\u0000/g, ' ').replace(LONE, '\ufffd');
}

/** The same for every string field of a record (id, text, html, title, ...). */
export function cleanFields<T extends object>(rec: T): T {
  let out: T | null = null;
  for (const [k, v] of Object.entries(rec)) {
    if (typeof v !== 'string') continue;
    const c = cleanText(v);
    if (c !== v) (out ??= { ...rec } as T)[k as keyof T] = c as T[keyof T];
  }
  return out ?? rec;
}
