// Repairs of parses the model gets wrong in a way that no reading of the words allows.
import type { Token } from '../doc/types.js';
import type { Parse } from './parser.js';

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
