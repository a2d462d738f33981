// Stage "syntax": parse the sentences that can hold an event: body sentences that name an actor
// or a place and have a word with an event entry (a verb, a frame such as "plans to", or an event
// noun). The others are not parsed: parsing costs more than the rest of the coder together, and
// the events stage reads nothing in them.
import type { Doc } from '../doc/types.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import { parseSentence, type Parse } from './parser.js';

export function parseSentences(doc: Doc, lex: Lexicon): void {
  const parses: (Parse | null)[] = new Array(doc.sentences.length).fill(null);
  doc.parses = parses;
  // (DYAD_TREE=0 turns the parse off, to measure what it adds)
  if (process.env.DYAD_TREE === '0') return;
  const named = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) named[m.tokens[0]] = 1;
  for (const p of doc.placeMentions ?? []) named[p.tokens[0]] = 1;
  const coded = (w: string) => lex.verbs.has(w) || lex.frames.has(w) || lex.nouns.has(w);
  for (const s of doc.sentences) {
    if (s.kind !== 'body') continue;
    const [a, b] = s.tokens;
    let actor = false, entry = false;
    for (let k = a; k < b && !(actor && entry); k++) {
      const t = doc.tokens[k];
      actor ||= named[k] === 1;
      entry ||= coded(t.lemma) || coded(t.lower);
    }
    if (actor && entry) parses[s.i] = parseSentence(doc.tokens.slice(a, b));
  }
}
