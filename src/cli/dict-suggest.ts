// `dyad dict suggest`: the capitalised names a corpus uses most that no dictionary knows (not an
// actor, not a place, not a person's name part), each with an example sentence: candidates for
// the next dictionary entries.
import { existsSync } from 'node:fs';
import type { Coder } from '../pipeline/analyze.js';
import { openStore, isPostgresUrl, DEFAULT_DB } from '../store/open.js';
import { DyadError } from '../errors.js';

export interface Suggestion { name: string; count: number; documents: number; example: string }

const SKIP = /^(The|A|An|In|On|At|But|And|Or|If|It|He|She|They|We|I|This|That|These|Those|Mr|Mrs|Ms|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Count unknown capitalised names (runs of proper nouns not at a sentence's start) in every stored document. */
export async function suggestNames(coder: Coder, db: string = DEFAULT_DB, limit = 30): Promise<{ names: Suggestion[]; documents: number }> {
  if (!isPostgresUrl(db) && !existsSync(db)) throw new DyadError('E_INPUT_NOT_FOUND', `${db}: no such corpus (give --db PATH or postgres://...)`);
  const store = await openStore(db);
  const seen = new Map<string, { count: number; docs: Set<string>; example: string }>();
  let documents = 0;
  try {
    for await (const t of store.texts()) {
      documents++;
      const doc = coder.analyze({ id: t.id, text: t.text, date: t.date ?? undefined });
      const known = new Uint8Array(doc.tokens.length);
      for (const m of doc.mentions) for (let k = m.tokens[0]; k < m.tokens[1]; k++) known[k] = 1;
      for (const e of doc.events) if (e.where) for (const tk of doc.tokens) if (tk.start >= e.where.span[0] && tk.end <= e.where.span[1]) known[tk.i] = 1;
      for (const s of doc.sentences) {
        if (s.kind === 'headline') continue;
        for (let i = s.tokens[0] + 1; i < s.tokens[1]; i++) {
          let j = i;
          while (j < s.tokens[1] && !known[j] && doc.tokens[j].pos === 'PROPN' && /^[A-Z][a-z]/.test(doc.tokens[j].text) && !SKIP.test(doc.tokens[j].text)) j++;
          if (j === i) continue;
          const name = doc.tokens.slice(i, j).map((x) => x.text).join(' ');
          const r = seen.get(name) ?? { count: 0, docs: new Set<string>(), example: doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 200) };
          r.count++; r.docs.add(doc.id);
          seen.set(name, r);
          i = j;
        }
      }
    }
  } finally { await store.close(); }
  const names = [...seen].map(([name, r]) => ({ name, count: r.count, documents: r.docs.size, example: r.example }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, limit);
  return { names, documents };
}
