// Repairs of parses the model gets wrong in a way that no reading of the words allows.
import type { Token } from '../doc/types.js';
import type { Parse } from './parser.js';
import { pastForm } from '../lang/en/lemma.js';

/**
 * "Clashes between Sudanese troops and the RSF killed 40": "between" asks for a pair, so the
 * phrase after the "and" that closes the first member is the pair's second member, not a second
 * subject of the verb (as the model often reads it when "the" follows "and"). Changes parse in place.
 */
export function pairAfterBetween(toks: Token[], parse: Parse): void {
  const { head, deprel } = parse;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].lower !== 'between' || deprel[i] !== 'case') continue;
    const x = head[i];
    if (x <= i) continue;
    // the "and" right after the first member's phrase: every word before it hangs from that member
    let and = x + 1;
    while (and < toks.length && toks[and].lower !== 'and' && under(head, and, x)) and++;
    if (toks[and]?.lower !== 'and') continue;
    // the second member: the first noun after "and" that the model hung outside its own phrase
    let y = and + 1;
    while (y < toks.length && !/^(NOUN|PROPN|PRON|NUM)$/.test(toks[y].pos)) y++;
    while (y + 1 < toks.length && head[y] === y + 1 && /^(compound|flat|amod)/.test(deprel[y])) y++;
    if (y >= toks.length || head[y] === x || under(head, y, x) || !/^(nsubj|obj|obl|conj|nsubj:pass)$/.test(deprel[y])) continue;
    head[y] = x; deprel[y] = 'conj';
    head[and] = y; deprel[and] = 'cc';
  }
}

/** Does k hang, through a few heads, from x? */
function under(head: Int32Array, k: number, x: number): boolean {
  for (let h = head[k], guard = 0; h >= 0 && guard < 6; h = head[h], guard++) if (h === x) return true;
  return false;
}

/**
 * "Myanmar's military denied burning villages": the model reads "military" as an adjective on the
 * verb, so the verb has no subject. A verb takes no adjective or compound modifier in UD: such a
 * modifier right before a verb that has no subject is its subject, and the determiner or
 * possessor the model hung on the verb before it belongs to that subject. Changes parse in place.
 */
export function subjectReadAsModifier(toks: Token[], parse: Parse): void {
  const { head, deprel } = parse;
  for (let m = 0; m + 1 < toks.length; m++) {
    const v = head[m];
    // (only on the root: deeper in a misparsed sentence the word is as likely an object's)
    if (v !== m + 1 || deprel[v] !== 'root' || (deprel[m] !== 'amod' && deprel[m] !== 'compound') || !/^(NOUN|ADJ|PROPN)$/.test(toks[m].pos)) continue;
    // (the head is a verb by its tag, by taking an object or a clause, which no noun takes, or as
    // a past form at the root of a sentence with no verb: "accused", "shot" are still tagged nouns
    // when the sentence is parsed)
    const verbal = toks[v].pos === 'VERB' || deprel.some((r, k) => head[k] === v && /^(obj|xcomp|ccomp)$/.test(r)) || (pastForm(toks[v].lower) && !toks.some((t) => t.pos === 'VERB'));
    if (!verbal) continue;
    if (deprel.some((r, k) => head[k] === v && /^(nsubj|csubj|expl)/.test(r))) continue;
    deprel[m] = 'nsubj';
    for (let k = 0; k < m; k++) if (head[k] === v && /^(det|nmod:poss|amod|compound)$/.test(deprel[k])) head[k] = m;
  }
}
