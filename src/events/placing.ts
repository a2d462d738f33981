// Giving a bare group ("protesters", "the government", "President Museveni") the country of
// where it acts: a place or national adjective in its phrase or clause, the dateline, the
// document's country, or the one country its sentence names.
import type { Mention } from '../doc/types.js';
import type { PlaceMention } from '../actors/match.js';
import { contextCountry } from '../actors/context.js';
import { leavesFrom } from '../actors/leaving.js';
import { isBoundary } from './patterns.js';
import type { Sentence } from './sentence.js';
import { FOREIGN_PARTY, LOCATIVE, NON_NATIONAL, OPPOSING, RELATIVE, WEAPON_NOUNS } from '../lang/en/words.js';


export function placeBareUncached(sx: Sentence, m: Mention, notFrom: Mention[] = []): Mention | null {
  const { toks, a, cx } = sx;
  // ("an international tribunal", "foreign fighters": no state's own, whatever the story's country)
  for (let k = Math.max(a, m.tokens[0] - 2); k < m.tokens[1]; k++) if (NON_NATIONAL.has(toks[k].lower)) return null;
  // a place in the group's own clause, or named as where it is ("in", "throughout", "across")
  const sameClause = (x: PlaceMention) => {
    for (let k = Math.min(x.tokens[0], m.tokens[1]); k < Math.max(x.tokens[0], m.tokens[0]); k++) if (isBoundary(toks[k])) return false;
    return true;
  };
  const political = m.sector === 'GOV' || m.sector === 'LEG';
  // ("an agreement signed in Barbados, under which the government promised ...": a place told of
  // another thing, before a relative clause, is not where the government is)
  const describedBefore = (x: PlaceMention) => political && x.tokens[1] <= m.tokens[0] && !sameClause(x) && toks.slice(x.tokens[1], m.tokens[0]).some((t) => RELATIVE.has(t.lower));
  const locative = (x: PlaceMention) => (LOCATIVE.test(toks[x.tokens[0] - 1]?.lower ?? '') || LOCATIVE.test(toks[x.tokens[0] - 2]?.lower ?? '')) && !describedBefore(x);
  // a named official's country is not where the clause happens ("Qureshi met ... in Beijing")
  // a country that is itself an actor of the clause does not make "the government" or
  // "Congress" its own ("the government criticized China"); "the government in Kabul" does
  // (nor, after it, "the army accused India": only "of India", "in India" or "India's" there)
  const owning = (x: PlaceMention) => toks[x.tokens[0] - 1]?.lower === 'of' || /^['’]s?$|^['’]s$/.test(toks[x.tokens[1]]?.text ?? '');
  const actorOk = (x: PlaceMention) => locative(x) || (sameClause(x) && (x.tokens[0] < m.tokens[0] || (!political && owning(x))));
  // ("the withdrawal of troops from Kosovo": where they leave is not where they are from)
  const leaving = leavesFrom(toks, m.tokens[0]);
  const left = (x: PlaceMention) => leaving && toks[x.tokens[0] - 1]?.lower === 'from';
  // (an actor named in notFrom does not lend its country by being named: see victimsPlaced)
  const lends = (x: PlaceMention) => { const c = sx.coveringMention(x.tokens[0])!; return c.country === x.place.country && !notFrom.some((n) => n.tokens[0] <= x.tokens[0] && x.tokens[0] < n.tokens[1]) && actorOk(x); };
  const ok = (x: PlaceMention) => m.kind !== 'person' && !!x.place.country && !left(x) && (cx.covered[x.tokens[0]] < 0 ? sameClause(x) || locative(x) : lends(x));
  const p = sx.places.find((x) => ok(x) && x.tokens[0] >= m.tokens[1]) ?? sx.places.find(ok);
  // a national adjective only counts inside the group's own phrase ("Iraqi Kurdish protesters")
  const adj = sx.mentions.find((x) => x.modifier && x.tokens[1] <= m.tokens[0] && m.tokens[0] - x.tokens[1] <= 3 && x.tokens[0] >= a && x.country.length === 3 && !x.country.startsWith('IGO'));
  // (a weapon is not whose the place it strikes or the dateline is: "drones attacked a refinery in
  // southern Russia" are not Russia's; only its own phrase says whose it is)
  if (!adj && WEAPON_NOUNS.has(toks[m.tokens[1] - 1].lower)) return null;
  const country = adj?.country ?? p?.place.country;
  if (country) return { ...m, code: `${country}${m.sector}`, country, rule: `${m.rule}+${adj ? adj.rule : 'places:' + p!.place.name}`, evidence: adj ? `country from "${cx.doc.text.slice(adj.start, adj.end)}" in its phrase` : `country from the place "${p!.text}" in its clause` };
  // then the dateline and the document's country, never the other actor of the same event
  const c = contextCountry(cx.doc, cx.focus, sx.span.i, cx.places);
  if (c) return { ...m, code: `${c.country}${m.sector}`, country: c.country, rule: `${m.rule}+${c.rule}`, evidence: c.evidence };
  // "President Yoweri Museveni has banned Ugandan opposition candidates": a named official
  // takes the one country of its sentence, unless the sentence speaks of a foreign party
  if (m.kind !== 'person') return null;
  const only = onlyCountry(sx, m);
  return only ? { ...m, code: `${only.country}${m.sector}`, country: only.country, rule: `${m.rule}+sentence:${only.country}`, evidence: `the one country named in its sentence ("${cx.doc.text.slice(only.start, only.end)}")` } : null;
}

/** The one country the sentence names besides m, or null (none, several, or a counterpart abroad). */
function onlyCountry(sx: Sentence, m: Mention): Mention | null {
  if (sx.toks.slice(sx.a, sx.b).some((t) => FOREIGN_PARTY.has(t.lemma))) return null;
  // ("called for sanctions against Nigeria": a country named as the side opposed is the other side, not the official's)
  const others = sx.mentions.filter((x) => x !== m && /^[A-Z]{3}$/.test(x.country) && x.country !== '---' && !x.country.startsWith('IGO') && !x.country.startsWith('NGO') && !sx.inAttribution(x.tokens[0]) && !OPPOSING.has(sx.toks[x.tokens[0] - 1]?.lower ?? ''));
  const countries = new Set(others.map((x) => x.country));
  return countries.size === 1 ? others[0] : null;
}


/**
 * "Moscow has denied targeting civilians" in a story about Ukraine: the victims of force a state
 * uses are not its own people for being named after it, as those of its police are ("Minsk
 * police detained protesters"). A bare target of an attack that took the attacker's country from
 * the attacker's name is placed again without it; what the story is about decides, if anything does.
 */
export function victimsPlaced(sx: Sentence, sources: Mention[], targets: Mention[]): Mention[] {
  return targets.map((t) => {
    const bare = sx.coveringMention(t.tokens[0]);
    if (!bare || bare.country !== '---' || bare === t || !sources.some((x) => x.country === t.country)) return t;
    const again = placeBareUncached(sx, bare, sources);
    return again && again.country !== t.country ? again : t;
  });
}

// armed groups not under a state's command: fought by a state's forces, on that state's ground
const ARMED_GROUPS = new Set(['REB', 'INS', 'SEP', 'UAF']);

/**
 * "Sudanese soldiers seized a militia base" in a story that names Myanmar more: an armed group
 * that only the document's lead placed is fought on the ground of the state whose forces fight it,
 * as an unplaced one is (default-targets.ts aloneTargets). Civilians are left to victimsPlaced.
 */
export function opponentsPlaced(sources: Mention[], targets: Mention[]): Mention[] {
  const state = sources.find((x) => /^[A-Z]{3}$/.test(x.country) && x.country !== '---' && x.country !== 'IGO' && x.country !== 'NGO');
  if (!state) return targets;
  return targets.map((t) => ARMED_GROUPS.has(t.sector) && /\+document:[A-Z]{3}$/.test(t.rule) && t.country !== state.country
    ? { ...t, code: `${state.country}${t.sector}`, country: state.country, rule: t.rule.replace(/\+document:[A-Z]{3}$/, '+opponent'), evidence: `on the ground of the state that fights it ("${state.name}"), before the document's country` }
    : t);
}
