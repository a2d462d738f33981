// Matching a verb entry's patterns against the words after the verb, within its clause.
import type { Token, Mention } from '../doc/types.js';
import type { PatternToken, VerbEntry } from '../dictionaries/lexicon.js';
import { matchSlots } from './slot-patterns.js';
import { BOUNDARY_WORDS, THING_PLACE, WEEKDAYS } from '../lang/en/words.js';

const TIME_WORDS = new Set(['today', 'yesterday', 'tonight']);
const COORDINATORS = new Set(['and', 'or', 'but', 'then']);

export interface PatternMatch {
  entry: VerbEntry;
  literal: number;          // literal words matched: more is more specific
  end: number;              // token index after the match
  target: Mention[];        // coordinated actors in the + slot
  consumed: Set<number>;    // tokens used by the pattern (their verbs are not coded again)
  source?: Mention[];       // actors in a pattern's source slot ($), or its compound actor (%) before the verb
  mutual?: boolean;         // the source is a compound actor whose members act on each other
}

// words a pattern may step over before a literal word: "imposed (new) sanctions on"
const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
const GAP = 6;

export interface SlotContext {
  toks: Token[];
  start: number;                                // sentence start
  end: number;                                  // clause end (exclusive)
  mentionAt: (k: number) => Mention | null;     // the actor mention starting at token k
  coordinated: (m: Mention, end: number) => Mention[];
  /** does the sentence have this word (lower case)? */
  has: (word: string) => boolean;
  /** the actors joined to the left of the one ending at token k ("Arnor and Gondor"), or null */
  groupEndingAt: (k: number) => Mention[] | null;
  /** the place starting at token k standing for its state, where a pattern's own preposition governs it ("withdrew from Kherson") */
  placeAt?: (k: number) => Mention | null;
  /** does an actor mention end at token k? */
  actorEndsAt?: (k: number) => boolean;
  /** is the word at k another act's noun ("mediation", "talks")? */
  eventNoun?: (k: number) => boolean;
  window?: Set<string>;
  windowFrom?: number;
  /** the particle of a phrasal verb split by its object ("handed the suspects over to"), stepped over like a modifier */
  particle?: number;
}

/** Try every pattern of `entry` from token `from` (after the verb at `head`); the best match or null. */
export function matchEntry(entry: VerbEntry, from: number, ctx: SlotContext, head = from - 1): PatternMatch | null {
  if (entry.style === 'petrarch') return matchSlots(entry, head, from, ctx);
  if (!entry.patterns) return { entry, literal: 0, end: from, target: [], consumed: new Set() };
  // cheap pre-check: a pattern's first word must occur in the stretch it could reach
  const window = windowWords(from, ctx);
  let best: PatternMatch | null = null;
  for (const p of entry.patterns) {
    if (p.anchor && !meets(p.anchor, window)) continue;
    const r = matchAt(p.tokens, 0, from, ctx, { literal: 0, target: [], consumed: [] });
    if (r && FORCE.test(entry.code) && ownedThingInPlace(ctx, r.consumed)) continue;
    if (r && (!best || r.literal > best.literal)) best = { entry, literal: r.literal, end: r.end, target: r.target, consumed: new Set(r.consumed) };
  }
  return best;
}

const FORCE = /^(17|18|19|20)/;
const THING_PHRASE = /^(DET|ADJ|NOUN|PROPN|NUM)$/;

/**
 * "attacked a Russian naval base in Syria", "struck a Turkish military base in northern Iraq": a
 * thing struck by force whose own phrase names its owner (a national adjective, a name, an owner
 * whose agent covers the thing) is that owner's; the "in" place after it only says where it stands,
 * so the pattern reading the place as the target gives way ("an embassy in Baghdad", with no
 * owner word, keeps the place's state). The owner is no pronoun ("its base in Crimea").
 */
function ownedThingInPlace(ctx: SlotContext, consumed: number[]): boolean {
  const prep = consumed[consumed.length - 1];
  const thing = consumed[consumed.length - 2];
  if (prep === undefined || thing === undefined || !THING_PLACE.has(ctx.toks[prep].lower) || prep !== thing + 1) return false;
  for (let j = thing; j >= ctx.start && thing - j <= 4; j--) {
    const t = ctx.toks[j];
    if (j < thing && !(THING_PHRASE.test(t.pos) || /^(-|'s|'|’s)$/.test(t.lower))) break;
    const m = ctx.mentionAt(j);
    if (m && m.country !== '---' && m.kind !== 'pronoun' && m.kind !== 'place' && m.tokens[1] > thing - 4) return true;
  }
  return false;
}

/** The lemmas and forms a pattern starting at `from` could reach; computed once per position. */
function windowWords(from: number, ctx: SlotContext): Set<string> {
  if (ctx.windowFrom === from && ctx.window) return ctx.window;
  const stop = Math.min(ctx.end, from + GAP + 8);
  const w = new Set<string>();
  for (let k = from; k < stop; k++) { const t = ctx.toks[k]; w.add(t.lemma); w.add(t.lower); }
  ctx.windowFrom = from;
  ctx.window = w;
  return w;
}

/** Does one of the anchor's words occur in the window? (anchors are a few words, windows a few dozen) */
function meets(anchor: Set<string>, window: Set<string>): boolean {
  for (const w of anchor) if (window.has(w)) return true;
  return false;
}

interface State { literal: number; target: Mention[]; consumed: number[] }

function matchAt(p: PatternToken[], pi: number, k: number, ctx: SlotContext, st: State): (State & { end: number }) | null {
  if (pi === p.length) return { ...st, end: k };
  const tok = p[pi];
  const { toks, end } = ctx;
  if (tok.kind === 'gap') {
    for (let g = 0; g <= GAP && k + g <= end; g++) {
      // (nor an auxiliary: "pledged Lithuania would send aid to": a clause of its own begins; nor
      // a verb joined by "and": "seized the town and killed 12 soldiers" did not seize the soldiers)
      const skipped = toks[k + g - 1];
      if (g > 0 && (isBoundary(skipped) || skipped.pos === 'AUX' || (skipped.pos === 'VERB' && COORDINATORS.has(toks[k + g - 2]?.lower ?? '')))) break;
      const r = matchAt(p, pi + 1, k + g, ctx, st);
      if (r) return r;
    }
    return null;
  }
  if (tok.kind === 'target') {
    // "condemned what it called Russian aggression": the speaker's own label is no target
    k = pastLabel(toks, k);
    // the target: an actor within a short noun phrase ("at the new administration in South Korea")
    for (let g = 0; g <= 4 && k + g < end; g++) {
      const t = toks[k + g];
      // a participle inside a compound ("the Russian-occupied Donetsk") is part of the phrase;
      // "promised that Poland would ...": an actor inside the clause the verb opens is no target
      if (isBoundary(t) || (g > 0 && ((t.pos === 'VERB' && toks[k + g - 1]?.text !== '-' && !participleBefore(ctx, k + g)) || t.pos === 'AUX'))) break;
      const m = ctx.mentionAt(k + g);
      if (m && m.country !== '---') {
        const all = ctx.coordinated(m, end);
        const last = all[all.length - 1];
        // "promised Poland would support ...": an actor with its own auxiliary right after the verb
        // is the subject of the clause it opens ("complained that X had ..." names the clause itself)
        // (unless the pattern itself names that word next: "said India was behind the attack")
        const aux = toks[last.tokens[1]];
        if (pi === 0 && g === 0 && aux?.pos === 'AUX' && !nextWordIs(p[pi + 1], aux)) return null;
        return matchAt(p, pi + 1, pi + 1 < p.length ? pastApposition(toks, last.tokens[1], end) : last.tokens[1], ctx, { ...st, target: all });
      }
    }
    return null;
  }
  for (let g = 0; g <= 3 && k + g < end; g++) {
    const t = toks[k + g];
    if (tok.alts.has(t.lemma) || tok.alts.has(t.lower)) {
      // an actor named as a modifier of the noun after it is not what the act takes: "captured a
      // Karen guerrilla stronghold" takes ground, "captured Karen guerrillas" the guerrillas
      if (pi === p.length - 1 && toks[k + g + 1]?.pos === 'NOUN' && k + g + 1 < end && ctx.actorEndsAt?.(k + g)) return null;
      return matchAt(p, pi + 1, k + g + 1, ctx, { literal: st.literal + 1, target: st.target, consumed: [...st.consumed, k + g] });
    }
    // (nor past a clause's start: "vowed to continue the campaign once the truce ends")
    if (isBoundary(t)) break;
    // a day said between the words: "launched a mediation effort on Saturday between X and Y"
    if (t.lower === 'on' && WEEKDAYS.has(toks[k + g + 1]?.lower ?? '')) { g++; continue; }
    if (!(SKIPPABLE.has(t.pos) || TIME_WORDS.has(t.lower) || t.text === '"' || t.text === '“' || t.text === '”' || t.lower === "'s" || k + g === ctx.particle)) break;
  }
  return null;
}

/** Is the pattern token a literal word that `t` matches? */
function nextWordIs(tok: PatternToken | undefined, t: Token): boolean {
  return tok?.kind === 'word' && (tok.alts.has(t.lemma) || tok.alts.has(t.lower));
}

/**
 * "arrested four suspected militants", "killed 12 armed men": a participle between a number or
 * determiner and the actor it describes is a modifier in the target's phrase, not a verb of its own.
 */
function participleBefore(ctx: SlotContext, q: number): boolean {
  const { toks } = ctx;
  return /^(NUM|DET|ADJ)$/.test(toks[q - 1]?.pos ?? '') && /(ed|en)$/.test(toks[q].lower) && !!ctx.mentionAt(q + 1);
}

/** Past "what it called", "what they described as": the words that introduce a speaker's label for the object. */
export function pastLabel(toks: Token[], k: number): number {
  if (toks[k]?.lower !== 'what' || toks[k + 1]?.pos !== 'PRON' || !/^(call|term|describe|dub|brand)$/.test(toks[k + 2]?.lemma ?? '')) return k;
  return toks[k + 3]?.lower === 'as' ? k + 4 : k + 3;
}

/** Past a name set off by commas right after the target: "forced the UN refugee agency, UNHCR, out of the country". */
function pastApposition(toks: Token[], k: number, end: number): number {
  let c = k;
  while (c < end && c - k < 3 && toks[c].pos === 'NOUN') c++; // (the rest of the target's noun phrase: "UN refugee agency")
  if (toks[c]?.text !== ',') return k;
  let q = c + 1;
  while (q < end && q - c <= 4 && toks[q].pos === 'PROPN') q++;
  return q > c + 1 && toks[q]?.text === ',' ? q + 1 : k;
}

export function isBoundary(t: Token | undefined): boolean {
  if (!t) return true;
  return t.text === ';' || t.text === ':' || t.text === '—' || t.text === '(' || t.text === ')' || (t.text === ',' ) || BOUNDARY_WORDS.has(t.lower);
}
