// "We", "our", "I" inside a quotation stand for its speaker: '"We will not negotiate with
// terrorists," the Colombian defence minister said' is Colombia's government refusing.
import type { Doc, Mention, Token } from '../doc/types.js';

export const FIRST_PERSON = new Set(['we', 'us', 'our', 'i', 'me', 'my']);

const OPEN = new Set(['"', '“']), CLOSE = new Set(['"', '”']);

/**
 * The speaker of the quotation that holds token i, when the quotation lies within i's sentence
 * and a reporting verb outside it has an actor: the actor named between the closing mark and the
 * verb ('"...," the minister said'; none if that one has no country yet), or right after the verb
 * ('"...," said the minister'), else the last one before the opening mark ('X said: "..."').
 * Null outside a quotation or where no speaker is named.
 */
export function quoteSpeaker(doc: Doc, toks: Token[], mentions: Mention[], from: number, i: number, reportVerbs: Set<string>): Mention | null {
  const s = doc.sentences[toks[i].sentence];
  const q = quotationAt(doc, toks, i);
  if (!q) return null;
  const [open, close] = q;
  const verbAt = (from: number, to: number): number => { for (let k = from; k < to; k++) if (reportVerbs.has(toks[k].lemma)) return k; return -1; };
  const outside = (from: number, to: number): boolean => verbAt(from, to) >= 0;
  const usable = (m: Mention): boolean => !m.modifier && m.country !== '---' && m.kind !== 'pronoun';
  // the sentence's mentions, from `from` (the first in i's sentence) to the sentence's end
  let end = from;
  while (end < mentions.length && mentions[end].tokens[0] < s.tokens[1]) end++;
  const inSentence = mentions.slice(from, end).filter((m) => m.tokens[1] <= s.tokens[1]);
  const rv = verbAt(close + 1, s.tokens[1]);
  if (rv >= 0) {
    // ('"...," army spokesman X told reporters': the one named before the verb speaks, placed or
    // not, and those after it are spoken to; '"...," said the minister': the one after it)
    const named = inSentence.find((m) => m.tokens[0] > close && m.tokens[1] <= rv);
    if (named) return usable(named) ? named : null;
    const after = inSentence.find((m) => m.tokens[0] > rv && usable(m));
    if (after) return after;
  }
  if (outside(s.tokens[0], open)) {
    const before = inSentence.filter((m) => m.tokens[1] <= open && usable(m));
    if (before.length) return before[before.length - 1];
  }
  return null;
}

/** The opening and closing marks of the quotation within i's sentence that holds token i, if any. */
export function quotationAt(doc: Doc, toks: Token[], i: number): [number, number] | null {
  const s = doc.sentences[toks[i].sentence];
  let open = -1;
  for (let k = s.tokens[0]; k < i; k++) {
    if (open < 0 && OPEN.has(toks[k].text)) open = k;
    else if (open >= 0 && CLOSE.has(toks[k].text)) open = -1;
  }
  if (open < 0) return null;
  for (let k = i + 1; k < s.tokens[1]; k++) if (CLOSE.has(toks[k].text)) return [open, k];
  return null;
}
