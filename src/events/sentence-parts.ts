// Small questions about a sentence's words that need no Sentence: asides, modifiers, ranges.
import type { Mention, Token } from '../doc/types.js';
import { BOUNDARY_NOUNS, POSITION_PREPS, POSSESSIVE_DETERMINERS, RELATIVE } from '../lang/en/words.js';

/** A country adjective acts as an actor only when it heads a phrase on its own ("the Russian-North Korean alliance" does not). */
export function isModifierActor(toks: Token[], m: Mention): boolean {
  const next = toks[m.tokens[1]];
  return !next || !/^(NOUN|PROPN|ADJ)$/.test(next.pos);
}

/**
 * Asides set off by commas, which a subject is never inside: relative clauses (", which has a rail
 * connection to Russia,") and appositives (", a key U.S. ally in the war,").
 */
export function asideRegions(toks: Token[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = a; k < b; k++) {
    if (toks[k].text === ',' && /^(a|an|the)$/.test(toks[k + 1]?.lower ?? '')) {
      let e = k + 2;
      while (e < b && toks[e].text !== ',' && toks[e].pos !== 'VERB' && toks[e].pos !== 'AUX') e++;
      if (toks[e]?.text === ',' && e - k <= 12) { out.push([k, e]); continue; }
    }
    if (toks[k].text === ',' && RELATIVE.has(toks[k + 1]?.lower ?? '')) {
      let e = k + 2;
      while (e < b && toks[e].text !== ',' && toks[e].text !== ';') e++;
      out.push([k, Math.min(e, b - 1)]);
    }
  }
  return out;
}

/** A pronoun that stands for the sources themselves ("welcomed their resumption of ties"). */
export function standsFor(m: Mention, sources: Mention[] | null): boolean {
  if (m.kind !== 'pronoun' || !sources) return false;
  const members = (m as Mention & { group?: Mention[] }).group ?? [];
  return sources.some((x) => x.entity === m.entity || members.includes(x));
}

/**
 * The items (sorted by start, as mentions and places are) lying wholly in tokens a..b: found by
 * binary search, so a long document does not scan all its mentions for every sentence.
 */
export function within<T extends { tokens: [number, number] }>(items: T[], a: number, b: number): T[] {
  let lo = 0, hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid].tokens[0] < a) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].tokens[0] < b; i++) if (items[i].tokens[1] <= b) out.push(items[i]);
  return out;
}

/**
 * A national adjective that only says where: "near the Cambodian border", "off the Yemeni coast"
 * (a boundary noun after a preposition of position). "Fired into Cambodian territory" still aims at Cambodia.
 */
export function isPositionAdjective(toks: Token[], m: Mention): boolean {
  if (!m.modifier) return false;
  let n = m.tokens[1];
  while (n < m.tokens[1] + 2 && toks[n] && !BOUNDARY_NOUNS.has(toks[n].lower) && /^(NOUN|ADJ|PROPN)$/.test(toks[n].pos)) n++;
  // ("by Turkish coast guards": the boundary noun must head the phrase)
  if (!toks[n] || !BOUNDARY_NOUNS.has(toks[n].lower) || /^(NOUN|PROPN)$/.test(toks[n + 1]?.pos ?? '')) return false;
  let p = m.tokens[0] - 1;
  while (p >= 0 && m.tokens[0] - p <= 3 && /^(DET|ADJ)$/.test(toks[p].pos)) p--;
  // ("close to the border")
  if (toks[p]?.lower === 'to' && toks[p - 1]?.lower === 'close') p--;
  return !!toks[p] && POSITION_PREPS.has(toks[p].lower);
}

/**
 * "condemned the strikes as a violation of Yemen's sovereignty": "as" after the object says what the
 * act calls it, which names no target ("such as" and "as well as" go on with the object).
 */
export const namingAs = (toks: Token[], k: number): boolean => toks[k].lower === 'as' && toks[k - 1]?.lower !== 'such' && toks[k + 1]?.lower !== 'well';

/**
 * "fired tear gas at his supporters", "detained Khan's bodyguards": a person's possessive before a
 * group noun names the group, not the person. As a target the group stands, with the owner's
 * country where it has none of its own.
 */
export function ownedGroup(toks: Token[], m: Mention, startingAt: (k: number) => Mention | undefined): Mention | null {
  if (m.kind !== 'pronoun' && m.kind !== 'person') return followersOf(toks, m, startingAt);
  // (a surname named again is a pronoun mention too: "Khan's supporters")
  const e = POSSESSIVE_DETERMINERS.has(toks[m.tokens[0]].lower) ? m.tokens[1] : /^(?:'s|'|’s)$/.test(toks[m.tokens[1]]?.text ?? '') ? m.tokens[1] + 1 : -1;
  const x = e < 0 ? undefined : startingAt(e);
  // ("its Western allies": a named party of its own, the head of the phrase, stands for itself;
  // "its Ukraine policy" names no party)
  if (x && x.kind !== 'agent' && x.kind !== 'pronoun' && x.kind !== 'person' && !/^(NOUN|PROPN)$/.test(toks[x.tokens[1]]?.pos ?? '')) return x;
  if (!x || x.kind !== 'agent' || !x.sector) return null;
  if (x.country !== '---') return x;
  const c = m.country.slice(0, 3);
  return /^[A-Z]{3}$/.test(c) ? { ...x, code: `${c}${x.sector}`, country: c, entity: `${c}${x.sector}`, rule: `${x.rule}+possessor` } : null;
}

/**
 * "the junta's supporters", "the president's followers": the public that backs a body or an office
 * is that country's public (CVL), not the body it backs; only a bare group of the public is taken
 * (a body's own forces keep the code the name matcher gave them).
 */
export function followersOf(toks: Token[], m: Mention, startingAt: (k: number) => Mention | undefined): Mention | null {
  if (m.kind === 'place' || !/^(?:'s|'|’s)$/.test(toks[m.tokens[1]]?.text ?? '')) return null;
  return publicOf(startingAt(m.tokens[1] + 1), m);
}

/**
 * "Supporters of the junta attacked the embassy": an actor after "of" on a group of the public is
 * whom the group backs, not the doer; the group acts, as that actor's country's public (CVL).
 */
export function followersBefore(toks: Token[], m: Mention, covering: (k: number) => Mention | null): Mention | null {
  let j = m.tokens[0] - 1;
  while (j > 0 && m.tokens[0] - j <= 3 && /^(DET|ADJ)$/.test(toks[j].pos)) j--;
  if (toks[j]?.lower !== 'of') return null;
  return publicOf(covering(j - 1), m);
}

/** The group g of the public (CVL) as the public of the state of m, whom it backs; null if g is no such group. */
function publicOf(g: Mention | null | undefined, m: Mention): Mention | null {
  if (!g || g.kind !== 'agent' || g.sector !== 'CVL') return null;
  // (a group the name matcher placed already, or a backed party with no state of its own: the group as it is)
  const c = m.country.slice(0, 3);
  if (g.country !== '---' || !/^[A-Z]{3}$/.test(c) || /^(IGO|NGO|IMG|MNC)$/.test(c)) return g;
  return { ...g, code: `${c}CVL`, country: c, entity: `${c}CVL`, rule: `${g.rule}+backed` };
}
