// "the Commission" after "the European Commission", "the Council" after "the UN Security
// Council": a capitalised head word after "the", standing alone, is the body named in full
// earlier in the document whose name ends in it. Wire copy writes it in lower case too ("the
// council"), for the heads of bodies only ("the state" after "Islamic State" is no reference).
import type { Doc, Mention, Token } from '../doc/types.js';
import { BODY_NOUNS } from '../lang/en/words.js';

/** The organisation that "the <Word>" at token i shortens, or null. `before`: mentions starting before i, in order. */
export function shortNameRef(doc: Doc, toks: Token[], mentions: readonly Mention[], before: number, i: number): Mention | null {
  const t = toks[i], next = toks[i + 1];
  if (toks[i - 1]?.lower !== 'the' || !(/^[A-Z][a-z]{3,}$/.test(t.text) || BODY_NOUNS.has(t.text)) || (t.pos !== 'PROPN' && t.pos !== 'NOUN')) return null;
  // ("the Commission for Human Rights", "the Council President": a longer name or a title)
  // (in lower case a name does not go on: "criticized the council for its silence"; "the council of elders" is another body)
  const capital = /^[A-Z]/.test(t.text);
  if (next && (/^[A-Z]/.test(next.text) || next.lower === 'of' || (capital && (next.lower === 'for' || next.lower === 'on')))) return null;
  for (let k = before - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.kind !== 'organization' || m.tokens[1] - m.tokens[0] < 2) continue;
    if (toks[m.tokens[1] - 1].lower === t.lower) return m;
  }
  return null;
}
