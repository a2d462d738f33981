// The role of a chain's head verb by its words: whether it is the content of another act ("accused
// X of violating ...") or a purpose ("to help ..."), which are not coded as acts, and whether a
// noun of intent governs it. Whether the head is an open complement ("rule out sending") is given:
// it may take the parse, which code.ts asks for only where the role turns on it, and not at all
// for a chain whose role no later step reads (lastChain) when it has no act either way.
import type { Sentence } from './sentence.js';
import type { VerbGroup } from './verb-groups.js';
import type { Chain } from './chains.js';
import { hasNominal } from './nominals.js';
import { CONTENT_VERBS, INTENT_NOUNS, RANKERS, TIMED_GERUND } from '../lang/en/words.js';

/** Why a chain's head is not itself a report of an act (and whether it is another act's content), or how a noun before it shapes it. */
export interface Role { skip: boolean; intentNoun: boolean; content: boolean }

/**
 * The head's role when it is not an open complement (`closed`) and when it is (`opened`: governor.ts
 * openComplement), read once: only a gerund after a preposition and a bare infinitive turn on it.
 */
export function headRoles(sx: Sentence, head: VerbGroup): { closed: Role; opened: Role } {
  const { toks, a, verbs } = sx;
  const before = toks[head.first - 1];
  // "accused X of violating ...", "apologized for its navy intercepting ...": a gerund after a
  // preposition (and its subject's noun phrase) is the content of another act
  const content: Role = { skip: true, intentNoun: false, content: true };
  const afterPreposition = head.participle && !!before && (before.pos === 'ADP' || before.pos === 'SCONJ') && before.lower !== 'by' && !timedAct(sx, head);
  const reason = head.participle && !!before && reasonGerund(sx, head);
  if (reason) return { closed: content, opened: content };
  if (head.participle && before && (before.text === ',' || before.lower === 'and' || before.lower === 'or')) {
    const prevV = verbs.filter((x) => x < head.head).pop();
    if (prevV !== undefined && (sx.contentGerunds.has(prevV) || afterContentWord(sx, head.first - 1))) return { closed: content, opened: content };
  }
  // a bare "to" infinitive is a purpose, not a report of the act, unless a noun of intent governs it
  const intentNoun = before?.lower === 'to' && INTENT_NOUNS.has(toks[head.first - 2]?.lemma ?? '');
  let ranked = false;
  if (before?.lower === 'to' && toks[head.first - 2]?.pos === 'NOUN') for (let q = Math.max(a, head.first - 6); q < head.first - 2; q++) if (RANKERS.has(toks[q].lower)) ranked = true;
  // without frames (PETRARCH's dictionaries alone) nothing says which verbs govern an
  // infinitive, so it is coded as an act, as PETRARCH codes every verb phrase
  // ("a place to visit" is still no act: the infinitive qualifies a noun)
  const purpose = before?.lower === 'to' && (sx.cx.lex.frames.size > 0 || /^(NOUN|PROPN|PRON)$/.test(toks[head.first - 2]?.pos ?? ''));
  const opened: Role = { skip: false, intentNoun, content: false };
  return { closed: afterPreposition ? content : { skip: purpose && !intentNoun && !ranked, intentNoun, content: false }, opened };
}

/**
 * "expelled four diplomats after accusing them of spying", "shook hands after signing a
 * declaration": a gerund after "after" tells an act of the clause's subject, not the content of
 * another; unless it hangs in such content ("accused X of killing civilians after storming the
 * town"). ("demanded a truce before allowing aid convoys": what comes "before" may be a condition.)
 */
function timedAct(sx: Sentence, head: VerbGroup): boolean {
  // (PETRARCH's dictionaries alone, with no frames, code no gerund after a preposition, as PETRARCH does not)
  if (!sx.cx.lex.frames.size || !TIMED_GERUND.has(sx.toks[head.first - 1].lower) || !sx.toks[head.head].lower.endsWith('ing')) return false;
  return !sx.verbs.some((v) => v < head.head && sx.contentGerunds.has(v));
}

/** Do two roles decide alike? */
export const sameRole = (x: Role, y: Role): boolean => x.skip === y.skip && x.intentNoun === y.intentNoun && x.content === y.content;

/** "apologized to Brazil for one of its gunboats intercepting a ship": a gerund after "for" and its subject's noun phrase is the reason of another act. */
function reasonGerund(sx: Sentence, head: VerbGroup): boolean {
  const { toks, a } = sx;
  if (!head.participle || !toks[head.head].lower.endsWith('ing')) return false;
  let noun = false;
  for (let q = head.first - 1; q >= a && head.first - q <= 7; q--) {
    const t = toks[q];
    if (t.lower === 'for' && t.pos === 'ADP') return noun;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
    else if (!/^(ADJ|DET|NUM|PRON)$/.test(t.pos) && t.lower !== 'of' && t.lower !== "'s") return false;
  }
  return false;
}

/**
 * Is the chain the sentence's last, with no event noun after it either? What a skipped head leaves
 * behind (complements taken, a purpose, a content gerund) is read only by later chains and by the
 * nominals, so a chain with no act either way may then end without asking which role it has.
 */
export function lastChain(sx: Sentence, chain: Chain): boolean {
  const head = chain.links[0].g.head;
  if (!sx.verbs.every((v) => v <= head || chain.links.some((l) => l.g.head === v))) return false;
  // (words a pattern takes later are only fewer candidates)
  return !hasNominal(sx);
}

/**
 * "accused Chinese vessels of firing water cannon at a boat, injuring three sailors": a gerund after
 * "of" or "for" that the tagger did not read as a verb still says what a verb of accusing, blaming
 * or praising was about, and the participle after it (before `end`) goes on telling it.
 */
function afterContentWord(sx: Sentence, end: number): boolean {
  // (the verb of accusing is the last such verb before: a noun misread as a verb may stand between)
  const v = sx.verbs.filter((x) => x < end && CONTENT_VERBS.has(sx.toks[x].lemma)).pop();
  if (v === undefined) return false;
  let g = -1;
  for (let k = v + 2; k < end; k++) if (sx.toks[k].lower.endsWith('ing') && /^(of|for)$/.test(sx.toks[k - 1].lower)) g = k;
  // (no other verb after it: "..., and launched strikes on Y, killing 5" is an act of its own)
  return g > 0 && !sx.verbs.some((x) => x > g && x < end);
}

/** A gerund after a preposition that an act's pattern took ("accused X of shelling") is that act's content, as are the participles that go on to tell it. */
export function contentGerund(sx: Sentence, k: number): boolean {
  const g = sx.groups.get(k), before = g ? sx.toks[g.first - 1] : undefined;
  return !!g && g.participle && !!before && (before.pos === 'ADP' || before.pos === 'SCONJ') && before.lower !== 'by';
}
