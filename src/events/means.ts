// The weapon or kind of attack named as the doer of a violent verb: "Russian airstrikes killed
// 50 people", "a roadside bombing near Samarra killed a soldier", "servicemen were killed by an
// improvised explosive device". The verb alone ("kill", "hit") says only that there was violence;
// the means says which kind (CAMEO 183, 1831-1833, 193-195). A means with no actor named behind it
// is an attacker nobody names: like any bare group, it is placed where it acted. Likewise the
// doer's noun phrase tells peacekeepers' arrival from a visit, two states' exercises from a show of
// force, and the place of an agentless passive tells which state's authorities acted.
import type { Mention } from '../doc/types.js';
import { CROWD_WORDS, CUSTODY_NOUNS, EXERCISE_WORDS, MEANS_OF_VIOLENCE, PEACEKEEPERS } from '../lang/en/words.js';
import { caseOf, children } from './tree.js';
import type { Sentence } from './sentence.js';
import { hasCountry } from '../actors/context.js';

// codes that say only "violence" and which a named means may make precise
const UNSPECIFIED = new Set(['180', '190']);

export interface Means { code: string; node: number; word: string }

/** The means named as the doer of the verb at v (subject or its "by" agent, or "by" agent of a passive), if any. */
export function meansOf(sx: Sentence, v: number): Means | null {
  const p = sx.tree();
  if (!p) return null;
  // (an agentless passive names its means in "in": "was killed in a car bomb explosion")
  const obl = children(sx, p, v, 'obl:');
  const by = obl.filter((k) => caseOf(sx, p, k) === 'by');
  const nodes = sx.isPassive(v)
    ? (by.length ? by : obl.filter((k) => caseOf(sx, p, k) === 'in'))
    : children(sx, p, v, 'nsubj').filter((k) => k < v);
  // a nominal act as the doer names its own doer with "by", which says the kind more closely
  // ("the bombing of the market by Syrian jets killed 30": the jets make it an air strike)
  return namedMeans(sx, nodes.flatMap((n) => [...agentsOf(sx, n), n]));
}

/** The means the "by" agent of the nominal act at k names: "the attack on Kharkiv by Russian drones". */
export function agentMeans(sx: Sentence, k: number): Means | null {
  return sx.tree() ? namedMeans(sx, agentsOf(sx, k)) : null;
}

/** The first of these nodes whose phrase names a means (the doer may be an actor too: "suicide bombers", "gunmen"). */
function namedMeans(sx: Sentence, nodes: number[]): Means | null {
  for (const k of nodes) {
    const phrase = nounPhrase(sx, k);
    const hit = MEANS_OF_VIOLENCE.find(([re]) => re.test(phrase));
    if (hit) return { code: hit[1], node: k, word: phrase };
  }
  return null;
}

/** The "by" agents of the noun at k, also where the parse hangs them from its object ("the attack on the market by Syrian jets"). */
function agentsOf(sx: Sentence, k: number): number[] {
  const p = sx.tree()!;
  const byOf = (n: number) => children(sx, p, n, 'nmod').filter((c) => caseOf(sx, p, c) === 'by');
  return [...byOf(k), ...children(sx, p, k, 'nmod').flatMap(byOf)];
}

/** The words of the noun at k with its compounds and adjectives, theirs too ("car" in "a car bomb explosion"). */
function nounPhrase(sx: Sentence, k: number): string {
  const p = sx.tree()!;
  const words = [k];
  for (let i = 0; i < words.length && i < 8; i++) words.push(...children(sx, p, words[i], 'compound'), ...children(sx, p, words[i], 'amod'));
  return words.sort((x, y) => x - y).map((w) => sx.toks[w].lower).join(' ');
}

/**
 * Peacekeepers arriving somewhere are deployed there, not visiting: the act is peacekeeping (074)
 * and the host receives it (0861). The code and its back act for a visit by peacekeepers, else null.
 */
export function peacekeepingVisit(sx: Sentence, v: number, code: string): { code: string; back: string } | null {
  const p = sx.tree();
  if (!p || code !== '042') return null;
  const subj = children(sx, p, v, 'nsubj').find((k) => k < v);
  if (subj === undefined) return null;
  // ("the first contingent of Bangladeshi peacekeeping troops": the group it is part of)
  const of = children(sx, p, subj, 'nmod').filter((k) => caseOf(sx, p, k) === 'of');
  return [subj, ...of].some((k) => PEACEKEEPERS.test(nounPhrase(sx, k))) ? { code: '074', back: '0861' } : null;
}

/** The code a means makes precise: only an unspecified violent code is replaced. */
export function meansCode(code: string, means: Means | null): string {
  return means && UNSPECIFIED.has(code) ? means.code : code;
}

/**
 * The unnamed attacker behind a means: the country of a place in the means' own phrase ("a
 * bombing near the town of Samarra"), else of a place said of the verb ("killed ... outside
 * Basra", "in a blast in Beirut").
 */
export function attackerOf(sx: Sentence, v: number, means: Means): Mention | null {
  const p = sx.tree();
  if (!p) return null;
  const near = (k: number, depth: number): Mention | null => {
    if (depth > 3) return null;
    for (const c of children(sx, p, k, 'nmod').concat(children(sx, p, k, 'obl:'))) {
      // ("the shelling of Kharkiv": the means' own object is where it struck, not whose it was)
      if (caseOf(sx, p, c) === 'by' || (depth === 0 && k === means.node && caseOf(sx, p, c) === 'of')) continue;
      const x = placeOrSeat(sx, c) ?? near(c, depth + 1);
      if (x) return x;
    }
    return null;
  };
  const at = near(means.node, 0) ?? near(v, 1);
  return at ? { ...sx.countryOnly(at), kind: 'place', rule: `${at.rule}+means:${means.word}`, evidence: `an unnamed attacker ("${means.word}") placed where it acted` } : null;
}

/** The state a place at token c stands for; a capital is also its government's seat, so "in Beirut" is still a place here. */
function placeOrSeat(sx: Sentence, c: number): Mention | null {
  const seat = sx.coveringMention(c);
  return sx.placeActor(c) ?? (seat && sx.cx.placeStart.has(seat.tokens[0]) && seat.country.length === 3 ? sx.countryOnly(seat) : null);
}

// acts only a state's authorities do: investigating, expelling, banning, arresting, deporting, convicting
export const STATE_ACTS = /^(09|116|161|166|172|173|174)/;

/**
 * The state behind an agentless passive of an act only authorities do, told by where it was done:
 * "was put under investigation in Italy" (Italy), "were expelled from Russia" (Russia).
 */
export function stateWhere(sx: Sentence, v: number, code: string): Mention[] | null {
  const p = sx.tree();
  if (!p || !STATE_ACTS.test(code)) return null;
  // the place may also hang from the verb's own phrase: "put under investigation in Italy" is
  // read by one parse as "put ... in Italy", by another as "investigation in Italy"
  const obls = children(sx, p, v, 'obl');
  for (const c of obls.concat(obls.flatMap((o) => children(sx, p, o, 'nmod')))) {
    if (!/^(in|from)$/.test(caseOf(sx, p, c) ?? '')) continue;
    const x = placeOrSeat(sx, c);
    if (x) return [{ ...x, evidence: `the state where it was done ("${sx.toks[c].text}"): no agent named` }];
  }
  return null;
}

/**
 * The holder behind an agentless release from custody: "prisoners released from Israeli jails"
 * (Israel), "freed from Russia's prisons" (Russia). A release is done by whoever held them.
 */
export function holderReleasing(sx: Sentence, v: number, code: string): Mention[] | null {
  const p = sx.tree();
  if (!p || !code.startsWith('084')) return null;
  for (const c of children(sx, p, v, 'obl')) {
    if (caseOf(sx, p, c) !== 'from' || !CUSTODY_NOUNS.has(sx.toks[c].lemma)) continue;
    for (const d of [...children(sx, p, c, 'nmod:poss'), ...children(sx, p, c, 'amod')]) {
      const m = sx.coveringMention(d);
      if (m && m.country.length === 3 && m.country !== '---') return [{ ...sx.countryOnly(m), evidence: `the holder it was released from ("${sx.toks[d].text} ${sx.toks[c].text}"): no agent named` }];
    }
  }
  return null;
}

/**
 * Exercises held by two states together ("French and Egyptian warships launched war games") are
 * military cooperation (062) between them, not a show of force at no one: the code, else null.
 */
export function jointExercise(sx: Sentence, code: string, words: Set<number>, sources: Mention[], targets: Mention[]): string | null {
  if (code !== '150' || targets.length > 0 || new Set(sources.map((m) => m.country)).size < 2) return null;
  return [...words].some((k) => EXERCISE_WORDS.has(sx.toks[k].lower)) ? '062' : null;
}

/** Codes of acts of force: assault (18), fighting (19), mass violence (20). */
export const FORCE_CODE = /^(18|19|20)/;

// sectors of actors who strike by stopping work, never with weapons
const CIVIL_SECTORS = new Set(['LAB', 'EDU', 'HLH', 'AGR', 'BUS', 'CVL']);

/** "workers began a strike against the government": a strike by a civilian group is a labour strike (143), not an attack. */
export function labourStrike(sx: Sentence, code: string, words: Set<number>, sources: Mention[]): string | null {
  if (!FORCE_CODE.test(code) || !sources.length || !sources.every((m) => CIVIL_SECTORS.has(m.sector))) return null;
  return [...words].some((k) => /^strikes?$/.test(sx.toks[k].lower)) ? '143' : null;
}

/** "police opened fire on protesters": a crowd with no state named is the people of the shooters' own country. */
export function crowdTarget(sx: Sentence, code: string, words: Set<number>, sources: Mention[]): Mention[] {
  // (police with no country known shoot at no country: "Police fired on the crowd" has no target)
  if (!/^(18|19)/.test(code) || !sources.length || !hasCountry(sources[0])) return [];
  return [...words].some((k) => CROWD_WORDS.has(sx.toks[k].lower)) ? [sx.countryOnly(sources[0])] : [];
}
