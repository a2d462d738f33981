// Which verb entry fits a verb where it stands: entries are indexed by the first word of their
// patterns, so only those that can match are tried, best possible score first.
import { warnsAgainst } from './warnings.js';
import type { Lexicon, VerbEntry } from '../dictionaries/lexicon.js';
import type { Token } from '../doc/types.js';
import { matchEntry, type PatternMatch } from './patterns.js';
import type { VerbGroup } from './verb-groups.js';
import type { Sentence } from './sentence.js';
import type { Link } from './chains.js';
import { treeMatch } from './tree-match.js';
import { entryTreeNeed, treeMatchCould, treeNeedOf, type TreeNeed } from './parse-need.js';
import { PARTICLE_GAP_WORDS, SPLIT_PARTICLES, WEEKDAYS } from '../lang/en/words.js';

/** An entry with the best score it could reach; `stamp` marks it as gathered for one verb. */
type Ranked = VerbEntry & { bound: number; stamp: number };
interface EntryIndex {
  size: number; all: VerbEntry[]; open: Ranked[]; byAnchor: Map<string, Ranked[]>; commonest: VerbEntry | undefined;
  /** PETRARCH-style entries by a word each of their patterns needs somewhere in the sentence */
  bySentenceWord: Map<string, Ranked[]>;
  /** what the entries need among a sentence's words to match on its parse */
  treeNeed: TreeNeed;
}

let stampCounter = 0;
const entryCache = new WeakMap<Lexicon, Map<string, EntryIndex>>();

/**
 * The verb entries for a token. wink sometimes cuts an -e verb's lemma ("staged" -> "stag"), so the
 * lemma with its e back is tried too.
 */
export function entriesFor(lex: Lexicon, lemma: string, lower: string): EntryIndex {
  let cache = entryCache.get(lex);
  if (!cache) { cache = new Map(); entryCache.set(lex, cache); }
  const key = `${lemma}|${lower}`;
  let index = cache.get(key);
  if (!index) {
    const repaired = !lex.verbs.has(lemma) && lower.endsWith('ed') && lex.verbs.has(lemma + 'e') ? lemma + 'e' : null;
    // PETRARCH-style entries name word forms, not lemmas: "left" is not a form of LEAVE there
    const byLemma = (lex.verbs.get(repaired ?? lemma) ?? []).filter((e) => e.style !== 'petrarch' || regularForm(lower, e.words[0]));
    // one dictionary entry listed under two forms ("set", "sets") is tried once
    const seen = new Set<string>();
    const raw = [...byLemma, ...(lemma !== lower ? lex.verbs.get(lower) ?? [] : [])].filter((e) => {
      const k = `${e.file}:${e.line}:${e.id}:${e.words.slice(1).join(' ')}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    index = { size: raw.length, all: raw, open: [], byAnchor: new Map(), commonest: commonest(raw), bySentenceWord: new Map(), treeNeed: treeNeedOf(raw) };
    for (const e of raw) {
      const r: Ranked = { ...e, bound: score(maxLiterals(e), e), stamp: 0 };
      const keys = sentenceKeys(e);
      if (keys) { for (const w of keys) { const l = index.bySentenceWord.get(w) ?? []; l.push(r); index.bySentenceWord.set(w, l); } continue; }
      if (!r.anchors) { index.open.push(r); continue; }
      for (const w of r.anchors) { const l = index.byAnchor.get(w) ?? []; l.push(r); index.byAnchor.set(w, l); }
    }
    // open entries are gathered for every verb: sorted once here, best first
    index.open.sort((p, q) => q.bound - p.bound);
    cache.set(key, index);
  }
  return index;
}

/** Words one of which a PETRARCH-style entry needs in its sentence (its patterns' first words), or null. */
function sentenceKeys(e: VerbEntry): Set<string> | null {
  if (e.style !== 'petrarch' || !e.patterns || !e.patterns.every((p) => p.slot && p.slot.needs.length > 0)) return null;
  return new Set(e.patterns.flatMap((p) => p.slot!.needs[0]));
}

/** Is `form` the word itself or a regular inflection of it (-s, -es, -ed, -d, -ing, doubled consonant, y -> ied)? */
export function regularForm(form: string, word: string): boolean {
  if (form === word) return true;
  if (!form.startsWith(word.slice(0, -1))) return false;
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  const y = word.endsWith('y') ? word.slice(0, -1) : null;
  const dbl = word + word[word.length - 1];
  return [word + 's', word + 'es', word + 'ed', word + 'd', stem + 'ing', stem + 'ed', dbl + 'ed', dbl + 'ing', ...(y ? [y + 'ies', y + 'ied'] : [])].includes(form);
}

/** More literal words matched is more specific; a phrasal verb beats its head word alone. */
const score = (literal: number, e: VerbEntry) => literal * 10 + e.words.length * 5 + (e.patterns ? 1 : 0);

function maxLiterals(e: VerbEntry): number {
  return e.patterns ? Math.max(...e.patterns.map((p) => p.literal)) : 0;
}

/** The entry of the root most entries of a verb share: what kind of act the verb usually names. */
function commonest(entries: VerbEntry[]): VerbEntry | undefined {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.code.slice(0, 2), (count.get(e.code.slice(0, 2)) ?? 0) + 1);
  let best: string | null = null;
  for (const [r, n] of count) if (best === null || n > count.get(best)!) best = r;
  return entries.find((e) => e.code.startsWith(best ?? ''));
}

/**
 * Phrasal verbs and nouns: the entry's other words follow the head at k ("lash out", "crack down
 * on"). The token after them, or -1 when they are not there.
 */
export function phrasalEnd(toks: Token[], k: number, words: string[]): number {
  let j = k + 1;
  if (words.length > 1) {
    // "called Thursday on X", "called on Monday for Y": the day is not the verb's particle
    if (toks[j]?.lower === 'on' && WEEKDAYS.has(toks[j + 1]?.lower ?? '')) j += 2;
    else if (toks[j]?.lower !== words[1] && PARTICLE_GAP_WORDS.has(toks[j]?.lower ?? '')) j += 1;
  }
  for (let w = 1; w < words.length; w++) {
    if (toks[j] && (toks[j].lower === words[w] || toks[j].lemma === words[w])) j++; else return -1;
  }
  return j;
}

/**
 * A two-word phrasal verb split by a short object: "handed the suspects over to", "called the
 * strike off", "sent them back". The particle's index, or -1.
 */
export function splitParticle(toks: Token[], k: number, words: string[]): number {
  if (words.length !== 2 || !SPLIT_PARTICLES.has(words[1])) return -1;
  for (let j = k + 1; j <= k + 4 && toks[j]; j++) {
    if (j > k + 1 && toks[j].lower === words[1] && toks[j - 1].pos !== 'DET' && toks[j - 1].pos !== 'ADJ') return j;
    if (!SPLIT_OBJECT.test(toks[j].pos)) return -1;
  }
  return -1;
}
const SPLIT_OBJECT = /^(DET|NUM|ADJ|NOUN|PROPN|PRON)$/;

/**
 * The first plain verb of `links` before `at` whose best pattern names the verb of `links[at]` as a
 * word, or -1: that verb is the earlier verb's object read as an infinitive ("bow to pressure from
 * X"). A frame verb's complement is its own act ("urged police to release"), so frames are not asked.
 */
export function earlierPatternTaking(sx: Sentence, links: Link[], at: number): number {
  const head = links[at].g.head;
  for (let i = 0; i < at; i++) if (!links[i].frames.length && bestMatch(sx, sx.cx.lex, links[i].g)?.consumed.has(head)) return i;
  return -1;
}

/** The best-scoring entry that matches the verb group g in its sentence (cached per sentence). */
export function bestMatch(sx: Sentence, lex: Lexicon, g: VerbGroup): PatternMatch | null {
  if (sx.bestCache.has(g.head)) return sx.bestCache.get(g.head)!;
  const { toks, b } = sx;
  const t = toks[g.head];
  const index = entriesFor(lex, t.lemma, t.lower);
  // ("warned against a trade war": no threat)
  const advice = warnsAgainst(toks, g.head);
  let best: PatternMatch | null = null;
  if (index.size > 0) {
    // only entries whose first pattern word occurs ahead can match: gather those, best first
    const stamp = ++stampCounter;
    const list: Ranked[] = [];
    for (const e of index.open) { e.stamp = stamp; list.push(e); }
    const opened = index.open.length;
    // PETRARCH-style patterns may have words before the verb too: their words anywhere in the sentence
    if (index.bySentenceWord.size > 0) {
      for (const w of sx.words()) {
        const hits = index.bySentenceWord.get(w);
        if (hits) for (const e of hits) if (e.stamp !== stamp) { e.stamp = stamp; list.push(e); }
      }
    }
    // a pattern's first word lies within a phrasal verb, a gap and a few modifiers of the verb
    const stop = Math.min(b, g.head + 14);
    for (let k = g.head + 1; k < stop && index.byAnchor.size > 0; k++) {
      const x = toks[k];
      const hits = index.byAnchor.get(x.lemma);
      if (hits) for (const e of hits) if (e.stamp !== stamp) { e.stamp = stamp; list.push(e); }
      if (x.lower !== x.lemma) {
        const more = index.byAnchor.get(x.lower);
        if (more) for (const e of more) if (e.stamp !== stamp) { e.stamp = stamp; list.push(e); }
      }
    }
    if (list.length > opened) list.sort((p, q) => q.bound - p.bound);
    let bestScore = -1;
    for (const e of list) {
      // entries come most specific first: stop when none left can beat the best
      if (e.bound < bestScore) break;
      let k = phrasalEnd(toks, g.head, e.words);
      const particle = k < 0 ? splitParticle(toks, g.head, e.words) : -1;
      if (particle >= 0) k = g.head + 1; else if (k < 0) continue;
      sx.slot.particle = particle >= 0 ? particle : undefined;
      const m = matchEntry(e, k, sx.slot, g.head);
      sx.slot.particle = undefined;
      if (m && particle >= 0) m.consumed.add(particle);
      if (!m || (advice && e.code.startsWith('13'))) continue;
      const sc = score(m.literal, e);
      if (sc > bestScore || (sc === bestScore && best && e.code.length > best.entry.code.length)) { best = m; bestScore = sc; }
    }
    if (best) best = nearerNoun(sx, g.head, list, best);
  }
  // nothing lines up after the verb: the parse may still show the pattern (a passive, a relative
  // clause, an object that is a thing in a place); an act of force whose words lined up with no
  // actor after them ("carried out airstrikes on Kupiansk": a place) may find its target there too
  const untargeted = best && best.target.length === 0 && (best.entry.patterns?.length ?? 0) > 0 && /^(15|18|19|20)/.test(best.entry.code) ? best : null;
  // (the parse is asked for only if the sentence has the words one of the patterns needs)
  if ((!best || untargeted) && index.size > 0 && sx.canParse() && treeMatchCould(index.treeNeed, sx, g.head)) {
    let bestScore = untargeted ? score(untargeted.literal, untargeted.entry) : -1;
    for (const e of index.all) {
      if (e.words.length > 1 && phrasalEnd(toks, g.head, e.words) < 0) continue;
      if (!treeMatchCould(entryTreeNeed(e), sx, g.head) || (advice && e.code.startsWith('13'))) continue;
      const m = treeMatch(sx, e, g.head);
      if (untargeted && (e.code.slice(0, 2) !== untargeted.entry.code.slice(0, 2) || !m?.target.length)) continue;
      if (m && (score(m.literal, e) > bestScore || (untargeted && score(m.literal, e) === bestScore))) { best = m; bestScore = score(m.literal, e); }
    }
  }
  sx.bestCache.set(g.head, best);
  return best;
}

/**
 * A match whose gap stepped over another act's noun yields to the best one that takes that nearer
 * noun: "agreed to US mediation in the talks with X" accepts mediation ("+ * mediation"), not talks
 * ("to * talks with +"). A noun right before a word of the match only modifies it ("a mediation
 * effort", "a shelling attack") and is no other act.
 */
function nearerNoun(sx: Sentence, head: number, list: VerbEntry[], best: PatternMatch): PatternMatch {
  const used = best.consumed;
  const last = Math.max(...used);
  const crossed = new Set<number>();
  for (let k = head + 1; k < last; k++) if (!used.has(k) && !used.has(k + 1) && sx.slot.eventNoun?.(k)) crossed.add(k);
  if (!crossed.size) return best;
  let alt: PatternMatch | null = null;
  for (const e of list) {
    const k = phrasalEnd(sx.toks, head, e.words);
    const m = k < 0 ? null : matchEntry(e, k, sx.slot, head);
    if (m && [...m.consumed].some((c) => crossed.has(c)) && (!alt || score(m.literal, e) > score(alt.literal, alt.entry))) alt = m;
  }
  return alt ?? best;
}

/** The code in a family (intent, threat, demand, appeal, refuse) that matches an act's code. */
export function mapFamily(lex: Lexicon, family: string, code: string): string | null {
  const f = lex.families.get(family);
  if (!f) return null;
  return f.get(code) ?? f.get(code.slice(0, 3)) ?? f.get(code.slice(0, 2)) ?? null;
}
